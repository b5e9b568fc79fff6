#include "PistonDisguise.h"

#include <QTcpSocket>

namespace {

const QByteArray RealHeader = "\r\nServer: runpad-server/";
const QByteArray Disguise = "\r\nServer: pistonlike-sv/";
static_assert(sizeof("\r\nServer: runpad-server/") == sizeof("\r\nServer: pistonlike-sv/"));

// How many bytes at the end of data could begin the header: kept back until more comes.
qsizetype partialMatchAtEnd(const QByteArray &data)
{
    for (qsizetype k = qMin<qsizetype>(RealHeader.size() - 1, data.size()); k > 0; --k) {
        if (data.endsWith(RealHeader.left(k)))
            return k;
    }
    return 0;
}

} // namespace

PistonDisguise::PistonDisguise(const QUrl &server, QObject *parent)
    : QObject(parent), m_server(server)
{
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_listener.nextPendingConnection())
            relay(client);
    });
}

bool PistonDisguise::listen()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QUrl PistonDisguise::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void PistonDisguise::resetCounts()
{
    m_executes = 0;
    m_mostInFlight = m_inFlight;
}

void PistonDisguise::relay(QTcpSocket *client)
{
    auto *upstream = new QTcpSocket(client);
    auto *held = new QByteArray; // answer bytes that may begin the header
    connect(client, &QObject::destroyed, this, [held] { delete held; });
    upstream->connectToHost(m_server.host(), quint16(m_server.port()));
    connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
        const QByteArray bytes = client->readAll();
        const int executes = int(bytes.count("POST /api/v2/execute "));
        m_executes += executes;
        m_inFlight += executes;
        m_mostInFlight = qMax(m_mostInFlight, m_inFlight);
        upstream->write(bytes);
    });
    connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, held] {
        QByteArray bytes = *held + upstream->readAll();
        bytes.replace(RealHeader, Disguise);
        const qsizetype keep = partialMatchAtEnd(bytes);
        *held = bytes.right(keep);
        bytes.chop(keep);
        // An answer to an execute: its status line starts a response.
        m_inFlight -= int(bytes.count("HTTP/1.1 200 ")) + int(bytes.count("HTTP/1.1 400 "));
        m_inFlight = qMax(0, m_inFlight);
        client->write(bytes);
    });
    connect(upstream, &QTcpSocket::disconnected, client, [client, held] {
        client->write(*held);
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}
