#pragma once

#include "SessionStore.h"

#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

class DocumentController;
class DocumentTabs;

// Keeps the session folder up to date with the open documents: a write 1 s after the last change,
// and at least every 2 s while changes keep coming. Only documents whose content changed are
// copied out of their editors (on the GUI thread); turning them into JSON and writing the files
// happens on a worker thread, so typing never waits for the disk.
class Autosaver : public QObject {
    Q_OBJECT
public:
    static constexpr int IdleMs = 1000;
    static constexpr int MaxDelayMs = 2000;
    // After a failed write (a full disk), tried again this much later.
    static constexpr int RetryMs = 10000;

    Autosaver(DocumentTabs *tabs, const QString &directory, QObject *parent = nullptr);
    ~Autosaver() override;

    // Follows the tabs from now on. `stored`: documents whose content the folder holds already
    // (restored from it intact); the others are written soon.
    void start(const QSet<QString> &stored);
    // Writes every change now and waits for it; true when the session holds every document.
    bool flush();

signals:
    void written();
    // A write failed; said once until a write works again.
    void failed(const QString &message);

private:
    void follow(DocumentController *document);
    void contentChanged(DocumentController *document);
    void changed();
    void save();
    // The documents, with the content of those not yet stored; their ids into *changed.
    SessionState snapshot(QSet<QString> *changed);
    void finished(bool ok, const QString &error, const QSet<QString> &changed);

    DocumentTabs *m_tabs;
    SessionStore m_store; // used on the worker thread only
    QThread m_thread;
    QObject *m_worker; // lives in m_thread: what is queued to it runs there
    QSet<QString> m_stored;
    QSet<QString> m_dirty;
    QTimer m_idle;
    QTimer m_maxDelay;
    QString m_lastError;
    bool m_started = false;
};
