#include "MisbehavingServer.h"

#include <QTcpSocket>

QString MisbehavingServer::start()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!listen(QHostAddress::LocalHost, 0))
        return {};
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void MisbehavingServer::serve(QTcpSocket *socket)
{
    // Each request is answered and the connection closed; the body is not needed.
    const QByteArray head = socket->peek(socket->bytesAvailable());
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const qsizetype lengthAt = head.toLower().indexOf("content-length:");
    const qint64 length =
        lengthAt < 0 ? 0
                     : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                           .trimmed()
                           .toLongLong();
    if (head.size() < end + 4 + length)
        return;
    socket->readAll();
    const QByteArray body =
        head.startsWith("GET /api/v2/runtimes")
            ? QByteArray(R"([{"language":"python","version":"3.11.2","aliases":["py"]},)"
                         R"({"language":"c","version":"12.2.0","aliases":["gcc"]}])")
            : QByteArray(R"({"language":"python","version":"3.11.2","run":{"stdout":"wrong\n",)"
                         R"("stderr":"","output":"wrong\n","code":0,"signal":null}})");
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
