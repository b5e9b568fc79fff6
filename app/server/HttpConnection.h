#pragma once

#include "HttpReply.h"
#include "HttpRequest.h"
#include "RequestFramer.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QTcpSocket;

// runpad-server's side of one client connection, beside QHttpServer's: it reads each request's
// head before QHttpServer buffers the body (RequestFramer), so an oversized request is refused at
// once; it writes the answers in the order of their requests, however late each is ready; and it
// closes a connection that stays idle.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    // Decides on a request as soon as its head is in, before QHttpServer reads its body or
    // upgrades it to a WebSocket. `problem` is what the connection found wrong with it (an HTTP
    // status and a message), else 0. Returns the reply that refuses it (the connection is then
    // closed), or nothing to let it through.
    using Screen = std::function<std::optional<HttpReply>(const HttpRequest &head, int problem,
                                                          const QString &message)>;

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr int IdleTimeoutMs = 60000;

    // Becomes a child of the socket; watches it from before QHttpServer does.
    HttpConnection(QTcpSocket *socket, qint64 maxBody, Screen screen);
    static HttpConnection *of(QTcpSocket *socket);
    // To be called once QHttpServer has connected to the socket (see readyRead handling).
    void followServer();

    // The next answer's place in line; answers leave in the order of their places.
    int reserve();
    // Sends the answer once those before it have gone; closeAfter ends the connection after it.
    // An answer to HEAD goes without its body.
    void answer(int place, const HttpReply &reply, bool closeAfter, bool withBody = true);

signals:
    // The client went away or the connection was closed: whatever it waited for may be dropped.
    void closed();

private:
    void beforeServerReads();
    void afterServerRead();
    void writeInOrder();
    void stopReading();
    void finishClosing();
    void onDisconnected();
    void updateIdleTimer();

    QTcpSocket *m_socket;
    RequestFramer m_framer;
    Screen m_screen;
    qsizetype m_seen = 0; // unread bytes at the front of the socket's buffer the framer has seen
    int m_nextPlace = 0;
    int m_nextToWrite = 0;
    QHash<int, QPair<QByteArray, bool>> m_ready; // answers waiting for earlier ones
    bool m_stopped = false;                      // QHttpServer reads no more; what comes is dropped
    bool m_closeWritten = false; // the last answer is written; the connection ends after it
    bool m_gone = false;
    QTimer m_idle;
    QTimer m_linger;
};
