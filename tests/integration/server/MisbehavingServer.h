#pragma once

#include <QTcpServer>

// A server that looks like Piston but gives wrong answers: its runtimes are right, every execute
// prints "wrong". A client test that passes against it would prove nothing.
class MisbehavingServer : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    // Listens on a free loopback port; its http URL.
    QString start();

private:
    void serve(QTcpSocket *socket);
};
