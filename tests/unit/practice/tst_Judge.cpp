// Verdicts from a run's StageResult: every status the helper reports, then the checker.

#include "Judge.h"

#include <QTest>

namespace {

StageResult stage(const QString &status, std::optional<int> code, const QString &signal = {},
                  const QString &message = {})
{
    StageResult run;
    run.status = status;
    run.code = code;
    run.signal = signal;
    run.message = message;
    run.stdout = QStringLiteral("42\n");
    run.stderr = QStringLiteral("debug\n");
    run.cpuTimeMs = 120;
    run.wallTimeMs = 130;
    run.memoryBytes = 5 << 20;
    return run;
}

TestCase test(const QString &expected)
{
    return {TestCase::newId(), QStringLiteral("6 7\n"), expected};
}

} // namespace

class tst_Judge : public QObject {
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<StageResult>("run");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("code");    // verdictCode
        QTest::addColumn<QString>("message"); // the outcome's message

        QTest::newRow("AC") << stage({}, 0) << "42"
                            << "AC"
                            << "1 line matches";
        QTest::newRow("WA") << stage({}, 0) << "43\n"
                            << "WA"
                            << "line 1: expected `43`, found `42`";
        QTest::newRow("TLE wall") << stage(QStringLiteral("TO"), std::nullopt,
                                           QStringLiteral("SIGKILL"),
                                           QStringLiteral(
                                               "Time limit exceeded (wall time over 1000 ms)"))
                                  << "42"
                                  << "TLE"
                                  << "Time limit exceeded (wall time over 1000 ms)";
        QTest::newRow("TLE cpu") << stage(QStringLiteral("TO"), std::nullopt,
                                          QStringLiteral("SIGKILL"),
                                          QStringLiteral(
                                              "Time limit exceeded (CPU time over 1000 ms)"))
                                 << ""
                                 << "TLE"
                                 << "Time limit exceeded (CPU time over 1000 ms)";
        QTest::newRow("MLE") << stage(QStringLiteral("SG"), std::nullopt, QStringLiteral("SIGKILL"),
                                      QStringLiteral("Memory limit exceeded (64 MiB)"))
                             << "42"
                             << "MLE"
                             << "Memory limit exceeded (64 MiB)";
        QTest::newRow("SIGKILL without the memory message is RE")
            << stage(QStringLiteral("SG"), std::nullopt, QStringLiteral("SIGKILL")) << "42"
            << "RE"
            << "Killed by SIGKILL";
        QTest::newRow("RE segfault")
            << stage(QStringLiteral("SG"), std::nullopt, QStringLiteral("SIGSEGV")) << "42"
            << "RE"
            << "Killed by SIGSEGV";
        QTest::newRow("RE exit code")
            << stage(QStringLiteral("RE"), 3, {}, QStringLiteral("Exited with error status 3"))
            << "42"
            << "RE"
            << "Exited with code 3";
        QTest::newRow("non-zero exit without a status") << stage({}, 1) << "42"
                                                        << "RE"
                                                        << "Exited with code 1";
        QTest::newRow("OLE stdout")
            << stage(QStringLiteral("OL"), std::nullopt, QStringLiteral("SIGKILL"),
                     QStringLiteral("stdout length exceeded"))
            << "42"
            << "OLE"
            << "stdout length exceeded";
        QTest::newRow("OLE stderr")
            << stage(QStringLiteral("EL"), std::nullopt, QStringLiteral("SIGKILL")) << "42"
            << "OLE"
            << "stderr length exceeded";
        QTest::newRow("XX gives no verdict")
            << stage(QStringLiteral("XX"), std::nullopt, {},
                     QStringLiteral("internal error: the sandbox was not ready within 10000 ms"))
            << "42"
            << ""
            << "The sandbox failed: internal error: the sandbox was not ready within 10000 ms";
        QTest::newRow("no expected output: status alone")
            << stage({}, 0) << ""
            << "AC"
            << "No expected output: judged by the exit status alone";
        QTest::newRow("status comes before the checker") << stage(QStringLiteral("RE"), 2) << "42\n"
                                                         << "RE"
                                                         << "Exited with code 2";
    }

    void verdicts()
    {
        QFETCH(StageResult, run);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const TestOutcome outcome = Judge::judge(run, test(expected), CheckerSpec());
        QCOMPARE(verdictCode(outcome.verdict), code);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.output, run.stdout);
        QCOMPARE(outcome.errorOutput, run.stderr);
        QCOMPARE(outcome.timeMs, 120);
        QCOMPARE(outcome.wallMs, 130);
        QCOMPARE(outcome.memoryBytes, 5 << 20);
    }

    void compileError()
    {
        StageResult compile = stage(QStringLiteral("RE"), 1);
        compile.output = QStringLiteral("main.cpp:3:1: error: expected ';'\n");
        const TestOutcome outcome = Judge::compileError(compile);
        QCOMPARE(outcome.verdict, Verdict::CompileError);
        QCOMPARE(outcome.errorOutput, compile.output);
        QCOMPARE(outcome.message, QStringLiteral("Compilation failed"));
    }

    void codesAndNames()
    {
        const QList<QPair<Verdict, const char *>> codes{
            {Verdict::Pending, ""},        {Verdict::Running, "…"},
            {Verdict::Accepted, "AC"},     {Verdict::WrongAnswer, "WA"},
            {Verdict::TimeLimit, "TLE"},   {Verdict::MemoryLimit, "MLE"},
            {Verdict::RuntimeError, "RE"}, {Verdict::OutputLimit, "OLE"},
            {Verdict::CompileError, "CE"}, {Verdict::CheckerError, "CHK"}};
        QSet<QString> names;
        for (const auto &[verdict, code] : codes) {
            QCOMPARE(verdictCode(verdict), QString::fromUtf8(code));
            QVERIFY(!verdictName(verdict).isEmpty());
            names.insert(verdictName(verdict));
        }
        QCOMPARE(names.size(), codes.size());
        QCOMPARE(verdictName(Verdict::WrongAnswer), QStringLiteral("Wrong answer"));
    }
};

QTEST_GUILESS_MAIN(tst_Judge)
#include "tst_Judge.moc"
