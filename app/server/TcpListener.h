#pragma once

#include "HttpConnection.h"

#include <QTcpServer>

// The listening socket runpad-server binds to QHttpServer: each connection it accepts gets an
// HttpConnection before QHttpServer sees it, so that HttpConnection reads every request ahead of
// QHttpServer and bounds it.
class TcpListener : public QTcpServer {
    Q_OBJECT
public:
    TcpListener(qint64 maxBody, HttpConnection::Screen screen, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBody;
    HttpConnection::Screen m_screen;
};
