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

} // namespace

RemoteServerStore::RemoteServerStore(QObject *parent)
    : QObject(parent), m_keys(new ApiKeyStore(this))
{
    connect(m_keys, &ApiKeyStore::warningChanged, this,
            &RemoteServerStore::keyStorageWarningChanged);
}

QList<RemoteServer> RemoteServerStore::servers() const
{
    QSettings settings;
    settings.beginGroup(Group);
    QList<RemoteServer> list;
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        settings.beginGroup(id);
        list.append({id, settings.value(QStringLiteral("name")).toString(),
                     QUrl(settings.value(QStringLiteral("url")).toString())});
        settings.endGroup();
    }
    // In the order a person looks for them: by name.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(list.begin(), list.end(), [&](const RemoteServer &a, const RemoteServer &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<RemoteServer> RemoteServerStore::server(const QString &id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(Group);
    if (!settings.childGroups().contains(id))
        return std::nullopt;
    settings.beginGroup(id);
    return RemoteServer{id, settings.value(QStringLiteral("name")).toString(),
                        QUrl(settings.value(QStringLiteral("url")).toString())};
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
