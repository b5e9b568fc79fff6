#pragma once

#include "HttpReply.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

class Backend;
class HttpConnection;
class Job;
class JobQueue;

// One POST /api/v2/execute: waits for a slot in the queue, runs the body on the backend as it
// came, and answers with the result, or with the job's failure (400, 503 or 500). A client that
// goes away has its job killed; the slot is freed once the job has ended. Deletes itself.
class ExecuteExchange : public QObject {
    Q_OBJECT
public:
    using Answer = std::function<void(const HttpReply &reply)>;

    ExecuteExchange(const QJsonObject &body, Backend *backend, JobQueue *queue,
                    HttpConnection *connection, Answer answer);
    void start();

private:
    void run();
    void finish(const HttpReply &reply);
    void clientLeft();

    QJsonObject m_body;
    Backend *m_backend;
    JobQueue *m_queue;
    QPointer<HttpConnection> m_connection;
    Answer m_answer;
    quint64 m_ticket = 0;
    QPointer<Job> m_job;
    bool m_clientLeft = false;
};
