#include "JobQueue.h"

#include <QTimer>

JobQueue::JobQueue(int maxRunning, int maxWaiting, QObject *parent)
    : QObject(parent), m_maxRunning(maxRunning), m_maxWaiting(maxWaiting)
{
}

quint64 JobQueue::enqueue(std::function<void()> start)
{
    if (running() < m_maxRunning && m_waiting.isEmpty()) {
        grant(++m_lastTicket, std::move(start));
        return m_lastTicket;
    }
    if (waiting() >= m_maxWaiting)
        return 0;
    m_waiting.append({++m_lastTicket, std::move(start)});
    return m_lastTicket;
}

void JobQueue::release(quint64 ticket)
{
    if (!m_running.remove(ticket)) {
        m_waiting.removeIf([ticket](const Waiting &waiting) { return waiting.ticket == ticket; });
        return;
    }
    while (running() < m_maxRunning && !m_waiting.isEmpty()) {
        Waiting next = m_waiting.takeFirst();
        grant(next.ticket, std::move(next.start));
    }
}

void JobQueue::grant(quint64 ticket, std::function<void()> start)
{
    m_running.insert(ticket);
    // From the event loop, so that a caller never sees its job start inside enqueue() or
    // another job's release(); a ticket released meanwhile does not start.
    QTimer::singleShot(0, this, [this, ticket, start = std::move(start)] {
        if (m_running.contains(ticket))
            start();
    });
}

QString JobQueue::busyMessage() const
{
    return tr("the server is busy: %1 jobs are running and %2 are waiting, as many as it takes; "
              "try again later")
        .arg(running())
        .arg(waiting());
}
