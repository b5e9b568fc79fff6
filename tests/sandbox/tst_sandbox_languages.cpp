// Every language through `exec` and through the daemon's `execute`, and how stages end.

#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <climits>

using namespace SandboxRequests;

class TestSandboxLanguages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helloWorld_data();
    void helloWorld();
    void namedFilesAndEncodings();
    void versionSelectors_data();
    void versionSelectors();
    void compileError();
    void endings_data();
    void endings();
    void forkedChildrenDie();
    void wallTimeIsTheProgramsOwn();
    void cpuTimeCountsWhatIsLeft();
    void execRejectsBadRequest();
    void cleanupTestCase();

private:
    QJsonObject execute(const QJsonObject &body, int timeoutMs = 30000);

    SandboxHelper m_helper;
    int m_nextId = 0;
};

void TestSandboxLanguages::initTestCase()
{
    QString error;
    QVERIFY2(m_helper.start(&error), qPrintable(error));
    // A harmless probe first: the hostile rows below (a fork bomb among them) only run when the box
    // really is a box — its own PID namespace, a box uid, a process cap (its cgroup's, or an rlimit).
    const QJsonObject probe = execute(body(QStringLiteral("python"),
        QStringLiteral("import os, resource\n"
                       "print(os.getpid(), os.getuid() >= 60000, '/runpad-sandbox/box-' in open('/proc/self/cgroup').read() or resource.getrlimit(resource.RLIMIT_NPROC)[0] <= 1024)")));
    QCOMPARE(probe[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("2 True True\n"));
}

QJsonObject TestSandboxLanguages::execute(const QJsonObject &request, int timeoutMs)
{
    SandboxConnection connection(m_helper.socketPath());
    const int id = m_nextId++;
    connection.send(message(QStringLiteral("execute"), id, request));
    return connection.waitFor(id, {}, timeoutMs);
}

void TestSandboxLanguages::helloWorld_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("compiled");
    QTest::newRow("python") << "python" << "import sys\nprint('Hello, ' + input() + '!', sys.argv[1:])" << false;
    QTest::newRow("c") << "c"
                       << "#include <stdio.h>\nint main(int argc, char **argv)\n{\n    char name[64];\n    scanf(\"%63s\", name);\n"
                          "    printf(\"Hello, %s! ['%s', '%s']\\n\", name, argv[1], argv[2]);\n}\n"
                       << true;
    QTest::newRow("c++") << "c++"
                         << "#include <iostream>\nint main(int argc, char **argv)\n{\n    std::string name;\n    std::cin >> name;\n"
                            "    std::cout << \"Hello, \" << name << \"! ['\" << argv[1] << \"', '\" << argv[2] << \"']\\n\";\n}\n"
                         << true;
    QTest::newRow("javascript") << "javascript"
                                << "const name = require('fs').readFileSync(0, 'utf8').trim();\n"
                                   "console.log(`Hello, ${name}! ['${process.argv[2]}', '${process.argv[3]}']`);\n"
                                << false;
    QTest::newRow("bash") << "bash" << "read -r name\necho \"Hello, $name! ['$1', '$2']\"\n" << false;
}

void TestSandboxLanguages::helloWorld()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(bool, compiled);
    const QJsonObject request = body(language, code, {{QStringLiteral("stdin"), QStringLiteral("World\n")},
                                                      {QStringLiteral("args"), QJsonArray{QStringLiteral("a b"), QStringLiteral("c")}}});
    const QString expected = QStringLiteral("Hello, World! ['a b', 'c']\n");

    QByteArray out, err;
    QCOMPARE(SandboxHelper::exec(QJsonDocument(request).toJson(), &out, &err), 0);
    const QJsonObject viaExec = QJsonDocument::fromJson(out).object();
    QVERIFY2(viaExec.contains(QStringLiteral("run")), out.constData());
    const QJsonObject viaDaemon = execute(request);
    QCOMPARE(viaDaemon.value(QStringLiteral("type")).toString(), QStringLiteral("result"));

    for (const QJsonObject &result : {viaExec, viaDaemon}) {
        QCOMPARE(result.value(QStringLiteral("language")).toString(), language);
        QVERIFY(!result.value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(result.contains(QStringLiteral("compile")), compiled);
        if (compiled)
            QVERIFY(result.value(QStringLiteral("compile")).toObject().value(QStringLiteral("status")).isNull());
        const QJsonObject run = result[QStringLiteral("run")].toObject();
        QCOMPARE(run.value(QStringLiteral("stdout")).toString(), expected);
        QCOMPARE(run.value(QStringLiteral("stderr")).toString(), QString());
        QCOMPARE(run.value(QStringLiteral("output")).toString(), expected);
        QCOMPARE(run.value(QStringLiteral("code")).toInt(-1), 0);
        QVERIFY(run.value(QStringLiteral("signal")).isNull());
        QVERIFY(run.value(QStringLiteral("status")).isNull());
        QVERIFY(run.value(QStringLiteral("message")).isNull());
        // A hello world can end within the millisecond after its execve: 0 is an honest figure.
        QVERIFY(run.value(QStringLiteral("wall_time")).toDouble(-1) >= 0);
        QVERIFY(run.value(QStringLiteral("memory")).toDouble() > 0);
        QVERIFY(run.contains(QStringLiteral("cpu_time")));
    }
}

