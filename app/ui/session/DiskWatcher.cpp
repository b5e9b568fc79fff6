#include "DiskWatcher.h"

#include "DocumentController.h"

#include <QFileInfo>

namespace {
constexpr int SettleMs = 100;
}

DiskWatcher::DiskWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::checkPending);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskWatcher::changed);
    // A folder changes when a file in it comes back (or goes); its documents look again.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &dir) {
        for (const QPointer<DocumentController> &document : std::as_const(m_documents)) {
            if (document && !document->filePath().isEmpty() &&
                QFileInfo(document->filePath()).absolutePath() == dir)
                changed(document->filePath());
        }
    });
}

void DiskWatcher::add(DocumentController *document)
{
    m_documents << document;
    connect(document, &DocumentController::fileNameChanged, this, &DiskWatcher::sync);
    connect(document, &QObject::destroyed, this, [this] {
        // Later: the document is still in the list, half destroyed, during its own signal.
        QTimer::singleShot(0, this, &DiskWatcher::sync);
    });
    sync();
}

void DiskWatcher::changed(const QString &path)
{
    m_pending.insert(path);
    m_settle.start();
}

void DiskWatcher::checkPending()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString &path : pending) {
        for (const QPointer<DocumentController> &document : std::as_const(m_documents)) {
            if (document && document->filePath() == path)
                document->checkDisk();
        }
    }
    sync();
    for (const QString &path : pending)
        emit checked(path);
}

void DiskWatcher::sync()
{
    m_documents.removeAll(nullptr);
    QSet<QString> files, directories;
    for (const QPointer<DocumentController> &document : std::as_const(m_documents)) {
        const QString path = document->filePath();
        if (path.isEmpty())
            continue;
        if (QFileInfo::exists(path))
            files.insert(path);
        else
            directories.insert(QFileInfo(path).absolutePath());
    }
    const QStringList watchedFiles = m_watcher.files();
    const QStringList watchedDirectories = m_watcher.directories();
    for (const QString &path : watchedFiles) {
        if (!files.remove(path))
            m_watcher.removePath(path);
    }
    for (const QString &path : watchedDirectories) {
        if (!directories.remove(path))
            m_watcher.removePath(path);
    }
    if (!files.isEmpty())
        m_watcher.addPaths(files.values());
    if (!directories.isEmpty())
        m_watcher.addPaths(directories.values());
}
