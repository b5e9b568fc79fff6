#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

// What runpad-server looks at in a request, kept after QHttpServer reuses its own request object
// for the next one on the connection: method, path, headers (names in lower case), body, sender.
struct HttpRequest {
    QByteArray method; // as sent, e.g. "POST"
    QString path;      // the target's decoded path, e.g. "/api/v2/execute"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    static HttpRequest from(const QHttpServerRequest &request);

    // The first value of a header; name in lower case.
    QByteArray header(const QByteArray &name) const;
    // Connection: upgrade and Upgrade: websocket, as QHttpServer decides it.
    bool isWebSocketUpgrade() const;
    // Connection: close: the client wants the connection closed after the answer.
    bool wantsClose() const;
};