void TestSandboxLanguages::namedFilesAndEncodings()
{
    // The first utf8 file is the main one; others are decoded next to it.
    const QJsonObject request{
        {QStringLiteral("language"), QStringLiteral("py")},
        {QStringLiteral("version"), QStringLiteral("3.x")},
        {QStringLiteral("files"), QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("data.bin")}, {QStringLiteral("content"), QStringLiteral("aGk=")}, {QStringLiteral("encoding"), QStringLiteral("base64")}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("main.py")}, {QStringLiteral("content"), QStringLiteral("import os, helper\nprint(sorted(os.listdir('.')), open('data.bin').read(), open('x.hex').read(), helper.X)")}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("helper.py")}, {QStringLiteral("content"), QStringLiteral("X = 42")}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("x.hex")}, {QStringLiteral("content"), QStringLiteral("6f6b")}, {QStringLiteral("encoding"), QStringLiteral("hex")}},
             QJsonObject{{QStringLiteral("content"), QStringLiteral("unnamed")}}}}};
    const QJsonObject result = execute(request);
    QCOMPARE(result.value(QStringLiteral("run")).toObject().value(QStringLiteral("stdout")).toString(),
             QStringLiteral("['data.bin', 'file4.py', 'helper.py', 'main.py', 'x.hex'] hi ok 42\n"));
}

void TestSandboxLanguages::versionSelectors_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("known");
    QTest::newRow("star") << "python3" << "*" << true;
    QTest::newRow("major") << "python" << "3" << true;
    QTest::newRow("major.x") << "py" << "3.x" << true;
    QTest::newRow("wrong major") << "python" << "2" << false;
    QTest::newRow("alias g++") << "g++" << "*" << true;
    QTest::newRow("alias node") << "node" << "*" << true;
    QTest::newRow("not an alias") << "pythonn" << "*" << false;
}

void TestSandboxLanguages::versionSelectors()
{
    QFETCH(QString, language);
    QFETCH(QString, version);
    QFETCH(bool, known);
    QJsonObject request = body(language, QStringLiteral("print(1)"));
    request.insert(QStringLiteral("version"), version);
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("runtimes"), 0));
    const QJsonArray runtimes = connection.waitFor(0, QStringLiteral("runtimes"))[QStringLiteral("runtimes")].toArray();
    // An exact version selects too.
    if (language == QStringLiteral("python3") && known) {
        for (const QJsonValue &runtime : runtimes) {
            if (runtime[QStringLiteral("language")] == QStringLiteral("python"))
                request.insert(QStringLiteral("version"), runtime[QStringLiteral("version")]);
        }
    }
    connection.send(message(QStringLiteral("execute"), 1, request));
    const QJsonObject answer = connection.waitFor(1);
    if (known) {
        QCOMPARE(answer.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    } else {
        QCOMPARE(answer.value(QStringLiteral("message")).toString(), QStringLiteral("%1-%2 runtime is unknown").arg(language, version));
    }
}

void TestSandboxLanguages::compileError()
{
    const QJsonObject request = body(QStringLiteral("c"), QStringLiteral("int main(void) { return undeclared; }\n"));
    QByteArray out, err;
    QCOMPARE(SandboxHelper::exec(QJsonDocument(request).toJson(), &out, &err), 0);
    for (const QJsonObject &result : {QJsonDocument::fromJson(out).object(), execute(request)}) {
        QVERIFY(!result.contains(QStringLiteral("run")));
        const QJsonObject compile = result[QStringLiteral("compile")].toObject();
        QCOMPARE(compile.value(QStringLiteral("status")).toString(), QStringLiteral("RE"));
        QCOMPARE(compile.value(QStringLiteral("code")).toInt(), 1);
        QCOMPARE(compile.value(QStringLiteral("message")).toString(), QStringLiteral("Exited with error status 1"));
        QVERIFY(compile.value(QStringLiteral("stderr")).toString().contains(QStringLiteral("'undeclared' undeclared")) ||
                compile.value(QStringLiteral("stderr")).toString().contains(QStringLiteral("\u2018undeclared\u2019 undeclared")));
    }
}

