#include "SandboxConnection.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

SandboxConnection::SandboxConnection(const QString &socketPath)
{
    m_socket.connectToServer(socketPath);
    m_socket.waitForConnected(5000);
}

void SandboxConnection::send(const QJsonObject &message)
{
    sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void SandboxConnection::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
    while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(10000)) {
    }
}

void SandboxConnection::disconnect()
{
    m_socket.abort();
}

bool SandboxConnection::readMore(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket.readAll();
    int newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        m_received << QJsonDocument::fromJson(line).object();
    }
    return true;
}

QJsonObject SandboxConnection::waitFor(const QJsonValue &id, const QString &type, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (int i = 0; i < m_received.size(); ++i) {
            const QJsonObject &message = m_received[i];
            if (message.value(QStringLiteral("id")) == id &&
                (type.isEmpty() || message.value(QStringLiteral("type")).toString() == type))
                return m_received.takeAt(i);
        }
        if (deadline.hasExpired() || !readMore(int(deadline.remainingTime())))
            return {};
    }
}

QList<QJsonObject> SandboxConnection::collect(const QJsonValue &id, const QString &last, int timeoutMs)
{
    QList<QJsonObject> messages;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QJsonObject message = waitFor(id, {}, int(deadline.remainingTime()));
        if (message.isEmpty())
            return messages;
        messages << message;
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type == last || type == QStringLiteral("error"))
            return messages;
    }
}

QString SandboxConnection::readLine(const QJsonValue &id, const QString &stream, int timeoutMs)
{
    // Output arrives in chunks as the program writes it, not necessarily in lines.
    QString line;
    const QDeadlineTimer deadline(timeoutMs);
    while (!line.endsWith(QLatin1Char('\n'))) {
        const QJsonObject data = waitFor(id, QStringLiteral("data"), int(deadline.remainingTime()));
        if (data.isEmpty())
            break;
        if (data.value(QStringLiteral("stream")).toString() == stream)
            line += data.value(QStringLiteral("data")).toString();
    }
    return line;
}

bool SandboxConnection::helloAnswered(int timeoutMs)
{
    const QString id = QStringLiteral("hello-%1").arg(m_nextHello++);
    send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("id"), id}});
    const QJsonObject answer = waitFor(id, QStringLiteral("hello"), timeoutMs);
    return answer.value(QStringLiteral("name")).toString() == QStringLiteral("runpad-sandbox");
}
