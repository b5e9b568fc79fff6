#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

// Caps how many jobs run at once; the others wait their turn in order, up to a limit.
class JobQueue : public QObject {
    Q_OBJECT
public:
    JobQueue(int maxRunning, int maxWaiting, QObject *parent = nullptr);

    // Asks for a slot: start() runs from the event loop once one is the ticket's, at once if one
    // is free. Returns the ticket, or 0 when maxWaiting jobs wait already: the server is busy.
    quint64 enqueue(std::function<void()> start);
    // The ticket's job is over, or its client left while it waited: its slot or place is free.
    void release(quint64 ticket);

    int running() const { return int(m_running.size()); }
    int waiting() const { return int(m_waiting.size()); }
    // The answer to a job that found the queue full, for people.
    QString busyMessage() const;

private:
    struct Waiting {
        quint64 ticket;
        std::function<void()> start;
    };
    void grant(quint64 ticket, std::function<void()> start);

    int m_maxRunning;
    int m_maxWaiting;
    QSet<quint64> m_running;
    QList<Waiting> m_waiting;
    quint64 m_lastTicket = 0;
};
