// ExecuteRequest, ExecuteResult and StageResult against golden Piston JSON.

#include "ExecuteRequest.h"
#include "ExecuteResult.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

class PistonJsonTest : public QObject {
    Q_OBJECT

private:
    static QJsonObject golden(const QString &name)
    {
        QFile file(QStringLiteral(GOLDEN_DIR "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read golden file %s", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("python ok") << QStringLiteral("python-ok.json");
        QTest::newRow("compile error, no run") << QStringLiteral("c-compile-error.json");
        QTest::newRow("signal, null code") << QStringLiteral("cpp-segfault.json");
        QTest::newRow("old Piston compile error")
            << QStringLiteral("piston-old-compile-error.json");
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const QJsonObject expected = golden(file);
        QCOMPARE(ExecuteResult::fromJson(expected).toJson(), expected);
    }

    void okRun()
    {
        const ExecuteResult result =
            ExecuteResult::fromJson(golden(QStringLiteral("python-ok.json")));
        QCOMPARE(result.language, QStringLiteral("python"));
        QVERIFY(!result.compile);
        QVERIFY(result.run);
        QCOMPARE(result.run->stdout, QStringLiteral("Hello, World!\n"));
        QCOMPARE(result.run->code, std::optional<int>(0));
        QVERIFY(result.run->signal.isEmpty());
        QCOMPARE(result.run->statusLabel(), QStringLiteral("OK"));
        QCOMPARE(result.run->memoryBytes, 8892416);
        QCOMPARE(result.decisiveStage(), &*result.run);
    }

    void compileErrorWithoutRun()
    {
        const ExecuteResult result =
            ExecuteResult::fromJson(golden(QStringLiteral("c-compile-error.json")));
        QVERIFY(result.compile);
        QVERIFY(!result.run);
        QVERIFY(result.compileFailed());
        QCOMPARE(result.decisiveStage(), &*result.compile);
        QCOMPARE(result.decisiveStage()->statusLabel(), QStringLiteral("RE"));
        QCOMPARE(result.compile->code, std::optional<int>(1));
    }

    void signalWithNullCode()
    {
        const ExecuteResult result =
            ExecuteResult::fromJson(golden(QStringLiteral("cpp-segfault.json")));
        QVERIFY(result.compile && result.run);
        QCOMPARE(result.decisiveStage(), &*result.run);
        QVERIFY(!result.compileFailed());
        QCOMPARE(result.run->code, std::nullopt);
        QCOMPARE(result.run->signal, QStringLiteral("SIGSEGV"));
        QCOMPARE(result.run->statusLabel(), QStringLiteral("SG"));
    }

    void oldPistonCompileErrorBlamesCompile()
    {
        const ExecuteResult result =
            ExecuteResult::fromJson(golden(QStringLiteral("piston-old-compile-error.json")));
        QVERIFY(result.compileFailed());
        QCOMPARE(result.decisiveStage(), &*result.compile);
    }

    // A server that gives no status still fails a compile by its exit code.
    void compileFailedWithoutAStatus()
    {
        ExecuteResult result;
        result.compile = StageResult();
        result.run = StageResult();
        QVERIFY(!result.compileFailed());
        result.compile->code = 1;
        QVERIFY(result.compileFailed());
        result.compile->code = 0;
        result.run.reset(); // nothing ran after it
        QVERIFY(result.compileFailed());
        QVERIFY(!ExecuteResult().compileFailed());
    }

    void compileNullMeansNoCompileStage()
    {
        QJsonObject object = golden(QStringLiteral("python-ok.json"));
        object.insert(QStringLiteral("compile"), QJsonValue::Null);
        QVERIFY(!ExecuteResult::fromJson(object).compile);
    }

    void emptyResultHasNoDecisiveStage() { QCOMPARE(ExecuteResult().decisiveStage(), nullptr); }

    void unknownNumbersBecomeNull()
    {
        const QJsonObject object = StageResult().toJson();
        QVERIFY(object.value(QStringLiteral("code")).isNull());
        QVERIFY(object.value(QStringLiteral("status")).isNull());
        QVERIFY(object.value(QStringLiteral("cpu_time")).isNull());
        QCOMPARE(StageResult::fromJson(object).cpuTimeMs, -1);
    }

    void request()
    {
        ExecuteRequest request;
        request.language = QStringLiteral("python");
        request.version = QStringLiteral("3.x");
        request.files = {{QStringLiteral("main.py"), QStringLiteral("print(input())\n")},
                         {QString(), QStringLiteral("aGk="), QStringLiteral("base64")}};
        request.stdin = QStringLiteral("hello\n");
        request.args = QStringList{QStringLiteral("1"), QStringLiteral("two words")};
        request.runTimeout = 5000;
        request.runMemoryLimit = -1;
        request.outputLimit = 1048576;
        QCOMPARE(request.toJson(), golden(QStringLiteral("request.json")));
    }

    void requestDefaults()
    {
        ExecuteRequest request;
        request.language = QStringLiteral("bash");
        request.files = {{QStringLiteral("a.sh"), QStringLiteral("echo")}};
        const QJsonObject object = request.toJson();
        QCOMPARE(object.value(QStringLiteral("version")).toString(), QStringLiteral("*"));
        // Unset limits are left out, so the backend's defaults apply.
        QVERIFY(!object.contains(QStringLiteral("run_timeout")));
        QVERIFY(!object.contains(QStringLiteral("compile_memory_limit")));
        QVERIFY(!object.contains(QStringLiteral("output_limit")));
    }
};

QTEST_GUILESS_MAIN(PistonJsonTest)
#include "PistonJsonTest.moc"
