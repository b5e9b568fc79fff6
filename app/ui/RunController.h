#pragma once

#include "ExecuteRequest.h"
#include "ExecuteResult.h"

#include <QObject>
#include <QPointer>

class Backend;
class Job;

// Runs one program at a time, on the backend given for that run, and relays what the job reports.
// Stdin: the request's text is written first. When there is some, stdin is closed right after it,
// so programs that read to the end finish; when there is none, stdin stays open for writeStdin()
// (the console's input line) until closeStdin().
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    // A program still running when its window goes is stopped.
    ~RunController() override;

    bool isRunning() const { return !m_job.isNull(); }
    bool isStdinOpen() const { return m_stdinOpen; }
    // Bytes per stream the program may write; 0 leaves it to the backend.
    void setOutputLimit(qint64 bytes) { m_outputLimit = bytes; }

    void start(Backend *backend, ExecuteRequest request);
    // Sends text to the running program's stdin, if it is still open.
    void writeStdin(const QString &text);
    // End of input: the program reads EOF once it has read what came before.
    void closeStdin();
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
    void setStdinOpen(bool open);

    QPointer<Job> m_job;
    qint64 m_outputLimit = 0;
    bool m_stdinOpen = false;
};
