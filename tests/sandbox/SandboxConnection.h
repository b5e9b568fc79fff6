#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLocalSocket>

// A blocking JSON-lines client of the helper, for tests.
class SandboxConnection {
public:
    explicit SandboxConnection(const QString &socketPath);

    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    void send(const QJsonObject &message);
    void sendRaw(const QByteArray &bytes);
    void disconnect();

    // The next message about id (of type, if given); an empty object on timeout.
    QJsonObject waitFor(const QJsonValue &id, const QString &type = {}, int timeoutMs = 20000);
    // The text of id's data messages on stream until it ends with a newline.
    QString readLine(const QJsonValue &id, const QString &stream = QStringLiteral("stdout"), int timeoutMs = 20000);
    // Everything about id up to and including its message of type `last`.
    QList<QJsonObject> collect(const QJsonValue &id, const QString &last, int timeoutMs = 20000);

    // Sends `hello` and says whether the helper answered it.
    bool helloAnswered(int timeoutMs = 5000);

private:
    bool readMore(int timeoutMs);

    QLocalSocket m_socket;
    QByteArray m_buffer;
    QList<QJsonObject> m_received;
    int m_nextHello = 0;
};
