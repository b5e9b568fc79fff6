#pragma once

#include "ExecuteRequest.h"
#include "Problem.h"
#include "StageResult.h"
#include "TestOutcome.h"

#include <QObject>
#include <QString>

class Backend;

// "Run all": compiles once and runs every case in its own box (an execute with RunPad's
// `stdins`, when the backend takes it: the local sandbox and runpad-server, where the cases run
// one box after another so their times are not shared; else one request per case, at most four
// at once), with the problem's time limit as run_timeout and run_cpu_time and its memory limit
// as run_memory_limit, then checks each output (a custom checker once all cases have run). An
// interactive problem is refused (it needs an interactor). stop() ends it and emits nothing more.
class TestRunner : public QObject {
    Q_OBJECT
public:
    explicit TestRunner(Backend *backend, QObject *parent = nullptr);
    ~TestRunner() override;

    // language/version/files as in ExecuteRequest; the cases and limits and checker from problem.
    void start(const ExecuteRequest &program, const Problem &problem);
    void stop();
    bool isRunning() const;

signals:
    void caseStarted(const QString &caseId);
    void caseFinished(const QString &caseId, const TestOutcome &outcome);
    void compileFailed(const QString &compilerOutput); // every case then gets CE
    void finished(int passed, int total);
    // The backend could not run them (unreachable, refused, ...), or the sandbox failed on a case
    // (XX): that case comes as caseFinished() with no verdict (Pending) and the sandbox's words,
    // and failed() comes instead of finished().
    void failed(const QString &message);

private:
    void onRunFinished(int index, const StageResult &run);
    void onCompileFailed(const StageResult &compile);
    void onRunsFinished();
    void onChecked(int index, Verdict verdict, const QString &message);
    void report(int index, const TestOutcome &outcome);
    void finish();
    void fail(const QString &message);

    class Private;
    Private *d;
};
