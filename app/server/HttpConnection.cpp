#include "HttpConnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace {

// After refusing a request whose body is still coming, the server reads and drops what arrives
// for a while before closing: closing with unread data would reset the connection, and the client
// could lose the answer.
constexpr int LingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBody, Screen screen)
    : QObject(socket), m_socket(socket), m_framer(maxBody, MaxHeadBytes),
      m_screen(std::move(screen))
{
    // Connected before QHttpServer connects its own slot, so it runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::beforeServerReads);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_closeWritten && m_socket->bytesToWrite() == 0)
            finishClosing();
        updateIdleTimer();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_nextToWrite == m_nextPlace)
            m_socket->disconnectFromHost();
    });
    m_idle.start();
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, m_socket, &QTcpSocket::abort);
}

HttpConnection *HttpConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void HttpConnection::followServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::afterServerRead);
}

void HttpConnection::beforeServerReads()
{
    if (m_stopped)
        return;
    updateIdleTimer();
    // The bytes QHttpServer has not read yet: the first m_seen of them were framed already.
    const QByteArray unread = m_socket->peek(m_socket->bytesAvailable());
    qsizetype offset = m_seen;
    while (offset < unread.size()) {
        RequestFramer::Step step = m_framer.next(unread, &offset);
        if (step.kind == RequestFramer::Step::NeedMore)
            break;
        step.head.peer = m_socket->peerAddress();
        const bool problem = step.kind == RequestFramer::Step::Refuse;
        const bool upgrade = !problem && step.head.isWebSocketUpgrade();
        if (!problem && !upgrade)
            continue;
        const std::optional<HttpReply> refusal =
            m_screen(step.head, problem ? step.status : 0, step.message);
        if (!refusal) {
            // QHttpServer hands the socket to a QWebSocket next: HTTP is over on it.
            deleteLater();
            disconnect(m_socket, nullptr, this, nullptr);
            m_idle.stop();
            return;
        }
        // QHttpServer must not go on with this request: the connection ends with the refusal.
        stopReading();
        answer(reserve(), *refusal, true);
        return;
    }
    m_seen = unread.size();
}

void HttpConnection::afterServerRead()
{
    m_seen = m_socket->bytesAvailable();
}

int HttpConnection::reserve()
{
    const int place = m_nextPlace++;
    updateIdleTimer();
    return place;
}

void HttpConnection::answer(int place, const HttpReply &reply, bool closeAfter, bool withBody)
{
    if (m_gone || place < m_nextToWrite)
        return;
    m_ready.insert(place, {reply.serialize(closeAfter, withBody), closeAfter});
    writeInOrder();
}

void HttpConnection::writeInOrder()
{
    while (!m_closeWritten && m_ready.contains(m_nextToWrite)) {
        const auto [bytes, closeAfter] = m_ready.take(m_nextToWrite++);
        m_socket->write(bytes);
        if (closeAfter) {
            m_closeWritten = true;
            stopReading();
            m_ready.clear();
            if (m_socket->bytesToWrite() == 0)
                finishClosing();
        }
    }
    updateIdleTimer();
}

void HttpConnection::stopReading()
{
    if (m_stopped)
        return;
    m_stopped = true;
    // QHttpServer stops reading this socket; what still comes is read and dropped here.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    const auto drop = [this] { m_socket->skip(m_socket->bytesAvailable()); };
    connect(m_socket, &QTcpSocket::readyRead, this, drop);
    drop();
}

void HttpConnection::finishClosing()
{
    if (m_linger.isActive() || m_gone)
        return;
    // Our side is done: the client sees the end of the answer, and its FIN closes the socket.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_linger.start(LingerMs);
}

void HttpConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_idle.stop();
    m_linger.stop();
    emit closed();
}

void HttpConnection::updateIdleTimer()
{
    // A connection that waits for an answer is not idle.
    if (m_gone || m_stopped || m_nextToWrite != m_nextPlace)
        m_idle.stop();
    else
        m_idle.start();
}
