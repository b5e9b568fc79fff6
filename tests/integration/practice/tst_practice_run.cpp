// Run all and stress testing on the real helper: a C++ problem with three cases, every verdict
// the helper can give, custom checkers in C++ and Python, and a planted bug found by the stress
// tester. Needs root (the privileged helper), as in CI.

#include "CustomChecker.h"
#include "LocalSandboxBackend.h"
#include "ManyRuns.h"
#include "PracticeFixture.h"
#include "SandboxHelper.h"
#include "StressTester.h"
#include "TestRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Practice;

namespace {

const QString BoxUids = QStringLiteral("65400:8"); // the test's own box uid range

// Reads the whole input and prints its words in reverse: a permutation of them.
const char *const reverseWords = R"(#include <iostream>
#include <string>
#include <vector>
int main()
{
    std::vector<std::string> words;
    std::string word;
    while (std::cin >> word) words.push_back(word);
    for (size_t i = words.size(); i-- > 0;) std::cout << words[i] << (i ? " " : "\n");
}
)";

// testlib-style: checker input output answer; accepts any permutation of the answer's words.
const char *const permutationChecker = R"(#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>
static std::vector<std::string> words(const char *path)
{
    std::ifstream in(path);
    std::vector<std::string> all;
    std::string w;
    while (in >> w) all.push_back(w);
    std::sort(all.begin(), all.end());
    return all;
}
int main(int argc, char **argv)
{
    if (argc != 4) { std::cerr << "usage: checker input output answer\n"; return 3; }
    std::ifstream input(argv[1]);
    if (!input) { std::cerr << "no input file\n"; return 3; }
    const auto output = words(argv[2]), answer = words(argv[3]);
    if (output != answer) {
        std::cerr << "wrong answer: not a permutation of the " << answer.size() << " words\n";
        return 1;
    }
    std::cerr << "ok " << answer.size() << " words\n";
    return 0;
}
)";

const char *const pythonPermutationChecker = R"(import sys
inp, out, ans = (open(name).read() for name in sys.argv[1:4])
if sorted(out.split()) != sorted(ans.split()):
    print("wrong answer: not a permutation", file=sys.stderr)
    sys.exit(1)
print("ok, input had %d bytes" % len(inp), file=sys.stderr)
)";

Problem permutationProblem(const QString &checkerSource, const QString &language)
{
    Problem problem;
    problem.timeLimitMs = 2000;
    problem.tests = {{TestCase::newId(), QStringLiteral("a b c\n"), QStringLiteral("a b c\n")},
                     {TestCase::newId(), QStringLiteral("x y\n"), QStringLiteral("x y\n")},
                     {TestCase::newId(), QStringLiteral("1 2 2 3\n"), QStringLiteral("3 2 1 2\n")}};
    problem.checker.kind = CheckerSpec::Kind::Custom;
    problem.checker.customSource = checkerSource;
    problem.checker.customLanguage = language;
    return problem;
}

} // namespace

