#pragma once

#include <QTabWidget>

#include <functional>

class CodeEditor;
class DiskWatcher;
class DocumentController;
class DocumentPage;
class LanguageCatalog;
class QMimeData;
class RecentFiles;
struct DocumentState;
struct LanguageInfo;
struct Problem;

// The open documents, one tab each (a DocumentPage: an editor, its DocumentController and the bar
// that says its file changed on disk). Opens each file once, marks unsaved tabs, asks before
// closing unsaved work, opens files dropped on it or on an editor, and watches the files.
class DocumentTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit DocumentTabs(const LanguageCatalog &catalog, QWidget *parent = nullptr);

    DocumentController *current() const;
    DocumentController *documentAt(int index) const;
    DocumentPage *pageAt(int index) const;
    QList<DocumentController *> documents() const;
    RecentFiles *recentFiles() const { return m_recentFiles; }
    DiskWatcher *diskWatcher() const { return m_diskWatcher; }

    // QTabWidget's, but a document's editor stands for its page too (callers know editors).
    int indexOf(const QWidget *widget) const;
    void setCurrentWidget(QWidget *widget);

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
    // Before quitting: true when it is fine to go. With a keeper (the session), unsaved work is
    // kept for the next start and nothing is asked; without one, or when the keeper cannot keep
    // it, asks about each document with unsaved changes; false as soon as the user cancels.
    bool maybeSaveAll();
    // keep() stores every document now and says whether it could.
    void setUnsavedWorkKeeper(std::function<bool()> keep) { m_keepUnsavedWork = std::move(keep); }

    // A document the session kept, as a new last tab; nullptr and *error when it cannot be.
    DocumentController *restoreDocument(const DocumentState &state, QString *error);

signals:
    // After a document (and its editor) is made, before it is shown.
    void documentAdded(DocumentController *document);
    void currentDocumentChanged(DocumentController *document);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A new tab at index (-1: after the current one).
    DocumentController *addDocument(int index = -1);
    void updateTabTitle(DocumentController *document);
    // Files dropped from a file manager; false when the drop carries none.
    bool openDroppedFiles(const QMimeData *mime);

    const LanguageCatalog &m_catalog;
    RecentFiles *m_recentFiles;
    DiskWatcher *m_diskWatcher;
    std::function<bool()> m_keepUnsavedWork;
};
