#pragma once

#include "RawHttpServer.h"

// A server that looks like Piston but gives wrong answers: its runtimes are right, every execute
// prints "wrong". A client test that passes against it would prove nothing.
class MisbehavingServer : public RawHttpServer {
    Q_OBJECT
public:
    using RawHttpServer::RawHttpServer;
    // Listens on a free loopback port; its http URL, empty if it could not listen.
    QString start();
};
