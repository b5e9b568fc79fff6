#pragma once

#include "SessionStore.h"

#include <QObject>

class Autosaver;
class Backends;
class DocumentTabs;

// Every open document kept across runs, crash or not: brings back the last session's tabs as
// they were, then keeps the session folder up to date while the app runs (Autosaver), and lets
// quitting keep unsaved work rather than ask about it (DocumentTabs::maybeSaveAll).
class Session : public QObject {
    Q_OBJECT
public:
    // backends: a tab whose remote server is gone runs locally again; may be null.
    Session(DocumentTabs *tabs, const Backends *backends,
            const QString &directory = SessionStore::defaultDirectory(), QObject *parent = nullptr);

    // Once, at start, before anything else opens: the last session's tabs take the place of the
    // untouched new document; from then on every change is kept.
    void restore();
    Autosaver *autosaver() const { return m_autosaver; }

signals:
    // What could not be restored; a session that could not be written.
    void message(const QString &text);
    // The session on disk holds the documents as they were a moment ago.
    void written();

private:
    DocumentTabs *m_tabs;
    const Backends *m_backends;
    SessionStore m_store;
    Autosaver *m_autosaver;
};
