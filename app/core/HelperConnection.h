#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalSocket;

// One connection to the runpad-sandbox helper: JSON lines over a UNIX stream socket, each message
// stamped with the integer id of the request it belongs to, so several jobs share one connection
// (sandbox/PROTOCOL.md). Signals are only emitted from the event loop, never from inside a call.
class HelperConnection : public QObject {
    Q_OBJECT
public:
    explicit HelperConnection(QObject *parent = nullptr);

    void connectToHelper(const QString &socketPath);
    // Sends one message with its "id" set; only valid once connected() was emitted.
    void send(qint64 id, QJsonObject message);

    // The longest line the helper may send (PROTOCOL.md says 64 MiB); a longer one is an error.
    static constexpr qsizetype MaxLineLength = 64 * 1024 * 1024;

signals:
    void connected();
    // A message about the request with this id.
    void messageReceived(qint64 id, const QJsonObject &message);
    // A message about no request in particular, e.g. the helper's answer to a line it could not
    // parse (id null).
    void connectionMessage(const QJsonObject &message);
    // Emitted once: connecting failed, or the connection ended. The reason is for people.
    void closed(const QString &reason);

private:
    void readLines();
    void handleLine(const QByteArray &line);
    void close(const QString &reason);

    QLocalSocket *m_socket;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes at the start of m_buffer known to hold no newline
    bool m_closed = false;
};
