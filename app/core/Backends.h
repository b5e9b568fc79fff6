#pragma once

#include "RemoteServer.h"
#include "Runtime.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Backend;
class PistonBackend;
class RemoteServerStore;

// Where code can run, by id: the local sandbox ("local") first, then one PistonBackend per remote
// in the RemoteServerStore, made when first asked for, with its API key read from the store.
// Relays what its backends say, with their id, and keeps each backend's runtimes once fetched.
class Backends : public QObject {
    Q_OBJECT
public:
    static QString localId();

    // The local backend and the store must outlive the registry.
    Backends(Backend *local, RemoteServerStore *store, QObject *parent = nullptr);
    ~Backends() override;

    RemoteServerStore *store() const { return m_store; }
    // The local sandbox cannot run on this machine (a phone, a missing helper): it leaves the
    // list, and code runs on the remotes only. The reason is said to the user.
    void setLocalUnavailable(const QString &reason);
    // Why the local sandbox cannot run here; empty when it can.
    QString localUnavailable() const { return m_localUnavailable; }
    // Where a new document runs unless the user picks: the local sandbox, else the first remote;
    // empty when there is neither.
    QString defaultId() const;
    // localId() (unless it is unavailable), then the remotes in the store's order.
    QStringList ids() const;
    bool contains(const QString &id) const;
    // "Local sandbox" or the remote's name; empty for an unknown id.
    QString name(const QString &id) const;
    // The remote's settings; std::nullopt for the local sandbox and unknown ids.
    std::optional<RemoteServer> remote(const QString &id) const;

    // The backend, made if need be; nullptr for an unknown id. A remote's API key may still be
    // on its way: run and fetch through use().
    Backend *backend(const QString &id);
    // Calls done with the backend once it can be used (a remote's API key read): at once if it
    // can, else later on this thread; with nullptr if the id is unknown. Never called once
    // context is gone.
    void use(const QString &id, QObject *context, std::function<void(Backend *)> done);
    // Why backend(id) gives nullptr, in a sentence for the user.
    QString whyNoBackend(const QString &id) const;
    // A remote's key changed in the store: read it again before the next use().
    void reloadKey(const QString &id);

    // The backend's runtimes once it has sent them; std::nullopt before.
    std::optional<RuntimeList> runtimes(const QString &id) const;
    // Asks (again); the answer comes as runtimesReady() or unavailable().
    void fetchRuntimes(const QString &id);

signals:
    // A remote was added, renamed or removed: ids() or name() changed.
    void backendsChanged();
    // The backend made for this id was dropped (its remote removed, renamed or moved) along with
    // its runtimes; backend(id) makes a new one if the remote still exists.
    void backendDiscarded(const QString &id);
    void runtimesReady(const QString &id, const RuntimeList &runtimes);
    void unavailable(const QString &id, const QString &message);
    void statusChanged(const QString &id, const QString &status, const QString &details);

private:
    struct Waiting {
        QPointer<QObject> context;
        std::function<void(Backend *)> done;
    };
    // A PistonBackend made for a remote, and whether its key is set yet.
    struct Remote {
        RemoteServer server;
        PistonBackend *backend = nullptr;
        int keyRead = 0; // which read of the key counts; older answers are ignored
        bool keyReady = false;
        QList<Waiting> waiting;
    };

    void relay(Backend *backend, const QString &id);
    void readKey(const QString &id);
    void onServersChanged();
    void discard(const QString &id);

    Backend *m_local;
    QString m_localUnavailable;
    RemoteServerStore *m_store;
    QHash<QString, Remote> m_remotes;
    QHash<QString, RuntimeList> m_runtimes;
};