class tst_practice_run : public QObject {
    Q_OBJECT

private:
    SandboxHelper m_helper;
    LocalSandboxBackend *m_backend = nullptr;

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the privileged helper needs root");
        QString error;
        QVERIFY2(m_helper.start(&error, BoxUids), qPrintable(error));
        m_backend = new LocalSandboxBackend(this);
        m_backend->setSystemSocketPaths({});
        m_backend->setSocketPath(m_helper.socketPath());
    }

    void cleanupTestCase()
    {
        delete m_backend;
        m_backend = nullptr;
    }

    void rightSolution()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        const Problem problem = sumProblem();
        runner.start(cpp(sumSolution()), problem);
        QVERIFY(runner.isRunning());
        QVERIFY(record.wait());
        QCOMPARE(record.failure, QString());
        QCOMPARE(record.passed, 3);
        QCOMPARE(record.total, 3);
        QVERIFY(!runner.isRunning());
        QCOMPARE(record.started.size(), 3);
        for (const TestCase &test : problem.tests) {
            const TestOutcome outcome = record.outcomes.value(test.id);
            QCOMPARE(verdictCode(outcome.verdict), QStringLiteral("AC"));
            QCOMPARE(outcome.output, test.expected);
            QVERIFY(outcome.timeMs >= 0 && outcome.timeMs < 1000);
            QVERIFY(outcome.wallMs >= 0);
            QVERIFY(outcome.memoryBytes > 0);
        }
    }

    void wrongAnswerOnCase2()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        const Problem problem = sumProblem();
        runner.start(cpp(sumSolution(QStringLiteral("if (n == 2) s += 1;"))), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.passed, 2);
        QCOMPARE(record.total, 3);
        const TestOutcome second = record.outcomes.value(problem.tests[1].id);
        QCOMPARE(second.verdict, Verdict::WrongAnswer);
        QCOMPARE(second.output, QStringLiteral("13\n"));
        QCOMPARE(second.message, QStringLiteral("line 1: expected `12`, found `13`"));
        const FirstDifference difference =
            firstDifference(problem.tests[1].expected, second.output);
        QCOMPARE(difference.line, 0);
        QCOMPARE(difference.column, 1);
        QCOMPARE(record.outcomes.value(problem.tests[0].id).verdict, Verdict::Accepted);
        QCOMPARE(record.outcomes.value(problem.tests[2].id).verdict, Verdict::Accepted);
    }

    void slowSolutionGetsTle()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        const Problem problem = sumProblem(); // 1000 ms
        QElapsedTimer clock;
        clock.start();
        runner.start(
            cpp(sumSolution(QStringLiteral("if (n == 1) for (volatile long long i = 0;; ++i) {}"))),
            problem);
        QVERIFY(record.wait());
        QCOMPARE(record.passed, 2);
        const TestOutcome third = record.outcomes.value(problem.tests[2].id);
        QCOMPARE(verdictCode(third.verdict), QStringLiteral("TLE"));
        QVERIFY2(third.message.startsWith(QLatin1String("Time limit exceeded")),
                 qPrintable(third.message));
        // Over the limit in wall or CPU time, whichever the helper saw first.
        QVERIFY2(third.wallMs >= 1000 || third.timeMs >= 1000,
                 qPrintable(
                     QStringLiteral("%1 ms CPU, %2 ms wall").arg(third.timeMs).arg(third.wallMs)));
        QVERIFY(clock.elapsed() < 60000);
    }

    void compileErrorOnEveryCase()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        const Problem problem = sumProblem();
        runner.start(cpp(QStringLiteral("int main() { return missing; }\n")), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.compileErrors.size(), 1);
        QVERIFY2(record.compileErrors[0].contains(QLatin1String("missing")) &&
                     record.compileErrors[0].contains(QLatin1String("was not declared")),
                 qPrintable(record.compileErrors[0]));
        QCOMPARE(record.passed, 0);
        QCOMPARE(record.total, 3);
        QCOMPARE(record.outcomes.size(), 3);
        for (const TestOutcome &outcome : std::as_const(record.outcomes)) {
            QCOMPARE(verdictCode(outcome.verdict), QStringLiteral("CE"));
            QCOMPARE(outcome.errorOutput, record.compileErrors[0]);
        }
    }

    void everyVerdictInOneRun()
    {
        // One program, told by its input what to do.
        const QString source = QStringLiteral(R"(#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
int main()
{
    char what[16] = {0};
    if (scanf("%15s", what) != 1) return 9;
    if (!strcmp(what, "ac")) puts("ok");
    if (!strcmp(what, "wa")) puts("not ok");
    if (!strcmp(what, "tle")) for (volatile long i = 0;; ++i) {}
    if (!strcmp(what, "mle")) { std::vector<char> v(512u << 20, 1); printf("%d\n", v[12345]); }
    if (!strcmp(what, "re")) return 3;
    if (!strcmp(what, "segv")) { volatile int *p = nullptr; *p = 1; }
    if (!strcmp(what, "ole")) for (;;) fputs("spam spam spam spam spam spam spam spam\n", stdout);
    if (!strcmp(what, "none")) puts("anything");
}
)");
        Problem problem;
        problem.timeLimitMs = 1000;
        problem.memoryLimitBytes = 64ll << 20;
        const QStringList kinds{QStringLiteral("ac"),  QStringLiteral("wa"),
                                QStringLiteral("tle"), QStringLiteral("mle"),
                                QStringLiteral("re"),  QStringLiteral("segv"),
                                QStringLiteral("ole"), QStringLiteral("none")};
        for (const QString &kind : kinds)
            problem.tests.append(
                {TestCase::newId(), kind + QLatin1Char('\n'),
                 kind == QLatin1String("none") ? QString() : QStringLiteral("ok\n")});
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        runner.start(cpp(source), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.failure, QString());
        const QStringList expected{QStringLiteral("AC"),  QStringLiteral("WA"),
                                   QStringLiteral("TLE"), QStringLiteral("MLE"),
                                   QStringLiteral("RE"),  QStringLiteral("RE"),
                                   QStringLiteral("OLE"), QStringLiteral("AC")};
        QStringList got;
        for (const TestCase &test : problem.tests)
            got.append(verdictCode(record.outcomes.value(test.id).verdict));
        QCOMPARE(got, expected);
        QCOMPARE(record.passed, 2);
        QCOMPARE(record.total, 8);
        QCOMPARE(record.outcomes.value(problem.tests[3].id).message,
                 QStringLiteral("Memory limit exceeded (64 MiB)"));
        QCOMPARE(record.outcomes.value(problem.tests[4].id).message,
                 QStringLiteral("Exited with code 3"));
        QCOMPARE(record.outcomes.value(problem.tests[5].id).message,
                 QStringLiteral("Killed by SIGSEGV"));
        QCOMPARE(record.outcomes.value(problem.tests[6].id).message,
                 QStringLiteral("stdout length exceeded"));
    }

    void customCheckerInCpp()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        const Problem problem =
            permutationProblem(QString::fromUtf8(permutationChecker), QStringLiteral("c++"));
        runner.start(cpp(QString::fromUtf8(reverseWords)), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.failure, QString());
        QCOMPARE(record.passed, 3); // "c b a" is no exact match, but a permutation
        QCOMPARE(record.outcomes.value(problem.tests[0].id).output, QStringLiteral("c b a\n"));
        QCOMPARE(record.outcomes.value(problem.tests[0].id).message, QStringLiteral("ok 3 words"));

        // A program that drops a word: WA in the checker's words.
        TestRunner wrong(m_backend);
        RunRecord wrongRecord(&wrong);
        wrong.start(
            python(QStringLiteral("w = input().split()\nprint(*w[:-1] if len(w) > 2 else w)\n")),
            problem);
        QVERIFY(wrongRecord.wait());
        QCOMPARE(wrongRecord.passed, 1);
        const TestOutcome first = wrongRecord.outcomes.value(problem.tests[0].id);
        QCOMPARE(first.verdict, Verdict::WrongAnswer);
        QCOMPARE(first.message, QStringLiteral("wrong answer: not a permutation of the 3 words"));
    }

    void customCheckerInPython()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        const Problem problem = permutationProblem(QString::fromUtf8(pythonPermutationChecker),
                                                   QStringLiteral("python"));
        runner.start(cpp(QString::fromUtf8(reverseWords)), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.failure, QString());
        QCOMPARE(record.passed, 3);
        QCOMPARE(record.outcomes.value(problem.tests[1].id).message,
                 QStringLiteral("ok, input had 4 bytes"));
    }

    void brokenCheckers()
    {
        // A checker that fails (exit 3) gives CHK with its words; one that does not compile, CHK
        // on every checked case with the compiler's words.
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        Problem problem =
            permutationProblem(QStringLiteral("#include <cstdio>\nint main() { fputs(\"cannot read "
                                              "the answer\", stderr); return 3; }\n"),
                               QStringLiteral("c++"));
        runner.start(cpp(QString::fromUtf8(reverseWords)), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.passed, 0);
        const TestOutcome outcome = record.outcomes.value(problem.tests[0].id);
        QCOMPARE(verdictCode(outcome.verdict), QStringLiteral("CHK"));
        QCOMPARE(outcome.message,
                 QStringLiteral("The checker failed (exit code 3): cannot read the answer"));

        problem.checker.customSource = QStringLiteral("int main() { syntax error }");
        TestRunner second(m_backend);
        RunRecord secondRecord(&second);
        second.start(cpp(QString::fromUtf8(reverseWords)), problem);
        QVERIFY(secondRecord.wait());
        QCOMPARE(secondRecord.outcomes.size(), 3);
        for (const TestOutcome &o : std::as_const(secondRecord.outcomes)) {
            QCOMPARE(o.verdict, Verdict::CheckerError);
            QVERIFY2(o.message.startsWith(QLatin1String("The checker did not compile:\n")) &&
                         o.message.contains(QLatin1String("error")),
                     qPrintable(o.message));
        }
    }

    void stopAndRestart()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        Problem problem = sumProblem();
        problem.timeLimitMs = 5000;
        runner.start(cpp(sumSolution(QStringLiteral("for (volatile long long i = 0;; ++i) {}"))),
                     problem);
        QTest::qWait(300);
        runner.stop();
        QVERIFY(!runner.isRunning());
        QTest::qWait(500);
        QVERIFY(!record.over);
        QCOMPARE(record.outcomes.size(), 0);
        runner.start(cpp(sumSolution()), sumProblem());
        QVERIFY(record.wait());
        QCOMPARE(record.passed, 3);
    }

    void busyHelperIsWaitedFor()
    {
        // A helper with one box turns three of four requests away as busy: they go again.
        SandboxHelper single;
        QString error;
        QVERIFY2(single.start(&error, QStringLiteral("65408:1")), qPrintable(error));
        LocalSandboxBackend backend;
        backend.setSystemSocketPaths({});
        backend.setSocketPath(single.socketPath());
        ManyRuns runs(&backend);
        QSignalSpy finished(&runs, &ManyRuns::finished);
        QSignalSpy failed(&runs, &ManyRuns::failed);
        QStringList outputs{QString(), QString(), QString(), QString()};
        connect(&runs, &ManyRuns::runFinished, this,
                [&outputs](int index, const StageResult &run) { outputs[index] = run.stdout; });
        QList<ExecuteRequest> requests;
        for (int i = 0; i < 4; ++i) {
            ExecuteRequest request = python(QStringLiteral("import sys\nprint(sys.argv[1])\n"));
            request.args = QStringList{QString::number(i * 11)};
            requests.append(request);
        }
        runs.startEach(requests);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(outputs, (QStringList{QStringLiteral("0\n"), QStringLiteral("11\n"),
                                       QStringLiteral("22\n"), QStringLiteral("33\n")}));
    }

    void interactiveProblemIsRefused()
    {
        TestRunner runner(m_backend);
        RunRecord record(&runner);
        Problem problem = sumProblem();
        problem.interactive = true;
        runner.start(cpp(sumSolution()), problem);
        QVERIFY(record.wait(5000));
        QVERIFY(record.failure.startsWith(QLatin1String("This is an interactive problem")));
        QCOMPARE(record.outcomes.size(), 0);
    }

    void stressTesterFindsPlantedBug()
    {
        StressTester tester(m_backend);
        QSignalSpy progress(&tester, &StressTester::progress);
        QSignalSpy found(&tester, &StressTester::counterexample);
        QSignalSpy passed(&tester, &StressTester::passed);
        QSignalSpy failed(&tester, &StressTester::failed);
        StressTester::Programs programs;
        // n from 1 to 60 from the seed; brute force adds in Python; the solution is wrong at 37,
        // which the seeds reach after a few rounds.
        programs.generator = cpp(QStringLiteral(R"(#include <cstdio>
#include <cstdlib>
#include <random>
int main(int argc, char **argv)
{
    std::mt19937 random(atoi(argv[1]));
    int n = random() % 60 + 1;
    printf("%d\n", n);
    for (int i = 0; i < n; ++i) printf("%d ", int(random() % 1000));
    printf("\n");
}
)"));
        programs.brute =
            python(QStringLiteral("n = int(input())\nprint(sum(map(int, input().split())))\n"));
        programs.solution = cpp(sumSolution(QStringLiteral("if (n == 37) s -= 1;")));
        QElapsedTimer clock;
        clock.start();
        tester.start(programs, 500, 120, CheckerSpec());
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() || !passed.isEmpty() || !failed.isEmpty(),
                                 180000);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed[0][0].toString()));
        QCOMPARE(passed.size(), 0);
        QCOMPARE(found.size(), 1);
        const TestCase test = found[0][0].value<TestCase>();
        const TestOutcome outcome = found[0][1].value<TestOutcome>();
        const QString solutionOutput = outcome.output;
        QCOMPARE(outcome.verdict, Verdict::WrongAnswer); // judged as Run all would
        QVERIFY2(outcome.message.contains(QLatin1String("expected")), qPrintable(outcome.message));
        QVERIFY2(test.input.startsWith(QLatin1String("37\n")), qPrintable(test.input));
        long long sum = 0;
        for (const QString &word :
             test.input.section(QLatin1Char('\n'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            sum += word.toLongLong();
        QCOMPARE(test.expected, QStringLiteral("%1\n").arg(sum));
        QCOMPARE(solutionOutput, QStringLiteral("%1\n").arg(sum - 1));
        QVERIFY(!test.id.isEmpty());
        QVERIFY(!tester.isRunning());
        qInfo("counterexample after %lld ms, %d round(s) of 20 passed before it", clock.elapsed(),
              int(progress.size()));
        QVERIFY(!progress.isEmpty()); // it took more than one round: the rounds go on
    }

    void stressTesterPassesWithinItsBudget()
    {
        StressTester tester(m_backend);
        QSignalSpy progress(&tester, &StressTester::progress);
        QSignalSpy found(&tester, &StressTester::counterexample);
        QSignalSpy passed(&tester, &StressTester::passed);
        QSignalSpy failed(&tester, &StressTester::failed);
        StressTester::Programs programs;
        programs.generator = python(QStringLiteral(
            "import sys, random\nrandom.seed(int(sys.argv[1]))\nn = random.randint(1, "
            "5)\nprint(n)\nprint(*[random.randint(-9, 9) for _ in range(n)])\n"));
        programs.brute = python(QStringLiteral("input()\nprint(sum(map(int, input().split())))\n"));
        programs.solution = cpp(sumSolution());
        tester.start(programs, 30, 0, CheckerSpec());
        QTRY_VERIFY_WITH_TIMEOUT(!passed.isEmpty() || !found.isEmpty() || !failed.isEmpty(),
                                 180000);
        QCOMPARE(found.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(passed.size(), 1);
        QCOMPARE(passed[0][0].toInt(), 30);
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress[0][0].toInt(), 20);
        QCOMPARE(progress[1][0].toInt(), 30);
    }

    void stressTesterTimeBudget()
    {
        StressTester tester(m_backend);
        QSignalSpy passed(&tester, &StressTester::passed);
        QSignalSpy found(&tester, &StressTester::counterexample);
        StressTester::Programs programs;
        programs.generator = python(QStringLiteral("print(1)\nprint(5)\n"));
        programs.brute = python(QStringLiteral("input()\nprint(input())\n"));
        programs.solution = programs.brute;
        QElapsedTimer clock;
        clock.start();
        tester.start(programs, 0, 3, CheckerSpec());
        QTRY_VERIFY_WITH_TIMEOUT(!passed.isEmpty() || !found.isEmpty(), 30000);
        QCOMPARE(found.size(), 0);
        QVERIFY2(clock.elapsed() >= 3000 && clock.elapsed() < 6000,
                 qPrintable(QString::number(clock.elapsed())));
        qInfo("%d tests in the 3 s budget", passed[0][0].toInt());
    }

    void stressTesterNamesTheFailingProgram()
    {
        StressTester tester(m_backend);
        QSignalSpy failed(&tester, &StressTester::failed);
        StressTester::Programs programs;
        programs.generator = python(QStringLiteral("import sys\nprint(1)\nprint(sys.argv[1])\n"));
        programs.brute = cpp(QStringLiteral("int main() { oops }"));
        programs.solution = cpp(sumSolution());
        tester.start(programs, 10, 0, CheckerSpec());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        QVERIFY2(
            failed[0][0].toString().startsWith(QLatin1String("The brute force did not compile:\n")),
            qPrintable(failed[0][0].toString()));

        programs.brute = programs.generator;
        programs.generator =
            python(QStringLiteral("import sys\nsys.exit(4 if sys.argv[1] == '3' else 0)\n"));
        failed.clear();
        tester.start(programs, 10, 0, CheckerSpec());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        QCOMPARE(
            failed[0][0].toString(),
            QStringLiteral("The generator failed on test 3 (Runtime error: Exited with code 4)"));
    }
};

QTEST_GUILESS_MAIN(tst_practice_run)
#include "tst_practice_run.moc"
