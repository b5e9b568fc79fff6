#include "RunPadServer.h"

#include "ConnectSession.h"
#include "ExecuteExchange.h"
#include "JobQueue.h"
#include "LocalSandboxBackend.h"
#include "TcpListener.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtMath>

#include <cstdio>

namespace {

const QString RuntimesPath = QStringLiteral("/api/v2/runtimes");
const QString ExecutePath = QStringLiteral("/api/v2/execute");
const QString ConnectPath = QStringLiteral("/api/v2/connect");

HttpReply notFound()
{
    return HttpReply::message(404, QStringLiteral("Not Found"));
}

HttpReply pageRefused(const QByteArray &origin)
{
    return HttpReply::message(
        403, RunPadServer::tr("web pages from %1 may not use this server: start runpad-server with "
                              "--cors %1 to allow them")
                 .arg(QString::fromUtf8(origin)));
}

// Piston wants Content-Type: application/json. The npm piston-client sends its JSON unlabelled,
// which node-fetch turns into text/plain, so a body of either kind that is a JSON object is taken
// as well; anything else (a form, plain text) is not JSON. A body that may be JSON is parsed
// here, once, into *json for the route.
bool takeJsonBody(const HttpRequest &request, QJsonDocument *json, QJsonParseError *error)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    const bool labelled = type == "application/json";
    if (!labelled && !type.isEmpty() && type != "text/plain")
        return false;
    *json = QJsonDocument::fromJson(request.body, error);
    return labelled || json->isObject();
}

} // namespace

RunPadServer::RunPadServer(const ServerOptions &options, LocalSandboxBackend *backend,
                           QObject *parent)
    : QAbstractHttpServer(parent), m_options(options), m_backend(backend),
      m_access(options.token, options.corsOrigins), m_rateLimiter(options.rateLimit),
      m_queue(new JobQueue(options.maxJobs, options.maxQueue, this))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
            &RunPadServer::takeWebSockets);
    connect(backend, &Backend::runtimesReady, this, [this](const RuntimeList &runtimes) {
        QJsonArray array;
        for (const Runtime &runtime : runtimes)
            array.append(runtime.toJson());
        answerRuntimes(HttpReply::json(200, QJsonDocument(array)));
    });
    connect(backend, &Backend::unavailable, this,
            [this](const QString &message) { answerRuntimes(HttpReply::message(503, message)); });
}

bool RunPadServer::listen(QString *error)
{
    m_listener = new TcpListener(
        m_options.maxBody,
        [this](const HttpRequest &head, int problem, const QString &message) {
            return screen(head, problem, message);
        },
        this);
    if (!m_listener->listen(m_options.host, m_options.port)) {
        *error = tr("cannot listen on %1: %2")
                     .arg(ServerOptions::authority(m_options.host, m_options.port),
                          m_listener->errorString());
        return false;
    }
    bind(m_listener);
    return true;
}

QString RunPadServer::authority() const
{
    return m_listener
               ? ServerOptions::authority(m_listener->serverAddress(), m_listener->serverPort())
               : QString();
}

bool RunPadServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpConnection *connection = HttpConnection::of(socket);
    HttpRequest copy = HttpRequest::from(request);
    if (!connection)
        return false;
    // Qt 6.4 upgrades a WebSocket request once it is "handled" here without an answer; screen()
    // has let it through.
    if (copy.isWebSocketUpgrade())
        return true;
    Exchange exchange;
    exchange.clock.start();
    exchange.connection = connection;
    exchange.place = connection->reserve();
    exchange.request = std::move(copy);
    exchange.client = clientOf(exchange.request.peer, exchange.request.header("x-forwarded-for"));
    route(exchange);
    return true;
}

void RunPadServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Every request is handled, and every socket comes from TcpListener: this cannot happen.
    qWarning("runpad-server: no handler for %s", qPrintable(request.url().toString()));
    socket->abort();
}

void RunPadServer::route(Exchange &exchange)
{
    const HttpRequest &request = exchange.request;
    if (request.method == "OPTIONS") {
        answer(exchange, m_access.preflight(request));
        return;
    }
    if (std::optional<HttpReply> refused = refusal(request, exchange.client)) {
        answer(exchange, *refused);
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        if (!m_access.allowsPage(request.header("origin"))) {
            answer(exchange, pageRefused(request.header("origin")));
            return;
        }
        // Piston checks the media type of everything under /api/v2 that is not a GET, before it
        // looks for a route.
        if (request.path.startsWith(QLatin1String("/api/v2/")) &&
            !takeJsonBody(request, &exchange.json, &exchange.jsonError)) {
            answer(exchange, HttpReply::message(
                                 415, QStringLiteral("requests must be of type application/json")));
            return;
        }
    }
    if (request.path == RuntimesPath && request.method == "GET") {
        runtimes(exchange);
    } else if (request.path == ExecutePath && request.method == "POST") {
        execute(exchange);
    } else if (request.path == ConnectPath && request.method == "GET") {
        HttpReply reply = HttpReply::message(
            426, tr("%1 takes WebSocket connections (Upgrade: websocket)").arg(ConnectPath));
        reply.addHeader("Upgrade", "websocket");
        answer(exchange, reply);
    } else {
        answer(exchange, notFound());
    }
}

