#include "HttpRequest.h"

#include <QHttpServerRequest>

HttpRequest HttpRequest::from(const QHttpServerRequest &request)
{
    HttpRequest copy;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        copy.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        copy.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        copy.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        copy.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        copy.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        copy.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        copy.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Connect:
        copy.method = "CONNECT";
        break;
    case QHttpServerRequest::Method::Trace:
        copy.method = "TRACE";
        break;
    default:
        copy.method = "UNKNOWN";
        break;
    }
    copy.path = request.url().path();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        copy.headers.append({name.toLower(), value});
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    return copy;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return header("connection").toLower().contains("upgrade") &&
           header("upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) == 0;
}

bool HttpRequest::wantsClose() const
{
    return header("connection").toLower().contains("close");
}
