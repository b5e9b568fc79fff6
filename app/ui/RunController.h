#pragma once

#include "ExecuteRequest.h"
#include "ExecuteResult.h"

#include <QObject>
#include <QPointer>

class Backend;
class Job;

// Runs one program at a time on a backend and relays what the job reports. Stdin is the request's
// and is closed right after it (the interactive console comes later).
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(Backend *backend, QObject *parent = nullptr);
    // A program still running when its window goes is stopped.
    ~RunController() override;

    bool isRunning() const { return !m_job.isNull(); }
    // Bytes per stream the program may write; 0 leaves it to the backend.
    void setOutputLimit(qint64 bytes) { m_outputLimit = bytes; }

    void start(ExecuteRequest request);
    // Ends the running program at once.
    void stop();

signals:
    void runningChanged(bool running);
    void stageStarted(const QString &stage);
    void output(const QString &stream, const QString &text);
    void finished(const ExecuteResult &result);
    void failed(const QString &message);

private:
    void release();

    Backend *m_backend;
    QPointer<Job> m_job;
    qint64 m_outputLimit = 0;
};
