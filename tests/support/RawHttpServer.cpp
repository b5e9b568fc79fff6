#include "RawHttpServer.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocketServer>

namespace {

// Hands out sockets that start TLS at once (Qt 5 has no QSslServer). A client that refuses the
// certificate drops its socket before sending anything.
class TlsServer : public QTcpServer {
public:
    TlsServer(const QSslConfiguration &configuration, QObject *parent)
        : QTcpServer(parent), m_configuration(configuration)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration);
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_configuration;
};

} // namespace

QByteArray RawHttpServer::Request::header(const QByteArray &name) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawHttpServer::RawHttpServer(QObject *parent) : QObject(parent) {}

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &RawHttpServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool RawHttpServer::listenTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = new TlsServer(configuration, this);
    m_tls = true;
    connect(m_server, &QTcpServer::newConnection, this, &RawHttpServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl RawHttpServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

QByteArray RawHttpServer::response(int status, const QByteArray &reason, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return bytes + body;
}

void RawHttpServer::answer(int status, const QByteArray &reason, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray bytes = response(status, reason, body, headers);
    m_responder = [bytes](const Request &) { return bytes; };
}

void RawHttpServer::setWebSocketServer(QWebSocketServer *server)
{
    m_webSockets = server;
}

void RawHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void RawHttpServer::onReadable(QTcpSocket *socket)
{
    // Peeked, not read, so that a WebSocket upgrade can be handed over untouched.
    const QByteArray buffered = socket->peek(socket->bytesAvailable());
    const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Request request;
    request.head = buffered.left(headEnd);
    const QList<QByteArray> requestLine = request.head.left(request.head.indexOf('\r')).split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    if (m_webSockets && request.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        socket->disconnect(this);
        requests.append(request);
        m_webSockets->handleConnection(socket);
        return;
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffered.size() < headEnd + 4 + length)
        return;
    socket->read(headEnd + 4 + length);
    request.body = buffered.mid(headEnd + 4, length);
    requests.append(request);
    const QByteArray bytes = m_responder ? m_responder(request) : QByteArray();
    if (bytes.isEmpty())
        return; // silence: the client's timeout must end it
    socket->write(bytes);
    socket->disconnectFromHost();
}