std::optional<HttpReply> RunPadServer::refusal(const HttpRequest &request, const QString &client)
{
    if (const double wait = m_rateLimiter.take(client); wait > 0) {
        const int seconds = qMax(1, qCeil(wait));
        HttpReply reply = HttpReply::message(
            429, tr("too many requests: this server takes %1 a second from one address; try "
                    "again in %2 s")
                     .arg(m_rateLimiter.perSecond())
                     .arg(seconds));
        reply.addHeader("Retry-After", QByteArray::number(seconds));
        return reply;
    }
    if (!m_access.authorized(request)) {
        HttpReply reply = HttpReply::message(
            401, request.header("authorization").isEmpty()
                     ? tr("this server needs a token: send 'Authorization: Bearer <token>'")
                     : tr("the token in the Authorization header is not this server's"));
        reply.addHeader("WWW-Authenticate", "Bearer");
        return reply;
    }
    return std::nullopt;
}

void RunPadServer::answer(const Exchange &exchange, HttpReply reply)
{
    reply.headers += m_access.corsHeaders(exchange.request);
    log(exchange.client, exchange.request.method, exchange.request.path,
        QString::number(reply.status), exchange.clock.elapsed());
    if (exchange.connection)
        exchange.connection->answer(exchange.place, reply, exchange.request.wantsClose(),
                                    exchange.request.method != "HEAD");
}

std::optional<HttpReply> RunPadServer::screen(const HttpRequest &head, int problem,
                                              const QString &message)
{
    const QString client = clientOf(head.peer, head.header("x-forwarded-for"));
    std::optional<HttpReply> reply;
    if (problem != 0) {
        reply = HttpReply::message(problem, message);
    } else if (head.path != ConnectPath || head.method != "GET") {
        reply = notFound();
    } else if (std::optional<HttpReply> refused = refusal(head, client)) {
        reply = refused;
    } else if (!m_access.allowsPage(head.header("origin"))) {
        reply = pageRefused(head.header("origin"));
    }
    if (reply) {
        reply->headers += m_access.corsHeaders(head);
        log(client, head.method, head.path, QString::number(reply->status), 0);
    }
    return reply;
}

void RunPadServer::execute(const Exchange &exchange)
{
    const QJsonDocument &document = exchange.json;
    const QJsonParseError &error = exchange.jsonError;
    if (document.isNull()) {
        answer(exchange, HttpReply::message(400, tr("the request body is not valid JSON: %1 (at "
                                                    "byte %2)")
                                                     .arg(error.errorString())
                                                     .arg(error.offset)));
        return;
    }
    if (!document.isObject()) {
        answer(exchange, HttpReply::message(400, tr("the request body must be a JSON object: "
                                                    "Piston's execute request")));
        return;
    }
    auto *job =
        new ExecuteExchange(document.object(), m_backend, m_queue, exchange.connection,
                            [this, exchange](const HttpReply &reply) { answer(exchange, reply); });
    job->start();
}

void RunPadServer::runtimes(const Exchange &exchange)
{
    m_runtimesWaiting.append(exchange);
    // One question to the helper answers every request that waits for it.
    if (m_runtimesWaiting.size() == 1)
        m_backend->fetchRuntimes();
}

void RunPadServer::answerRuntimes(const HttpReply &reply)
{
    const QList<Exchange> waiting = std::exchange(m_runtimesWaiting, {});
    for (const Exchange &exchange : waiting)
        answer(exchange, reply);
}

void RunPadServer::takeWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QString client =
            clientOf(socket->peerAddress(), socket->request().rawHeader("X-Forwarded-For"));
        const QString path = socket->requestUrl().path();
        if (path != ConnectPath) {
            // screen() refused these before the upgrade; this is a second line of defence.
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Not Found"));
            log(client, "GET", path, QStringLiteral("101 closed"), 0);
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxBody));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxBody));
        auto *session = new ConnectSession(std::move(socket), m_backend, m_queue, this);
        connect(session, &ConnectSession::ended, this, [this, client](int code, qint64 ms) {
            log(client, "GET", ConnectPath, QStringLiteral("101 closed %1").arg(code), ms);
        });
    }
}

QString RunPadServer::clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    // Behind a proxy, every request comes from the proxy; the proxy names the client last.
    if (m_options.behindProxy && !forwardedFor.isEmpty()) {
        const QString last = QString::fromLatin1(forwardedFor.split(',').constLast().trimmed());
        if (QHostAddress address; address.setAddress(last))
            return address.toString();
    }
    QHostAddress address = peer;
    bool isV4 = false;
    if (const quint32 v4 = address.toIPv4Address(&isV4); isV4)
        address = QHostAddress(v4);
    return address.toString();
}

void RunPadServer::log(const QString &client, const QByteArray &method, const QString &path,
                       const QString &status, qint64 milliseconds) const
{
    fprintf(stderr, "%s %s %s %s %lld ms\n", qPrintable(client), method.constData(),
            qPrintable(path), qPrintable(status), static_cast<long long>(milliseconds));
}
