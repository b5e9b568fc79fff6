#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;
class QWebSocketServer;

// A real HTTP server on a loopback port, plain or TLS, for answers a real server does not give
// (malformed JSON, redirects, a certificate nobody trusts, 403, 5xx, silence, wrong results). It
// reads each request's head and body and answers with the raw bytes its responder returns for
// it; an empty answer means it never answers. A WebSocket upgrade goes to the QWebSocketServer
// given, if any. Qt 5 and Qt 6.
class RawHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray head; // request line and headers
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    using Responder = std::function<QByteArray(const Request &request)>;

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    // Listens on 127.0.0.1 with a free port; with a certificate and key, speaks TLS.
    bool listen();
    bool listenTls(const QString &certificateFile, const QString &keyFile);
    QUrl url() const;

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Always the same answer: a status line, headers and body, Content-Length added.
    void answer(int status, const QByteArray &reason, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void setWebSocketServer(QWebSocketServer *server);

    QList<Request> requests;

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Responder m_responder;
    QPointer<QWebSocketServer> m_webSockets;
};
