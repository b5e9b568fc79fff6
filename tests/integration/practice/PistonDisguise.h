#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A TCP relay on loopback in front of a real runpad-server that makes it pass for plain Piston:
// the answers' "Server: runpad-server/…" header is rewritten (same length, so nothing else
// changes), so a PistonBackend does not learn that `stdins` would be taken. It also counts the
// execute requests and how many were in flight at once.
class PistonDisguise : public QObject {
    Q_OBJECT
public:
    explicit PistonDisguise(const QUrl &server, QObject *parent = nullptr);
    bool listen();
    QUrl url() const;

    int executeRequests() const { return m_executes; }
    int mostInFlight() const { return m_mostInFlight; }
    void resetCounts();

private:
    void relay(class QTcpSocket *client);

    QTcpServer m_listener;
    QUrl m_server;
    int m_executes = 0;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
};
