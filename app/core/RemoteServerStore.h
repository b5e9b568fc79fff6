#pragma once

#include "RemoteServer.h"

class ApiKeyStore;

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

// The remotes the user configured, kept in QSettings (group "remotes"), read once when the store
// is made and written on every change; API keys in the system keychain through QtKeychain when one
// runs, else in the settings file, with a warning.
class RemoteServerStore : public QObject {
    Q_OBJECT
public:
    explicit RemoteServerStore(QObject *parent = nullptr);
    QList<RemoteServer> servers() const;
    std::optional<RemoteServer> server(const QString &id) const;
    // Adds, or replaces the one with the same id; a server without an id gets one. Returns the id.
    QString save(RemoteServer server);
    // Removes the server and forgets its key.
    void remove(const QString &id);
    // Keys are asynchronous (a keychain may take its time). The callback runs once, on this
    // object's thread. An empty key means none.
    void readKey(const QString &id, std::function<void(const QString &key)> done);
    // done gets an empty string on success, else why the key could not be stored.
    void writeKey(const QString &id, const QString &key,
                  std::function<void(const QString &error)> done);
    // Empty while keys go to the system keychain; else a sentence for the settings page saying
    // keys are kept in the settings file in plain text, and why.
    QString keyStorageWarning() const;
signals:
    void serversChanged();
    // keyStorageWarning() changed: the keychain's answer came (it is asked once, at start).
    void keyStorageWarningChanged();

private:
    ApiKeyStore *m_keys;
    QList<RemoteServer> m_servers; // in the order servers() gives them
};
