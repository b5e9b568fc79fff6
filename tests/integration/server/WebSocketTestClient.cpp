#include "WebSocketTestClient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

WebSocketTestClient::WebSocketTestClient(const QString &origin) : m_socket(origin)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_received.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
}

bool WebSocketTestClient::open(const QUrl &server, const QByteArray &authorization, int timeoutMs)
{
    QUrl url = server;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v2/connect"));
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    m_socket.open(request);
    return QTest::qWaitFor(
               [this] { return m_closed || m_socket.state() == QAbstractSocket::ConnectedState; },
               timeoutMs) &&
           m_socket.state() == QAbstractSocket::ConnectedState;
}

void WebSocketTestClient::send(const QJsonObject &message)
{
    sendText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WebSocketTestClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
    m_socket.flush();
}

QJsonObject WebSocketTestClient::waitFor(const QString &type, int timeoutMs, qsizetype from)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = from; i < m_received.size(); ++i) {
                if (m_received.at(i).value(QStringLiteral("type")).toString() == type) {
                    found = m_received.at(i);
                    return true;
                }
            }
            return m_closed;
        },
        timeoutMs);
    return found;
}

QString WebSocketTestClient::waitForOutput(const QString &stream, const QString &text,
                                           int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return m_closed || output(stream).contains(text); }, timeoutMs);
    return output(stream);
}

int WebSocketTestClient::waitForClose(int timeoutMs)
{
    if (!QTest::qWaitFor([this] { return m_closed; }, timeoutMs))
        return -1;
    return m_socket.closeCode();
}

QStringList WebSocketTestClient::types() const
{
    QStringList types;
    for (const QJsonObject &message : m_received)
        types.append(message.value(QStringLiteral("type")).toString());
    return types;
}

QString WebSocketTestClient::output(const QString &stream) const
{
    QString text;
    for (const QJsonObject &message : m_received) {
        if (message.value(QStringLiteral("type")).toString() == QLatin1String("data") &&
            message.value(QStringLiteral("stream")).toString() == stream)
            text += message.value(QStringLiteral("data")).toString();
    }
    return text;
}
