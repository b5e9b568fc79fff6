#include "Backends.h"

#include "Backend.h"
#include "PistonBackend.h"
#include "RemoteServerStore.h"

#include <utility>

Backends::Backends(Backend *local, RemoteServerStore *store, QObject *parent)
    : QObject(parent), m_local(local), m_store(store)
{
    relay(m_local, localId());
    connect(m_store, &RemoteServerStore::serversChanged, this, &Backends::onServersChanged);
}

Backends::~Backends() = default;

QString Backends::localId()
{
    return QStringLiteral("local");
}

void Backends::setLocalUnavailable(const QString &reason)
{
    m_localUnavailable = reason;
    emit backendsChanged();
}

QString Backends::defaultId() const
{
    const QStringList all = ids();
    return all.isEmpty() ? QString() : all.first();
}

QStringList Backends::ids() const
{
    QStringList list;
    if (m_localUnavailable.isEmpty())
        list << localId();
    for (const RemoteServer &server : m_store->servers())
        list << server.id;
    return list;
}

bool Backends::contains(const QString &id) const
{
    if (id == localId())
        return m_localUnavailable.isEmpty();
    return m_store->server(id).has_value();
}

QString Backends::name(const QString &id) const
{
    if (id == localId())
        return m_localUnavailable.isEmpty() ? m_local->displayName() : QString();
    const std::optional<RemoteServer> server = m_store->server(id);
    return server ? server->name : QString();
}

std::optional<RemoteServer> Backends::remote(const QString &id) const
{
    return id == localId() ? std::nullopt : m_store->server(id);
}

Backend *Backends::backend(const QString &id)
{
    if (id == localId())
        return m_localUnavailable.isEmpty() ? m_local : nullptr;
    if (const auto it = m_remotes.constFind(id); it != m_remotes.constEnd())
        return it->backend;
    const std::optional<RemoteServer> server = m_store->server(id);
    if (!server)
        return nullptr;
    Remote remote;
    remote.server = *server;
    remote.backend = new PistonBackend(*server, this);
    relay(remote.backend, id);
    m_remotes.insert(id, remote);
    readKey(id);
    return m_remotes.value(id).backend;
}

void Backends::use(const QString &id, QObject *context, std::function<void(Backend *)> done)
{
    Backend *made = backend(id);
    const auto it = m_remotes.find(id);
    if (!made || it == m_remotes.end() || it->keyReady) {
        done(made);
        return;
    }
    it->waiting.append({context, std::move(done)});
}

void Backends::reloadKey(const QString &id)
{
    if (m_remotes.contains(id))
        readKey(id);
}

std::optional<RuntimeList> Backends::runtimes(const QString &id) const
{
    if (const auto it = m_runtimes.constFind(id); it != m_runtimes.constEnd())
        return *it;
    return std::nullopt;
}

void Backends::fetchRuntimes(const QString &id)
{
    use(id, this, [this, id](Backend *backend) {
        if (backend)
            backend->fetchRuntimes();
        else
            emit unavailable(id, whyNoBackend(id));
    });
}

QString Backends::whyNoBackend(const QString &id) const
{
    if (id == localId() && !m_localUnavailable.isEmpty())
        return m_localUnavailable;
    if (id.isEmpty())
        return tr("The local sandbox cannot run here (%1), and there is no remote server: add one "
                  "in Settings ▸ Remote servers.")
            .arg(m_localUnavailable);
    return tr("This remote server is no longer configured.");
}

void Backends::relay(Backend *backend, const QString &id)
{
    connect(backend, &Backend::runtimesReady, this, [this, id](const RuntimeList &runtimes) {
        m_runtimes.insert(id, runtimes);
        emit runtimesReady(id, runtimes);
    });
    connect(backend, &Backend::unavailable, this,
            [this, id](const QString &message) { emit unavailable(id, message); });
    connect(backend, &Backend::statusChanged, this,
            [this, id](const QString &status, const QString &details) {
                emit statusChanged(id, status, details);
            });
}

// Until the key is read the backend is not handed out: a request without it would be refused.
void Backends::readKey(const QString &id)
{
    Remote &remote = m_remotes[id];
    const int read = ++remote.keyRead;
    remote.keyReady = false;
    const QPointer<Backends> self(this);
    const QPointer<PistonBackend> backend(remote.backend);
    m_store->readKey(id, [self, backend, id, read](const QString &key) {
        if (!self || !backend)
            return;
        const auto it = self->m_remotes.find(id);
        if (it == self->m_remotes.end() || it->backend != backend || it->keyRead != read)
            return;
        backend->setApiKey(key);
        it->keyReady = true;
        const QList<Waiting> waiting = std::exchange(it->waiting, {});
        for (const Waiting &entry : waiting) {
            if (entry.context)
                entry.done(backend);
        }
    });
}

// A remote whose name or address changed gets a new backend, which names it and goes there.
void Backends::onServersChanged()
{
    const QStringList made = m_remotes.keys();
    for (const QString &id : made) {
        const std::optional<RemoteServer> server = m_store->server(id);
        const RemoteServer &was = m_remotes.value(id).server;
        if (!server || server->name != was.name || server->url != was.url)
            discard(id);
    }
    emit backendsChanged();
}

void Backends::discard(const QString &id)
{
    Remote remote = m_remotes.take(id);
    m_runtimes.remove(id);
    remote.backend->disconnect(this);
    remote.backend->deleteLater();
    emit backendDiscarded(id);
    // Whoever was waiting gets the new backend, or nullptr if the remote is gone.
    for (Waiting &entry : remote.waiting) {
        if (entry.context)
            use(id, entry.context, std::move(entry.done));
    }
}
