#include "PistonEndpoint.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace {

// Piston's defaults, and what -1 ("the server's maximum") may be at most on runpad-server.
constexpr int DefaultCompileTimeoutMs = 10000;
constexpr int DefaultRunTimeoutMs = 3000;
constexpr int MaximumTimeoutMs = 300000;

qint64 timeoutOf(const QJsonObject &body, const QString &field, int fallback)
{
    const QJsonValue value = body.value(field);
    if (!value.isDouble())
        return fallback;
    const qint64 ms = qint64(value.toDouble());
    return ms < 0 ? MaximumTimeoutMs : qMin<qint64>(ms, MaximumTimeoutMs);
}

} // namespace

PistonEndpoint::PistonEndpoint(const RemoteServer &server)
    : m_server(server), m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed by PistonHttpCall, which keeps POST only where HTTP allows it.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QString PistonEndpoint::name() const
{
    return m_server.name.isEmpty() ? m_server.url.toDisplayString() : m_server.name;
}

std::optional<RemoteFailure> PistonEndpoint::urlFailure() const
{
    if (RemoteServer::urlProblem(m_server.url).isEmpty())
        return std::nullopt;
    return RemoteFailure::invalidUrl(name(), m_server.url);
}

QUrl PistonEndpoint::apiUrl(const QString &endpoint) const
{
    QUrl url = m_server.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.contains(QLatin1String("/api/v2")))
        path += QStringLiteral("/api/v2");
    url.setPath(path + QLatin1Char('/') + endpoint);
    return url;
}

QUrl PistonEndpoint::connectUrl() const
{
    QUrl url = apiUrl(QStringLiteral("connect"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                         : QStringLiteral("ws"));
    return url;
}

bool PistonEndpoint::sendsKeyTo(const QUrl &url) const
{
    return !m_apiKey.isEmpty() && url.host().compare(m_server.url.host(), Qt::CaseInsensitive) == 0;
}

QNetworkRequest PistonEndpoint::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    if (sendsKeyTo(url))
        request.setRawHeader("Authorization", m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("RunPad"));
    return request;
}

void PistonEndpoint::learnFrom(const QByteArray &serverHeader)
{
    const Kind kind = serverHeader.startsWith("runpad-server/") ? Kind::RunPadServer : Kind::Piston;
    const QString software = QString::fromLatin1(serverHeader);
    if (kind == m_kind && software == m_software)
        return;
    m_kind = kind;
    m_software = software;
    emit identified();
}

QJsonObject PistonEndpoint::bodyFor(QJsonObject body) const
{
    if (m_kind == Kind::RunPadServer)
        return body;
    for (const char *field :
         {"compile_timeout", "run_timeout", "compile_cpu_time", "run_cpu_time"}) {
        const QString name = QLatin1String(field);
        if (body.value(name).toDouble() < 0)
            body.remove(name);
    }
    return body;
}

int PistonEndpoint::runTimeoutMs(const QJsonObject &body) const
{
    const QJsonValue stdins = body.value(QStringLiteral("stdins"));
    const qint64 runs = stdins.isArray() ? qMax<qint64>(1, stdins.toArray().size()) : 1;
    const qint64 total =
        timeoutOf(body, QStringLiteral("compile_timeout"), DefaultCompileTimeoutMs) +
        runs * timeoutOf(body, QStringLiteral("run_timeout"), DefaultRunTimeoutMs) + m_marginMs;
    return int(qMin<qint64>(total, std::numeric_limits<int>::max()));
}
