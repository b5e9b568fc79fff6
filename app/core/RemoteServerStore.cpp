#include "RemoteServerStore.h"

#include "ApiKeyStore.h"

#include <QCollator>
#include <QSettings>
#include <QUuid>
#include <algorithm>

// Layout: remotes/<id>/name, remotes/<id>/url, and remotes/<id>/apiKey when keys go to the
// settings file (ApiKeyStore).
namespace {

const QString Group = QStringLiteral("remotes");

// In the order a person looks for them: by name.
void sortByName(QList<RemoteServer> *servers)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(servers->begin(), servers->end(),
                     [&](const RemoteServer &a, const RemoteServer &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
}

void forget(QList<RemoteServer> *servers, const QString &id)
{
    servers->erase(std::remove_if(servers->begin(), servers->end(),
                                  [&](const RemoteServer &server) { return server.id == id; }),
                   servers->end());
}

} // namespace

RemoteServerStore::RemoteServerStore(QObject *parent)
    : QObject(parent), m_keys(new ApiKeyStore(this))
{
    connect(m_keys, &ApiKeyStore::warningChanged, this,
            &RemoteServerStore::keyStorageWarningChanged);
    QSettings settings;
    settings.beginGroup(Group);
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        settings.beginGroup(id);
        m_servers.append({id, settings.value(QStringLiteral("name")).toString(),
                          QUrl(settings.value(QStringLiteral("url")).toString())});
        settings.endGroup();
    }
    sortByName(&m_servers);
}

QList<RemoteServer> RemoteServerStore::servers() const
{
    return m_servers;
}

std::optional<RemoteServer> RemoteServerStore::server(const QString &id) const
{
    for (const RemoteServer &server : m_servers) {
        if (server.id == id)
            return server;
    }
    return std::nullopt;
}

QString RemoteServerStore::save(RemoteServer server)
{
    // An id is part of a settings key: anything but a plain one gets a fresh id.
    if (server.id.isEmpty() || server.id.contains(QLatin1Char('/')) ||
        server.id.contains(QLatin1Char('\\')))
        server.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSettings settings;
    settings.beginGroup(Group);
    settings.beginGroup(server.id);
    settings.setValue(QStringLiteral("name"), server.name);
    settings.setValue(QStringLiteral("url"), server.url.toString());
    settings.endGroup();
    settings.endGroup();
    settings.sync();
    forget(&m_servers, server.id);
    m_servers.append(server);
    sortByName(&m_servers);
    emit serversChanged();
    return server.id;
}

void RemoteServerStore::remove(const QString &id)
{
    if (!server(id))
        return;
    // The key first (the keychain's copy); the group holds the settings file's.
    m_keys->write(id, {}, [](const QString &) {});
    QSettings settings;
    settings.remove(QStringLiteral("%1/%2").arg(Group, id));
    settings.sync();
    forget(&m_servers, id);
    emit serversChanged();
}

void RemoteServerStore::readKey(const QString &id, std::function<void(const QString &key)> done)
{
    m_keys->read(id, std::move(done));
}

void RemoteServerStore::writeKey(const QString &id, const QString &key,
                                 std::function<void(const QString &error)> done)
{
    m_keys->write(id, key, std::move(done));
}

QString RemoteServerStore::keyStorageWarning() const
{
    return m_keys->warning();
}
