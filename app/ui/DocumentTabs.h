#pragma once

#include <QTabWidget>

class CodeEditor;
class DocumentController;
class LanguageCatalog;
class QMimeData;
class RecentFiles;
struct LanguageInfo;
struct Problem;

// The open documents, one tab each (an editor and its DocumentController). Opens each file once,
// marks unsaved tabs, asks before closing unsaved work, and opens files dropped on it or on an
// editor.
class DocumentTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit DocumentTabs(const LanguageCatalog &catalog, QWidget *parent = nullptr);

    DocumentController *current() const;
    DocumentController *documentAt(int index) const;
    QList<DocumentController *> documents() const;
    RecentFiles *recentFiles() const { return m_recentFiles; }

    // A new tab with this language's template.
    DocumentController *newDocument(const LanguageInfo *language);
    // A received problem in a new tab, or in place of an untouched new document.
    DocumentController *openProblem(const LanguageInfo *language, const Problem &problem);
    // Shows the file's tab if it is open already; else opens it in a new tab, or in place of an
    // untouched new document.
    bool openFile(const QString &path);
    // The Open dialog; several files may be picked.
    void open();
    // Asks about unsaved changes first; false when the user kept the tab. The last tab closed
    // leaves a new document of the same language behind.
    bool closeDocument(int index);
    // Asks about each document with unsaved changes; false as soon as the user cancels.
    bool maybeSaveAll();

signals:
    // After a document (and its editor) is made, before it is shown.
    void documentAdded(DocumentController *document);
    void currentDocumentChanged(DocumentController *document);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DocumentController *addDocument();
    void updateTabTitle(DocumentController *document);
    // Files dropped from a file manager; false when the drop carries none.
    bool openDroppedFiles(const QMimeData *mime);

    const LanguageCatalog &m_catalog;
    RecentFiles *m_recentFiles;
};