void TestSandboxLanguages::endings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonObject>("limits");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code_");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<QString>("message");
    const QJsonObject none;
    QTest::newRow("wall time") << "python" << "while True: pass" << QJsonObject{{QStringLiteral("run_timeout"), 1000}, {QStringLiteral("run_cpu_time"), 5000}}
                               << "TO" << -1 << "SIGKILL" << "Time limit exceeded (wall time over 1000 ms)";
    QTest::newRow("sleeping past wall time") << "bash" << "sleep 10" << QJsonObject{{QStringLiteral("run_timeout"), 500}}
                                             << "TO" << -1 << "SIGKILL" << "Time limit exceeded (wall time over 500 ms)";
    QTest::newRow("cpu time") << "c" << "int main(void) { for (volatile unsigned long i = 0;; ++i) {} }"
                              << QJsonObject{{QStringLiteral("run_timeout"), 10000}, {QStringLiteral("run_cpu_time"), 1000}}
                              << "TO" << -1 << "SIGKILL" << "Time limit exceeded (CPU time over 1000 ms)";
    QTest::newRow("yes") << "bash" << "yes" << none << "OL" << -1 << "SIGKILL" << "stdout length exceeded";
    QTest::newRow("stderr flood") << "bash" << "yes >&2" << none << "EL" << -1 << "SIGKILL" << "stderr length exceeded";
    QTest::newRow("exit 3") << "python" << "import sys; sys.exit(3)" << none << "RE" << 3 << "" << "Exited with error status 3";
    QTest::newRow("exit 255") << "bash" << "exit 255" << none << "RE" << 255 << "" << "Exited with error status 255";
    QTest::newRow("segfault") << "c" << "int main(void) { *(volatile int *)0 = 1; }" << none << "SG" << -1 << "SIGSEGV" << "Received signal 11 (SIGSEGV)";
    QTest::newRow("abort") << "c++" << "#include <cstdlib>\nint main() { std::abort(); }" << none << "SG" << -1 << "SIGABRT" << "Received signal 6 (SIGABRT)";
    QTest::newRow("kills itself") << "bash" << "kill -TERM $$" << none << "SG" << -1 << "SIGTERM" << "Received signal 15 (SIGTERM)";
    // The bomb runs in a child; the parent then waits without forking (a forking shell would
    // spend up to 15 s in bash's fork retries while the bomb holds every pid of the box).
    QTest::newRow("fork bomb") << "python"
                               << "import os, time\n"
                                  "if os.fork() == 0:\n"
                                  "    os.execv('/bin/bash', ['bash', '-c', ':(){ :|:& };:'])\n"
                                  "time.sleep(2)\nprint('survived')"
                               << QJsonObject{{QStringLiteral("run_timeout"), 5000}} << "" << 0 << "" << "";
}

void TestSandboxLanguages::endings()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QJsonObject, limits);
    QFETCH(QString, status);
    QFETCH(int, code_);
    QFETCH(QString, signal);
    QFETCH(QString, message);
    const QJsonObject result = execute(body(language, code, limits));
    const QJsonObject run = result[QStringLiteral("run")].toObject();
    QVERIFY2(!run.isEmpty(), QJsonDocument(result).toJson().constData());
    QCOMPARE(run.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(run.value(QStringLiteral("code")).toInt(-1), code_);
    QCOMPARE(run.value(QStringLiteral("signal")).toString(), signal);
    QCOMPARE(run.value(QStringLiteral("message")).toString(), message);
    if (status == QStringLiteral("OL") || status == QStringLiteral("EL")) {
        const QString stream = status == QStringLiteral("OL") ? QStringLiteral("stdout") : QStringLiteral("stderr");
        QCOMPARE(run.value(stream).toString().size(), 1 << 20);
    }
    if (QByteArray(QTest::currentDataTag()) == "fork bomb")
        QCOMPARE(run.value(QStringLiteral("stdout")).toString(), QStringLiteral("survived\n"));
    if (status == QStringLiteral("TO"))
        QVERIFY(run.value(QStringLiteral("wall_time")).toInt() < limits.value(QStringLiteral("run_timeout")).toInt() + 2000);
    // The program gets all of its wall time: building the box does not count.
    if (message.contains(QStringLiteral("wall time")))
        QVERIFY(run.value(QStringLiteral("wall_time")).toInt() >= limits.value(QStringLiteral("run_timeout")).toInt());
    // With a cgroup the kill is decided on the box's exact CPU time, which is reported: never
    // under the limit (RLIMIT_CPU, counted in ticks, fires early; rootless boxes here have only it).
    if (message.contains(QStringLiteral("CPU time")) && !SandboxHelper::rootless())
        QVERIFY(run.value(QStringLiteral("cpu_time")).toInt() >= limits.value(QStringLiteral("run_cpu_time")).toInt());
}

