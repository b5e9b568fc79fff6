#include "ExecuteResult.h"
#include "RunStatusLine.h"

#include <QLocale>
#include <QTest>

namespace {
StageResult stage(const QString &status, std::optional<int> code, const QString &signal = {},
                  const QString &message = {})
{
    StageResult result;
    result.status = status;
    result.code = code;
    result.signal = signal;
    result.message = message;
    result.wallTimeMs = 23;
    result.cpuTimeMs = 18;
    result.memoryBytes = 8 * 1024 * 1024 + 300 * 1024;
    return result;
}
} // namespace

class TestRunStatusLine : public QObject {
    Q_OBJECT
private slots:
    void describe_data();
    void describe();
    void showsTheDecisiveStage();
    void showsFailures();
};

void TestRunStatusLine::describe_data()
{
    QTest::addColumn<StageResult>("stage");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ok") << stage(QString(), 0)
                        << "exit code 0 · wall 23 ms · CPU 18 ms · memory 8.3 MiB";
    QTest::newRow("re") << stage(QStringLiteral("RE"), 3, {},
                                 QStringLiteral("Exited with error status 3"))
                        << "exit code 3 · wall 23 ms · CPU 18 ms · memory 8.3 MiB";
    QTest::newRow("sg") << stage(QStringLiteral("SG"), std::nullopt, QStringLiteral("SIGSEGV"))
                        << "signal SIGSEGV · wall 23 ms · CPU 18 ms · memory 8.3 MiB";
    QTest::newRow("to")
        << stage(QStringLiteral("TO"), std::nullopt, QStringLiteral("SIGKILL"),
                 QStringLiteral("Time limit exceeded"))
        << "signal SIGKILL · Time limit exceeded · wall 23 ms · CPU 18 ms · memory 8.3 MiB";
}

void TestRunStatusLine::describe()
{
    QFETCH(StageResult, stage);
    QFETCH(QString, expected);
    QCOMPARE(RunStatusLine::describe(stage, QLocale::c()), expected);
}

void TestRunStatusLine::showsTheDecisiveStage()
{
    RunStatusLine line;
    line.setLocale(QLocale::c());
    ExecuteResult result;
    result.compile = stage(QString(), 0);
    result.run = stage(QStringLiteral("SG"), std::nullopt, QStringLiteral("SIGSEGV"));
    line.showResult(result);
    QCOMPARE(line.status(), QStringLiteral("SG"));
    QVERIFY(line.details().startsWith(QLatin1String("signal SIGSEGV")));
    QVERIFY(!line.details().contains(QLatin1String("not compiled again")));
    // A program the helper had cached says so.
    result.compile->cached = true;
    line.showResult(result);
    QVERIFY(line.details().endsWith(QStringLiteral(" · unchanged code, not compiled again")));

    result.compile = stage(QStringLiteral("RE"), 1);
    result.run.reset();
    line.showResult(result);
    QCOMPARE(line.status(), QStringLiteral("RE"));
    QVERIFY(line.details().startsWith(QLatin1String("Compilation failed: exit code 1")));
}

void TestRunStatusLine::showsFailures()
{
    RunStatusLine line;
    QVERIFY(line.status().isEmpty());
    line.showFailure(QStringLiteral("The helper is gone."));
    QCOMPARE(line.status(), QStringLiteral("XX"));
    QCOMPARE(line.details(), QStringLiteral("The helper is gone."));
}

QTEST_MAIN(TestRunStatusLine)
#include "tst_RunStatusLine.moc"
