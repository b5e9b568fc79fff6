#include "AccessPolicy.h"

namespace {

// Compares without stopping at the first difference, so that timing tells nothing of the token.
bool sameSecret(const QByteArray &given, const QByteArray &secret)
{
    unsigned char difference = given.size() == secret.size() ? 0 : 1;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= static_cast<unsigned char>(given.at(i) ^ secret.at(i % secret.size()));
    return difference == 0;
}

} // namespace

AccessPolicy::AccessPolicy(const QString &token, const QStringList &corsOrigins)
    : m_token(token.toUtf8())
{
    for (const QString &origin : corsOrigins)
        m_origins.append(origin.toUtf8());
}

bool AccessPolicy::authorized(const HttpRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    QByteArray given = request.header("authorization").trimmed();
    if (given.size() > 7 && given.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        given = given.mid(7).trimmed();
    return sameSecret(given, m_token);
}

bool AccessPolicy::allowsOrigin(const QByteArray &origin) const
{
    return m_origins.contains("*") || (!origin.isEmpty() && m_origins.contains(origin));
}

QList<QPair<QByteArray, QByteArray>> AccessPolicy::corsHeaders(const HttpRequest &request) const
{
    if (m_origins.isEmpty())
        return {};
    const QByteArray origin = request.header("origin");
    using Header = QPair<QByteArray, QByteArray>;
    QList<Header> headers;
    if (m_origins.contains("*")) {
        headers.append(Header("Access-Control-Allow-Origin", "*"));
    } else {
        // The answer depends on the page asking: caches must keep one per Origin.
        headers.append(Header("Vary", "Origin"));
        if (!allowsOrigin(origin))
            return headers;
        headers.append(Header("Access-Control-Allow-Origin", origin));
    }
    headers.append(Header("Access-Control-Expose-Headers", "Server, Retry-After"));
    return headers;
}

HttpReply AccessPolicy::preflight(const HttpRequest &request) const
{
    HttpReply reply;
    reply.status = 204;
    reply.addHeader("Allow", "GET, POST, OPTIONS");
    const auto cors = corsHeaders(request);
    reply.headers += cors;
    if (allowsOrigin(request.header("origin"))) {
        reply.addHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        reply.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        reply.addHeader("Access-Control-Max-Age", "600");
    }
    return reply;
}

bool AccessPolicy::allowsPage(const QByteArray &origin) const
{
    return origin.isEmpty() || allowsOrigin(origin);
}
