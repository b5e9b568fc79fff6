#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

// One answer of runpad-server. It is written out by hand (status line, headers, body) rather than
// through QHttpServerResponder, which needs QHttpServer's request object: an execute answer comes
// long after that object has moved on to the connection's next request.
struct HttpReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpReply json(int status, const QJsonDocument &document);
    // Piston's error shape: {"message": "..."}.
    static HttpReply message(int status, const QString &message);

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    // Status line, the headers with Server, Content-Length and Connection added, and the body
    // (left out, its length kept, for a HEAD request).
    QByteArray serialize(bool closeAfter, bool withBody = true) const;

    static QByteArray serverHeader(); // "runpad-server/<version>"
    static QByteArray reasonPhrase(int status);
};
