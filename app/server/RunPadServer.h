#pragma once

#include "AccessPolicy.h"
#include "HttpConnection.h"
#include "HttpReply.h"
#include "HttpRequest.h"
#include "RateLimiter.h"
#include "ServerOptions.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QPointer>
#include <optional>

class JobQueue;
class LocalSandboxBackend;
class TcpListener;

// runpad-server's HTTP side: Piston API v2 (GET /api/v2/runtimes, POST /api/v2/execute,
// WebSocket /api/v2/connect) on the local sandbox helper, with Piston's status codes and
// messages, and the server's own limits: body size, jobs at once and waiting, a token, CORS and a
// rate limit per client. Logs one line per request to stderr.
class RunPadServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    RunPadServer(const ServerOptions &options, LocalSandboxBackend *backend,
                 QObject *parent = nullptr);

    // Starts serving on the options' address; false with the reason.
    bool listen(QString *error);
    // Where it serves, e.g. "127.0.0.1:2000" (the port chosen when 0 was asked).
    QString authority() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // A request being answered: where the answer goes, and what the log line needs.
    struct Exchange {
        QPointer<HttpConnection> connection;
        int place = 0;
        HttpRequest request;
        QString client;
        QElapsedTimer clock;
        // The body as JSON, parsed once, when the route may use it (a POST under /api/v2/).
        QJsonDocument json;
        QJsonParseError jsonError{};
    };

    void route(Exchange &exchange);
    void answer(const Exchange &exchange, HttpReply reply);
    std::optional<HttpReply> screen(const HttpRequest &head, int problem, const QString &message);
    std::optional<HttpReply> refusal(const HttpRequest &request, const QString &client);
    void execute(const Exchange &exchange);
    void runtimes(const Exchange &exchange);
    void answerRuntimes(const HttpReply &reply);
    void takeWebSockets();
    QString clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    void log(const QString &client, const QByteArray &method, const QString &path,
             const QString &status, qint64 milliseconds) const;

    ServerOptions m_options;
    LocalSandboxBackend *m_backend;
    AccessPolicy m_access;
    RateLimiter m_rateLimiter;
    JobQueue *m_queue;
    TcpListener *m_listener = nullptr;
    QList<Exchange> m_runtimesWaiting;
};
