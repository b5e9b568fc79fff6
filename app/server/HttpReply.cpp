#include "HttpReply.h"

#include <QJsonObject>

HttpReply HttpReply::json(int status, const QJsonDocument &document)
{
    HttpReply reply;
    reply.status = status;
    reply.addHeader("Content-Type", "application/json; charset=utf-8");
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::message(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}));
}

QByteArray HttpReply::serialize(bool closeAfter, bool withBody) const
{
    QByteArray bytes;
    bytes.reserve(body.size() + 256);
    bytes += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bytes += "Server: " + serverHeader() + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (status != 204) // which has no body, nor a length for it
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (withBody)
        bytes += body;
    return bytes;
}

QByteArray HttpReply::serverHeader()
{
    return QByteArrayLiteral("runpad-server/" RUNPAD_VERSION);
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}
