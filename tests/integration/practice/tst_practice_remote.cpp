// Run all on remote servers: a real runpad-server takes all cases in one `stdins` execute; the
// same server passing for plain Piston (PistonDisguise) gets one request per case, at most four
// at once, with the same verdicts. Needs root (the helper behind the server); Qt 6, where
// runpad-server is built. Box uids 65410:8.

#include "PistonBackend.h"
#include "PistonDisguise.h"
#include "PracticeFixture.h"
#include "ServerProcess.h"
#include "StressTester.h"
#include "TestRunner.h"

#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Practice;

class tst_practice_remote : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral("65410:8")};

    static RemoteServer remote(const QUrl &url)
    {
        RemoteServer server;
        server.id = QStringLiteral("test");
        server.name = QStringLiteral("test server");
        server.url = url;
        return server;
    }

    static Problem tenCases()
    {
        Problem problem = sumProblem();
        for (int i = 4; i <= 10; ++i)
            problem.tests.append({TestCase::newId(), QStringLiteral("1\n%1\n").arg(i),
                                  QStringLiteral("%1\n").arg(i)});
        return problem;
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the helper behind runpad-server needs root");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void runPadServerTakesStdins()
    {
        PistonBackend backend(remote(m_server.url()));
        TestRunner runner(&backend);
        RunRecord record(&runner);
        const Problem problem = sumProblem();
        const int before = int(m_server.serverLog().count("POST /api/v2/execute"));
        runner.start(cpp(sumSolution(QStringLiteral("if (n == 2) s += 1;"))), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.failure, QString());
        QVERIFY(backend.isRunPadServer());
        QCOMPARE(record.passed, 2);
        QCOMPARE(record.outcomes.value(problem.tests[1].id).message,
                 QStringLiteral("line 1: expected `12`, found `13`"));
        QCOMPARE(int(m_server.serverLog().count("POST /api/v2/execute")) - before, 1);
    }

    void plainPistonGetsOneRequestPerCase()
    {
        PistonDisguise disguise(m_server.url());
        QVERIFY(disguise.listen());
        PistonBackend backend(remote(disguise.url()));
        TestRunner runner(&backend);
        RunRecord record(&runner);
        const Problem problem = tenCases();
        runner.start(cpp(sumSolution(QStringLiteral("if (n == 2) s += 1;"))), problem);
        QVERIFY(record.wait());
        QCOMPARE(record.failure, QString());
        QVERIFY(!backend.isRunPadServer());
        QCOMPARE(record.passed, 9);
        QCOMPARE(record.total, 10);
        QCOMPARE(record.outcomes.value(problem.tests[1].id).verdict, Verdict::WrongAnswer);
        QCOMPARE(record.outcomes.value(problem.tests[9].id).output, QStringLiteral("10\n"));
        QCOMPARE(disguise.executeRequests(), 10);
        QVERIFY2(disguise.mostInFlight() > 1 && disguise.mostInFlight() <= 4,
                 qPrintable(QString::number(disguise.mostInFlight())));
    }

    void plainPistonCompileError()
    {
        PistonDisguise disguise(m_server.url());
        QVERIFY(disguise.listen());
        PistonBackend backend(remote(disguise.url()));
        TestRunner runner(&backend);
        RunRecord record(&runner);
        runner.start(cpp(QStringLiteral("int main() { nope }")), tenCases());
        QVERIFY(record.wait());
        QCOMPARE(record.compileErrors.size(), 1);
        QCOMPARE(record.outcomes.size(), 10);
        for (const TestOutcome &outcome : std::as_const(record.outcomes))
            QCOMPARE(outcome.verdict, Verdict::CompileError);
        // The first answer settles it: the requests not yet sent are not sent.
        QVERIFY2(disguise.executeRequests() <= 4,
                 qPrintable(QString::number(disguise.executeRequests())));
    }

    void unreachableServer()
    {
        PistonBackend backend(remote(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        TestRunner runner(&backend);
        RunRecord record(&runner);
        runner.start(cpp(sumSolution()), sumProblem());
        QVERIFY(record.wait(30000));
        QVERIFY2(!record.failure.isEmpty(), "no failure");
        QVERIFY2(record.failure.contains(QLatin1String("test server")), qPrintable(record.failure));
        QCOMPARE(record.outcomes.size(), 0);
    }

    void stressTestingOnRunPadServer()
    {
        PistonBackend backend(remote(m_server.url()));
        StressTester tester(&backend);
        QSignalSpy found(&tester, &StressTester::counterexample);
        QSignalSpy failed(&tester, &StressTester::failed);
        StressTester::Programs programs;
        programs.generator = python(QStringLiteral(
            "import sys\nn = int(sys.argv[1]) % 9 + 1\nprint(n)\nprint(*range(n))\n"));
        programs.brute = python(QStringLiteral("input()\nprint(sum(map(int, input().split())))\n"));
        programs.solution = cpp(sumSolution(QStringLiteral("if (n == 5) s *= 2;")));
        tester.start(programs, 100, 120, CheckerSpec());
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() || !failed.isEmpty(), 120000);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed[0][0].toString()));
        QCOMPARE(found[0][0].value<TestCase>().input, QStringLiteral("5\n0 1 2 3 4\n"));
        QCOMPARE(found[0][1].value<TestOutcome>().output, QStringLiteral("20\n"));
    }
};

QTEST_GUILESS_MAIN(tst_practice_remote)
#include "tst_practice_remote.moc"
