#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

// A WebSocket client of /api/v2/connect for tests: it keeps every message the server sends, and
// waits for a given one or for the server to close.
class WebSocketTestClient : public QObject {
    Q_OBJECT
public:
    // origin: what a browser would send as Origin (none if empty).
    explicit WebSocketTestClient(const QString &origin = {});

    // Opens ws://HOST:PORT/api/v2/connect of the server's http URL; false if it did not open.
    bool open(const QUrl &server, const QByteArray &authorization = {}, int timeoutMs = 10000);
    void send(const QJsonObject &message);
    void sendText(const QString &text);
    void abort() { m_socket.abort(); }

    // The first message of this type after `from` received messages; an empty object if none came
    // in time.
    QJsonObject waitFor(const QString &type, int timeoutMs = 30000, qsizetype from = 0);
    // Waits for the data messages of a stream to add up to at least `text`; their concatenation.
    QString waitForOutput(const QString &stream, const QString &text, int timeoutMs = 30000);
    // The close code once the connection is closed, or -1 if it was not closed in time.
    int waitForClose(int timeoutMs = 30000);
    QString closeReason() const { return m_socket.closeReason(); }
    QList<QJsonObject> received() const { return m_received; }
    QStringList types() const;
    QString output(const QString &stream) const;

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    bool m_closed = false;
};
