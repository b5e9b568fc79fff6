#pragma once

#include "HttpReply.h"
#include "HttpRequest.h"

#include <QByteArray>
#include <QStringList>

// Who may use runpad-server: the bearer token every request must carry (when one is set), and
// the web pages that may call it from a browser (CORS, and the Origin of WebSocket connections).
class AccessPolicy {
public:
    AccessPolicy(const QString &token, const QStringList &corsOrigins);

    bool needsToken() const { return !m_token.isEmpty(); }
    // Authorization: "Bearer <token>", or the bare token as Piston's clients send their key.
    bool authorized(const HttpRequest &request) const;
    // The Access-Control-* headers for an answer to this request; none without --cors, or for a
    // page that is not allowed.
    QList<QPair<QByteArray, QByteArray>> corsHeaders(const HttpRequest &request) const;
    // The answer to an OPTIONS request (a browser's preflight).
    HttpReply preflight(const HttpRequest &request) const;
    // A browser names the page behind a POST or a WebSocket in Origin; other clients send none.
    // Only pages allowed by --cors may run code, or any web site a user visits could run code on
    // a server on localhost (a form's text/plain POST needs no CORS preflight).
    bool allowsPage(const QByteArray &origin) const;

private:
    bool allowsOrigin(const QByteArray &origin) const;

    QByteArray m_token;
    QList<QByteArray> m_origins;
};
