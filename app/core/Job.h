#pragma once

#include "ExecuteResult.h"

#include <QByteArray>
#include <QObject>

// One running program on some backend. It streams output as it comes and ends with exactly one of
// finished() or failed(). The backend that made it owns it until finished/failed; after that the
// caller may deleteLater() it.
class Job : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Why failed() was emitted: a server answers 400, 503 or 500 after it.
    enum class Failure {
        Rejected,    // the request is invalid; the message says what to change (Piston's wording)
        Unavailable, // the backend cannot run it now: unreachable, lost; trying again may work
        Busy,        // every box of the sandbox is in use: trying again shortly will work
        Internal,    // the backend broke while running it
    };
    Failure failure() const { return m_failure; }

    virtual void writeStdin(const QByteArray &data) = 0;
    virtual void closeStdin() = 0;
    // Sends a signal (a name such as "SIGKILL") to every process of the job.
    virtual void sendSignal(const QString &signal) = 0;
    void stop() { sendSignal(QStringLiteral("SIGKILL")); }

signals:
    // The backend took an interactive run and runs it with this runtime (the `runtime` message of
    // /api/v2/connect), before anything else about it.
    void accepted(const QString &language, const QString &version);
    void stageStarted(const QString &stage);                             // "compile" or "run"
    void output(const QString &stream, const QString &text);             // "stdout" or "stderr"
    void stageFinished(const QString &stage, const StageResult &result); // without stdout/stderr
    void finished(const ExecuteResult &result); // the full result, with all output
    void failed(const QString &message);        // rejected or lost; readable by a person

protected:
    void setFailure(Failure failure) { m_failure = failure; }

private:
    Failure m_failure = Failure::Internal;
};