void TestSandboxLanguages::forkedChildrenDie()
{
    const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString daemonize = QStringLiteral(
        "import os, sys, time\n"
        "for _ in range(3):\n"
        "    if os.fork() == 0:\n"
        "        os.setsid()\n"
        "        if os.fork() == 0:\n"
        "            os.execv('/bin/sleep', ['sleep', '60', sys.argv[1]])\n"
        "        os._exit(0)\n"
        "time.sleep(0.3)\nprint('parent done')");
    const QJsonObject result = execute(body(QStringLiteral("python"), daemonize,
                                            {{QStringLiteral("args"), QJsonArray{QString::fromLatin1(marker)}}}));
    QCOMPARE(result.value(QStringLiteral("run")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("parent done\n"));
    QCOMPARE(SandboxHelper::processesWith(marker), QList<int>());
}

void TestSandboxLanguages::wallTimeIsTheProgramsOwn()
{
    // The program times itself; wall_time starts at its execve, not when the box is being built
    // (which takes about 10 ms).
    const QString code = QStringLiteral(
        "#include <stdio.h>\n#include <time.h>\n#include <unistd.h>\n"
        "static long ms(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1000L + t.tv_nsec / 1000000; }\n"
        "int main(void) { long start = ms(); usleep(300000); printf(\"%ld\\n\", ms() - start); }");
    // Counting the set-up would show in every run; init reaping the program late on a loaded
    // machine shows in some (it took 6 ms once, with ctest running two tests on two cores): the
    // closest of three runs is what must be within 5 ms.
    QStringList runs;
    int closest = INT_MAX;
    for (int i = 0; i < 3 && closest > 5; ++i) {
        const QJsonObject run = execute(body(QStringLiteral("c"), code))[QStringLiteral("run")].toObject();
        const int own = run.value(QStringLiteral("stdout")).toString().trimmed().toInt();
        const int wall = run.value(QStringLiteral("wall_time")).toInt();
        QVERIFY2(own >= 300 && wall >= own - 1, qPrintable(QStringLiteral("own %1 ms, wall_time %2 ms").arg(own).arg(wall)));
        closest = std::min(closest, wall - own);
        runs << QStringLiteral("own %1 ms, wall_time %2 ms").arg(own).arg(wall);
    }
    QVERIFY2(closest <= 5, qPrintable(runs.join(QStringLiteral("; "))));
}

void TestSandboxLanguages::cpuTimeCountsWhatIsLeft()
{
    // A child still spinning when the program exits is killed with the box; its CPU time counts.
    const QString code = QStringLiteral("import os, time\nif os.fork() == 0:\n    while True: pass\ntime.sleep(1)");
    const QJsonObject run = execute(body(QStringLiteral("python"), code))[QStringLiteral("run")].toObject();
    QVERIFY2(run.value(QStringLiteral("cpu_time")).toInt() >= 300, qPrintable(QString::number(run.value(QStringLiteral("cpu_time")).toInt())));
}

void TestSandboxLanguages::execRejectsBadRequest()
{
    QByteArray out, err;
    QCOMPARE(SandboxHelper::exec(R"({"language":"cobolx","version":"*","files":[{"content":"x"}]})", &out, &err), 2);
    QVERIFY(out.isEmpty());
    QCOMPARE(err.trimmed(), QByteArray("runpad-sandbox: cobolx-* runtime is unknown"));
    QCOMPARE(SandboxHelper::exec("{nope", &out, &err), 2);
    QVERIFY(err.contains("not valid JSON"));
}

void TestSandboxLanguages::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    QVERIFY2(SandboxHelper::boxProcesses().isEmpty(), qPrintable(SandboxHelper::boxProcesses().join(QLatin1Char('\n'))));
    QCOMPARE(m_helper.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxLanguages)
#include "tst_sandbox_languages.moc"
