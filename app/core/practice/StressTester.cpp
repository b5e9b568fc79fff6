#include "StressTester.h"

#include "CustomChecker.h"
#include "Judge.h"
#include "ManyRuns.h"

#include <QPointer>
#include <QTimer>
#include <QVector>

namespace {

// Inputs per round: generated one request each, then brute force and solution each as one
// `stdins` execute (where the backend takes them).
constexpr int roundSize = 20;

} // namespace

class StressTester::Private {
public:
    explicit Private(Backend *backend)
        : generator(backend), brute(backend), solution(backend), checker(backend)
    {
    }

    ManyRuns generator, brute, solution;
    CustomChecker checker;
    Programs programs;
    CheckerSpec spec;
    int maxTests = 0;
    QTimer deadline;
    bool running = false;

    int done = 0;       // tests compared so far
    int first = 0;      // the round's first test number (1-based)
    QStringList inputs; // this round's
    QVector<StageResult> bruteRuns, solutionRuns;
    QVector<int> verdictOf; // the custom checker's verdict per input (-1: none yet)
    QStringList messageOf;  // and its words
};

StressTester::StressTester(Backend *backend, QObject *parent)
    : QObject(parent), d(new Private(backend))
{
    qRegisterMetaType<TestCase>();
    qRegisterMetaType<TestOutcome>();
    d->deadline.setSingleShot(true);
    d->deadline.setTimerType(Qt::PreciseTimer); // a coarse one may end the budget 5% early
    connect(&d->deadline, &QTimer::timeout, this, [this] { pass(); });

    connect(&d->generator, &ManyRuns::runFinished, this, &StressTester::onGenerated);
    connect(&d->generator, &ManyRuns::compileFailed, this, [this](const StageResult &compile) {
        fail(tr("The generator did not compile:\n%1").arg(Judge::compilerOutput(compile)));
    });
    connect(&d->generator, &ManyRuns::finished, this, &StressTester::runBoth);
    connect(&d->generator, &ManyRuns::failed, this, &StressTester::fail);

    connect(&d->brute, &ManyRuns::runFinished, this, [this](int index, const StageResult &run) {
        d->bruteRuns[index] = run;
        if (!Judge::ranCleanly(run)) {
            const TestOutcome outcome = Judge::outcomeOfRun(run);
            fail(tr("The brute force failed on test %1 (%2: %3); its input:\n%4")
                     .arg(d->first + index)
                     .arg(verdictName(outcome.verdict), outcome.message, d->inputs[index]));
        }
    });
    connect(&d->brute, &ManyRuns::compileFailed, this, [this](const StageResult &compile) {
        fail(tr("The brute force did not compile:\n%1").arg(Judge::compilerOutput(compile)));
    });
    connect(&d->brute, &ManyRuns::finished, this, &StressTester::compareIfBoth);
    connect(&d->brute, &ManyRuns::failed, this, &StressTester::fail);

    connect(&d->solution, &ManyRuns::runFinished, this,
            [this](int index, const StageResult &run) { d->solutionRuns[index] = run; });
    connect(&d->solution, &ManyRuns::compileFailed, this, [this](const StageResult &compile) {
        fail(tr("The solution did not compile:\n%1").arg(Judge::compilerOutput(compile)));
    });
    connect(&d->solution, &ManyRuns::finished, this, &StressTester::compareIfBoth);
    connect(&d->solution, &ManyRuns::failed, this, &StressTester::fail);

    connect(&d->checker, &CustomChecker::checked, this,
            [this](int index, Verdict verdict, const QString &message) {
                if (verdict == Verdict::CheckerError) {
                    fail(message);
                    return;
                }
                d->verdictOf[index] = int(verdict);
                d->messageOf[index] = message;
            });
    connect(&d->checker, &CustomChecker::finished, this, &StressTester::judgeRound);
    connect(&d->checker, &CustomChecker::failed, this, &StressTester::fail);
}

StressTester::~StressTester()
{
    delete d;
}

bool StressTester::isRunning() const
{
    return d->running;
}

