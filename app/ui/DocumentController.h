#pragma once

#include <QObject>
#include <QString>

class CodeEditor;
class LanguageCatalog;
class QWidget;
struct LanguageInfo;

// The document behind the editor: its file, its language and whether it has unsaved changes.
// Opens and saves files, and asks before unsaved work would be lost.
class DocumentController : public QObject {
    Q_OBJECT
public:
    // Dialogs are shown over dialogParent.
    DocumentController(CodeEditor *editor, const LanguageCatalog &catalog, QWidget *dialogParent);

    const LanguageInfo *language() const { return m_language; }
    // The file name, or what the file would be called if it were saved now.
    QString fileName() const;

    // A new unsaved document of this language, starting from its template.
    void newDocument(const LanguageInfo *language);
    // The user picked a language; an untouched new document switches to the new template.
    void setLanguage(const LanguageInfo *language);
    bool openFile(const QString &path);
    bool saveFile(const QString &path);

    // The user-facing commands, with dialogs.
    void open();
    bool save();
    bool saveAs();
    // Before unsaved work would be lost: true when it is fine to go on.
    bool maybeSave();

signals:
    void languageChanged(const LanguageInfo *language);
    void fileNameChanged(const QString &fileName);
    void message(const QString &text);

private:
    void applyLanguage(const LanguageInfo *language);
    void setFilePath(const QString &path);
    bool isUntouchedTemplate() const;

    CodeEditor *m_editor;
    const LanguageCatalog &m_catalog;
    QWidget *m_dialogParent;
    const LanguageInfo *m_language = nullptr;
    QString m_filePath;
};
