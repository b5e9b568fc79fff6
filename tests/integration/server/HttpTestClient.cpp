#include "HttpTestClient.h"

#include <QDeadlineTimer>
#include <QJsonObject>

QByteArray HttpTestClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

QString HttpTestClient::Response::message() const
{
    return json().object().value(QStringLiteral("message")).toString();
}

bool HttpTestClient::connectTo(const QUrl &server, int timeoutMs)
{
    m_server = server;
    m_buffer.clear();
    m_socket.connectToHost(server.host(), quint16(server.port()));
    return m_socket.waitForConnected(timeoutMs);
}

void HttpTestClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void HttpTestClient::sendRequest(const QByteArray &method, const QByteArray &path,
                                 const QByteArray &body, const Headers &headers)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_server.host().toUtf8() +
                       ':' + QByteArray::number(m_server.port()) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    send(bytes + "\r\n" + body);
}

bool HttpTestClient::fill(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket.readAll();
    return true;
}

std::optional<HttpTestClient::Response> HttpTestClient::readResponse(int timeoutMs, bool toHead)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    Response response;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    response.status = lines.first().split(' ').value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        response.headers.append({name, value});
        if (name == "content-length" && !toHead)
            length = value.toLongLong();
    }
    while (m_buffer.size() < headEnd + 4 + length) {
        if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    response.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    return response;
}

std::optional<HttpTestClient::Response> HttpTestClient::request(const QByteArray &method,
                                                                const QByteArray &path,
                                                                const QByteArray &body,
                                                                const Headers &headers)
{
    sendRequest(method, path, body, headers);
    return readResponse();
}

bool HttpTestClient::waitForClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        if (m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    return true;
}
