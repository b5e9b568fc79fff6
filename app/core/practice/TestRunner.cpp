#include "TestRunner.h"

#include "Backend.h"
#include "CustomChecker.h"
#include "Judge.h"
#include "ManyRuns.h"

#include <QPointer>
#include <QTimer>

namespace {

// What a program may print: room for twice the largest answer, within the helper's 64 MiB, so a
// 10 MB answer fits and an endless loop printing ends soon as OLE.
qint64 outputLimitFor(const Problem &problem)
{
    qint64 largest = 0;
    for (const TestCase &test : problem.tests)
        largest = qMax<qint64>(largest, test.expected.toUtf8().size());
    return qBound<qint64>(4ll << 20, 2 * largest + (1 << 20), 64ll << 20);
}

} // namespace

class TestRunner::Private {
public:
    explicit Private(Backend *backend) : runs(backend), checker(backend) {}

    ManyRuns runs;
    CustomChecker checker;
    Problem problem;
    QList<int> toCheck;          // cases waiting for the custom checker, by index
    QList<TestOutcome> outcomes; // of the cases waiting for it
    QString internalError;       // the first case the sandbox could not judge
    int passed = 0;
    bool running = false;
};

TestRunner::TestRunner(Backend *backend, QObject *parent) : QObject(parent), d(new Private(backend))
{
    qRegisterMetaType<TestOutcome>();
    qRegisterMetaType<TestCase>();
    qRegisterMetaType<Problem>();
    connect(&d->runs, &ManyRuns::runStarted, this,
            [this](int index) { emit caseStarted(d->problem.tests[index].id); });
    connect(&d->runs, &ManyRuns::runFinished, this, &TestRunner::onRunFinished);
    connect(&d->runs, &ManyRuns::compileFailed, this, &TestRunner::onCompileFailed);
    connect(&d->runs, &ManyRuns::finished, this, &TestRunner::onRunsFinished);
    connect(&d->runs, &ManyRuns::failed, this, &TestRunner::fail);
    connect(&d->checker, &CustomChecker::checked, this, &TestRunner::onChecked);
    connect(&d->checker, &CustomChecker::finished, this, &TestRunner::finish);
    connect(&d->checker, &CustomChecker::failed, this, &TestRunner::fail);
}

TestRunner::~TestRunner()
{
    delete d;
}

bool TestRunner::isRunning() const
{
    return d->running;
}

void TestRunner::start(const ExecuteRequest &program, const Problem &problem)
{
    stop();
    d->problem = problem;
    d->toCheck.clear();
    d->outcomes.clear();
    d->internalError.clear();
    d->passed = 0;
    d->running = true;

    QString refusal;
    if (problem.interactive)
        refusal = tr("This is an interactive problem: its cases need an interactor, which Run all "
                     "does not have. Run the program in the console instead.");
    else if (problem.checker.kind == CheckerSpec::Kind::Custom)
        refusal = CustomChecker::problemWith(problem.checker);
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, refusal] { fail(refusal); });
        return;
    }

    ExecuteRequest request = problem.limited(program);
    request.stdin.clear();
    request.outputLimit = outputLimitFor(problem);
    QStringList inputs;
    for (const TestCase &test : problem.tests)
        inputs.append(test.input);
    d->runs.start(request, inputs);
}

void TestRunner::stop()
{
    d->running = false;
    d->runs.stop();
    d->checker.stop();
}

void TestRunner::onRunFinished(int index, const StageResult &run)
{
    const TestCase &test = d->problem.tests[index];
    const CheckerSpec &checker = d->problem.checker;
    if (Judge::isInternalError(run) && d->internalError.isEmpty())
        d->internalError = tr("Case %1 could not be judged: %2").arg(index + 1).arg(run.message);
    const bool custom = checker.kind == CheckerSpec::Kind::Custom;
    if (custom && Judge::ranCleanly(run) && !test.expected.isEmpty()) {
        d->toCheck.append(index);
        d->outcomes.append(Judge::outcomeOfRun(run));
        return;
    }
    report(index, Judge::judge(run, test, custom ? CheckerSpec() : checker));
}

void TestRunner::report(int index, const TestOutcome &outcome)
{
    if (outcome.verdict == Verdict::Accepted)
        ++d->passed;
    emit caseFinished(d->problem.tests[index].id, outcome);
}

void TestRunner::onCompileFailed(const StageResult &compile)
{
    const TestOutcome outcome = Judge::compileError(compile);
    const QPointer<TestRunner> self(this);
    emit compileFailed(outcome.errorOutput);
    for (int i = 0; self && d->running && i < d->problem.tests.size(); ++i)
        report(i, outcome);
    if (self && d->running)
        finish();
}

void TestRunner::onRunsFinished()
{
    if (d->toCheck.isEmpty()) {
        finish();
        return;
    }
    QList<CustomChecker::Case> cases;
    for (int i = 0; i < d->toCheck.size(); ++i) {
        const TestCase &test = d->problem.tests[d->toCheck[i]];
        cases.append({test.input, d->outcomes[i].output, test.expected});
    }
    d->checker.start(d->problem.checker, cases);
}

void TestRunner::onChecked(int index, Verdict verdict, const QString &message)
{
    TestOutcome outcome = d->outcomes[index];
    outcome.verdict = verdict;
    outcome.message = message;
    report(d->toCheck[index], outcome);
}

void TestRunner::finish()
{
    if (!d->running)
        return;
    d->running = false;
    if (!d->internalError.isEmpty())
        emit failed(d->internalError);
    else
        emit finished(d->passed, int(d->problem.tests.size()));
}

void TestRunner::fail(const QString &message)
{
    if (!d->running)
        return;
    stop();
    emit failed(message);
}
