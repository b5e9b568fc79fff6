#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QUrl>
#include <optional>

// A plain HTTP/1.1 client on one TCP connection, for tests that look at the bytes on the wire:
// requests go out as given, answers are read one at a time (Content-Length framed).
class HttpTestClient {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response {
        int status = 0;
        Headers headers; // names in lower case
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        // Piston's error shape: the "message" of a JSON object.
        QString message() const;
    };

    bool connectTo(const QUrl &server, int timeoutMs = 5000);
    // Sends bytes as they are.
    void send(const QByteArray &bytes);
    // Sends a request with Host and, when there is a body, Content-Length.
    void sendRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const Headers &headers = {});
    // The next answer; nothing if none came whole in time. An answer to HEAD has no body, whatever
    // its Content-Length says.
    std::optional<Response> readResponse(int timeoutMs = 60000, bool toHead = false);
    // Sends a request and reads its answer.
    std::optional<Response> request(const QByteArray &method, const QByteArray &path,
                                    const QByteArray &body = {}, const Headers &headers = {});
    // True once the server has closed the connection (within the time).
    bool waitForClosed(int timeoutMs = 10000);
    void abort() { m_socket.abort(); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // A POST of a JSON execute body with Content-Type: application/json.
    static Headers jsonHeaders() { return {{"Content-Type", "application/json"}}; }

private:
    bool fill(int timeoutMs);

    QTcpSocket m_socket;
    QUrl m_server;
    QByteArray m_buffer;
};