void StressTester::start(const Programs &programs, int maxTests, int maxSeconds,
                         const CheckerSpec &checker)
{
    stop();
    d->running = true;
    d->programs = programs;
    d->spec = checker;
    d->maxTests = maxTests;
    d->done = 0;
    QString refusal;
    if (maxTests <= 0 && maxSeconds <= 0)
        refusal = tr("Give the stress test a budget: a number of tests, seconds, or both.");
    else if (checker.kind == CheckerSpec::Kind::Custom)
        refusal = CustomChecker::problemWith(checker);
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, refusal] { fail(refusal); });
        return;
    }
    if (maxSeconds > 0)
        d->deadline.start(maxSeconds * 1000);
    nextRound();
}

void StressTester::stop()
{
    d->running = false;
    d->deadline.stop();
    d->generator.stop();
    d->brute.stop();
    d->solution.stop();
    d->checker.stop();
}

void StressTester::nextRound()
{
    if (!d->running)
        return;
    int count = roundSize;
    if (d->maxTests > 0)
        count = qMin(count, d->maxTests - d->done);
    if (count <= 0) {
        pass();
        return;
    }
    d->first = d->done + 1;
    d->inputs = QStringList();
    for (int i = 0; i < count; ++i)
        d->inputs.append(QString());
    // The generator gets the test number as its only argument: a seed that differs per test.
    QList<ExecuteRequest> requests;
    for (int i = 0; i < count; ++i) {
        ExecuteRequest request = d->programs.generator;
        request.args = QStringList{QString::number(d->first + i)};
        requests.append(request);
    }
    d->generator.startEach(requests);
}

void StressTester::onGenerated(int index, const StageResult &run)
{
    if (!Judge::ranCleanly(run)) {
        const TestOutcome outcome = Judge::outcomeOfRun(run);
        fail(tr("The generator failed on test %1 (%2: %3)%4")
                 .arg(d->first + index)
                 .arg(verdictName(outcome.verdict), outcome.message,
                      run.stderr.isEmpty() ? QString() : QStringLiteral(":\n") + run.stderr));
        return;
    }
    d->inputs[index] = run.stdout;
}

void StressTester::runBoth()
{
    if (!d->running)
        return;
    const int count = int(d->inputs.size());
    d->bruteRuns = QVector<StageResult>(count);
    d->solutionRuns = QVector<StageResult>(count);
    d->brute.start(d->programs.brute, d->inputs);
    if (d->running)
        d->solution.start(d->programs.solution, d->inputs);
}

void StressTester::compareIfBoth()
{
    // Each of the two ends with finished(); the second to end compares.
    if (!d->running || d->brute.isRunning() || d->solution.isRunning())
        return;
    d->verdictOf = QVector<int>(d->inputs.size(), -1);
    d->messageOf = QStringList();
    for (int i = 0; i < d->inputs.size(); ++i)
        d->messageOf.append(QString());
    if (d->spec.kind != CheckerSpec::Kind::Custom) {
        judgeRound();
        return;
    }
    // Only clean runs go to the checker; a crash or timeout is a counterexample by itself.
    QList<CustomChecker::Case> cases;
    for (int i = 0; i < d->inputs.size(); ++i)
        cases.append({d->inputs[i], d->solutionRuns[i].stdout, d->bruteRuns[i].stdout});
    d->checker.start(d->spec, cases);
}

void StressTester::judgeRound()
{
    if (!d->running)
        return;
    const bool custom = d->spec.kind == CheckerSpec::Kind::Custom;
    for (int i = 0; i < d->inputs.size(); ++i) {
        const StageResult &run = d->solutionRuns[i];
        const TestCase test{TestCase::newId(), d->inputs[i], d->bruteRuns[i].stdout};
        TestOutcome outcome = Judge::outcomeOfRun(run);
        if (Judge::ranCleanly(run) && custom) {
            outcome.verdict = Verdict(d->verdictOf[i]);
            outcome.message = d->messageOf[i];
        } else if (Judge::ranCleanly(run)) {
            outcome = Judge::judge(run, test, d->spec);
        }
        if (outcome.verdict != Verdict::Accepted) {
            stop();
            emit counterexample(test, outcome);
            return;
        }
        ++d->done;
    }
    emit progress(d->done);
    nextRound();
}

void StressTester::pass()
{
    if (!d->running)
        return;
    stop();
    emit passed(d->done);
}

void StressTester::fail(const QString &message)
{
    if (!d->running)
        return;
    stop();
    emit failed(message);
}
