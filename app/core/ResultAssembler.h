#pragma once

#include "ExecuteResult.h"
#include "Job.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

// Builds Piston's execute result from the messages of an interactive run (runtime, stage, data,
// exit), as the helper and /api/v2/connect send them, and streams them as a Job's signals. A whole
// result (an execute answer) is replayed as the same signals, so a console shows both alike.
class ResultAssembler : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Takes a runtime, stage, data or exit message; false for any other type.
    bool take(const QJsonObject &message);
    // Emits the stages of a whole result and their output in order (each of `runs` as a run
    // stage); the result becomes result() as it is.
    void replay(const ExecuteResult &result);
    ExecuteResult result() const { return m_result; }
    // The stage running now ("compile", "run"), empty before the first and after its exit.
    QString currentStage() const { return m_stage; }
    // Re-emits this assembler's signals as the job's (runtime as accepted()): every job that
    // assembles its result streams it the same way.
    void forwardTo(Job *job) const;

    // What kind of failure an error message of the helper (relayed by runpad-server) is: its own
    // failures and a busy sandbox have fixed openings; everything else refuses the request.
    static Job::Failure failureOf(const QString &message);

signals:
    void runtimeKnown(const QString &language, const QString &version);
    void stageStarted(const QString &stage);
    void output(const QString &stream, const QString &text);
    void stageFinished(const QString &stage, const StageResult &result); // without the output

private:
    void replayStage(const QString &stage, const StageResult &result);

    ExecuteResult m_result;
    QString m_stage;
    StageResult m_stageOutput; // stdout, stderr and output of the current stage so far
};
