#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class DocumentController;

// Watches the files of the open documents and has each document check its file when another
// program changes it. Files replaced by a rename (how editors and QSaveFile save) lose their
// watch, so every change re-adds it; a file that is gone is looked for in its folder, so its
// return is seen too.
class DiskWatcher : public QObject {
    Q_OBJECT
public:
    explicit DiskWatcher(QObject *parent = nullptr);

    // Followed until it is destroyed, whatever file it comes to have.
    void add(DocumentController *document);

signals:
    // The documents with this file have checked it (for tests and the curious).
    void checked(const QString &path);

private:
    void changed(const QString &path);
    void checkPending();
    // Watches exactly the documents' files, or the folders of those that are gone.
    void sync();

    QFileSystemWatcher m_watcher;
    QList<QPointer<DocumentController>> m_documents;
    QSet<QString> m_pending;
    // Changes come in bursts (truncate, write, rename): the file is read once they are over.
    QTimer m_settle;
};
