#include "ExecuteExchange.h"

#include "Backend.h"
#include "HttpConnection.h"
#include "JobQueue.h"

ExecuteExchange::ExecuteExchange(const QJsonObject &body, Backend *backend, JobQueue *queue,
                                 HttpConnection *connection, Answer answer)
    : QObject(queue), m_body(body), m_backend(backend), m_queue(queue), m_connection(connection),
      m_answer(std::move(answer))
{
}

void ExecuteExchange::start()
{
    m_ticket = m_queue->enqueue([this] { run(); });
    if (m_ticket == 0) {
        m_answer(HttpReply::message(503, m_queue->busyMessage()));
        deleteLater();
        return;
    }
    if (!m_connection) {
        clientLeft();
        return;
    }
    connect(m_connection, &HttpConnection::closed, this, &ExecuteExchange::clientLeft);
}

void ExecuteExchange::run()
{
    m_job = m_backend->start(m_body, false);
    connect(m_job, &Job::finished, this, [this](const ExecuteResult &result) {
        finish(HttpReply::json(200, QJsonDocument(result.toJson())));
    });
    connect(m_job, &Job::failed, this, [this](const QString &message) {
        const Job::Failure failure = m_job->failure();
        finish(HttpReply::message(failure == Job::Failure::Rejected   ? 400
                                  : failure == Job::Failure::Internal ? 500
                                                                      : 503,
                                  message));
    });
}

void ExecuteExchange::finish(const HttpReply &reply)
{
    if (!m_clientLeft)
        m_answer(reply);
    m_queue->release(m_ticket);
    m_job->deleteLater();
    deleteLater();
}

void ExecuteExchange::clientLeft()
{
    if (m_clientLeft)
        return;
    m_clientLeft = true;
    if (m_job) {
        // The slot stays taken until the helper has ended the job.
        m_job->stop();
        return;
    }
    m_queue->release(m_ticket);
    deleteLater();
}
