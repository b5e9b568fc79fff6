#pragma once

#include <QObject>
#include <QString>
#include <functional>

// The API keys of remote servers: in the system keychain through QtKeychain when one answers,
// else in the settings file in plain text. Which of the two is found out by asking the keychain
// once per process to store a probe entry, never assumed; until the answer, requests wait.
class ApiKeyStore : public QObject {
    Q_OBJECT
public:
    explicit ApiKeyStore(QObject *parent = nullptr);

    // Each callback runs once, later, on this object's thread; never after it is gone.
    void read(const QString &id, std::function<void(const QString &key)> done);
    // An empty key forgets it. done gets an empty string on success, else why it failed.
    void write(const QString &id, const QString &key,
               std::function<void(const QString &error)> done);

    // Empty while keys go to the keychain (or it is still being asked); else a sentence saying
    // keys are kept in the settings file in plain text, and why.
    QString warning() const;

    // The settings group and key of the keys kept in the settings file.
    static QString settingsKey(const QString &id);

signals:
    // warning() changed: the keychain's answer came.
    void warningChanged();

private:
    enum class Where { Unknown, Keychain, SettingsFile };
    // Runs then() once it is known where keys go; asks the keychain first if nobody did.
    void whenKnown(std::function<void()> then);
    void readFromKeychain(const QString &id, std::function<void(const QString &key)> done);
    void writeToKeychain(const QString &id, const QString &key,
                         std::function<void(const QString &error)> done);

    static Where s_where;
    static QString s_why; // why keys go to the settings file
};
