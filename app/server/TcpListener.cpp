#include "TcpListener.h"

#include <QTcpSocket>

TcpListener::TcpListener(qint64 maxBody, HttpConnection::Screen screen, QObject *parent)
    : QTcpServer(parent), m_maxBody(maxBody), m_screen(std::move(screen))
{
}

void TcpListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *connection = new HttpConnection(socket, m_maxBody, m_screen);
    // QHttpServer takes the socket from inside this call (pendingConnectionAvailable) and
    // connects to its readyRead; HttpConnection's second slot must come after QHttpServer's.
    addPendingConnection(socket);
    connection->followServer();
}
