#pragma once

#include "SessionState.h"

#include <QSet>
#include <QString>

// The session on disk: a folder with manifest.json (version, tab order, current tab, each
// document's small state) and <id>.json per document with its content. Files are replaced
// atomically (QSaveFile); a document's file is written before the manifest names it and removed
// only after the manifest stops naming it, so a crash at any moment leaves a readable session.
// Plain file work, no QObject: the autosaver runs it on a worker thread.
class SessionStore {
public:
    explicit SessionStore(const QString &directory);
    // AppDataLocation + "/session".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    struct Loaded {
        SessionState state;
        QString error;      // empty when the session was whole (or there was none)
        QString brokenCopy; // where a broken session was moved to
    };
    // The last session; none gives no documents. A broken one (not JSON, a newer version, a
    // document's file unreadable) is moved aside to session.broken-<time> beside the folder; what
    // could be read of it is returned all the same, and error says what was wrong.
    Loaded load();
    // Writes the content of the documents whose ids are in `changed` (the others' files stay as
    // they are), then the manifest, then removes the files of documents no longer open.
    bool write(const SessionState &state, const QSet<QString> &changed, QString *error);

    static QString manifestName() { return QStringLiteral("manifest.json"); }
    QString contentPath(const QString &id) const;

private:
    QString moveAside();

    QString m_directory;
};
