#pragma once

#include "Checker.h"
#include "ExecuteRequest.h"
#include "StageResult.h"
#include "TestCase.h"
#include "TestOutcome.h"

#include <QObject>
#include <QString>

class Backend;

// Generator, brute force and the solution in turn until outputs differ or the budget (count or
// seconds, whichever ends first; 0 for no limit on one of them) runs out. Rounds of 20 inputs:
// the generator runs once per test with the test number as its only argument (args: ["17"]),
// then brute force and solution each run on all of them (one `stdins` execute where the backend
// takes them; the helper's compile cache spares later rounds the compiles). A solution that
// crashes or times out on an input is a counterexample too; the brute force failing is not.
class StressTester : public QObject {
    Q_OBJECT
public:
    struct Programs {
        ExecuteRequest generator, brute, solution;
    };
    explicit StressTester(Backend *backend, QObject *parent = nullptr);
    ~StressTester() override;

    void start(const Programs &programs, int maxTests, int maxSeconds, const CheckerSpec &checker);
    void stop();
    bool isRunning() const;

signals:
    void progress(int testsDone);
    // The solution's output judged against the brute force's, as Run all would judge the case.
    void counterexample(const TestCase &test, const TestOutcome &outcome);
    void passed(int testsDone);          // budget ran out, no difference
    void failed(const QString &message); // a program failed to compile or crashed, ...

private:
    void nextRound();
    void onGenerated(int index, const StageResult &run);
    void runBoth();
    void compareIfBoth();
    void judgeRound();
    void pass();
    void fail(const QString &message);

    class Private;
    Private *d;
};
