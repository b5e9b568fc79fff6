// The helper's protocol: bad input, concurrency, disconnects, interactive mode, slow readers.

#include "PeerPolicy.h"
#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace SandboxRequests;

class TestSandboxProtocol : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hello();
    void runtimes();
    void badInput_data();
    void badInput();
    void lineTooLong();
    void duplicateId();
    void concurrentJobsOneConnection();
    void concurrentJobsTwoConnections();
    void disconnectKillsJob();
    void interactiveStdinAndEof();
    void interactiveStreamOrder();
    void interactiveSignals();
    void interactiveCompileStage();
    void invalidUtf8();
    void hugeStdin();
    void clientThatNeverReads();
    void stdinThatIsNeverRead();
    void tooManyClients();
    void configuredLimits();
    void socketActivation();
    void systemdWithoutSocket();
    void allowedGroupsByNameOrNumber();
    void warmBoxes();
    void cleanupTestCase();

private:
    SandboxHelper m_helper;
};

void TestSandboxProtocol::initTestCase()
{
    QString error;
    QVERIFY2(m_helper.start(&error), qPrintable(error));
}

void TestSandboxProtocol::hello()
{
    SandboxConnection connection(m_helper.socketPath());
    QVERIFY(connection.isConnected());
    connection.send(message(QStringLiteral("hello"), 7));
    const QJsonObject answer = connection.waitFor(7, QStringLiteral("hello"));
    QCOMPARE(answer.value(QStringLiteral("name")).toString(), QStringLiteral("runpad-sandbox"));
    QCOMPARE(answer.value(QStringLiteral("isolation")).toString(), QStringLiteral("privileged"));
    QCOMPARE(answer.value(QStringLiteral("protocol")).toInt(), 1);
    // A message without an id is answered with id null.
    connection.send({{QStringLiteral("type"), QStringLiteral("hello")}});
    QVERIFY(!connection.waitFor(QJsonValue::Null, QStringLiteral("hello")).isEmpty());
}

void TestSandboxProtocol::runtimes()
{
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("runtimes"), QStringLiteral("r")));
    const QJsonArray list = connection.waitFor(QStringLiteral("r"), QStringLiteral("runtimes"))
                                .value(QStringLiteral("runtimes")).toArray();
    QStringList languages;
    for (const QJsonValue &runtime : list) {
        languages << runtime[QStringLiteral("language")].toString();
        QVERIFY(!runtime[QStringLiteral("version")].toString().isEmpty());
        QVERIFY(runtime[QStringLiteral("aliases")].isArray());
    }
    for (const char *language : {"python", "c", "c++", "javascript", "bash"})
        QVERIFY2(languages.contains(QLatin1String(language)), language);
}

void TestSandboxProtocol::badInput_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    const auto execute = [](const QJsonObject &body) {
        return QJsonDocument(message(QStringLiteral("execute"), 1, body)).toJson(QJsonDocument::Compact);
    };
    const QJsonObject ok = body(QStringLiteral("python"), QStringLiteral("print(1)"));
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject changed = ok;
        changed.insert(key, value);
        return execute(changed);
    };
    const auto without = [&](const QString &key) {
        QJsonObject changed = ok;
        changed.remove(key);
        return execute(changed);
    };
    const auto namedFile = [&](const QString &name) {
        return with(QStringLiteral("files"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("content"), QStringLiteral("x")}}});
    };

    QTest::newRow("not json") << QByteArray("this is not json") << "malformed JSON: ";
    QTest::newRow("truncated json") << QByteArray("{\"type\":\"hello\"") << "malformed JSON: ";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "malformed JSON: ";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "a message must be a JSON object";
    QTest::newRow("no type") << QByteArray("{\"id\":1}") << "type is required as a string";
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"nope\",\"id\":1}") << "unknown message type 'nope'";
    QTest::newRow("bad id") << QByteArray("{\"type\":\"hello\",\"id\":[1]}") << "id must be a string or an integer";
    QTest::newRow("no language") << without(QStringLiteral("language")) << "language is required as a string";
    QTest::newRow("language not string") << with(QStringLiteral("language"), 5) << "language is required as a string";
    // Piston's order: the language is checked before the files.
    QTest::newRow("order") << execute({{QStringLiteral("files"), 3}}) << "language is required as a string";
    QTest::newRow("no version") << without(QStringLiteral("version")) << "version is required as a string";
    QTest::newRow("no files") << without(QStringLiteral("files")) << "files is required as an array";
    QTest::newRow("files not array") << with(QStringLiteral("files"), QStringLiteral("x")) << "files is required as an array";
    QTest::newRow("no content") << with(QStringLiteral("files"), QJsonArray{QJsonObject{}}) << "files[0].content is required as a string";
    QTest::newRow("unknown language") << with(QStringLiteral("language"), QStringLiteral("cobolx")) << "cobolx-* runtime is unknown";
    QTest::newRow("unknown version") << with(QStringLiteral("version"), QStringLiteral("99.x")) << "python-99.x runtime is unknown";
    QTest::newRow("no utf8 file") << with(QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("aGk=")}, {QStringLiteral("encoding"), QStringLiteral("base64")}}})
                                  << "files must include at least one utf8 encoded file";
    QTest::newRow("bad encoding") << with(QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("x")}, {QStringLiteral("encoding"), QStringLiteral("rot13")}}})
                                  << "files[0].encoding must be one of utf8, base64, hex";
    QTest::newRow("bad base64") << with(QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("print(1)")}}, QJsonObject{{QStringLiteral("content"), QStringLiteral("!!")}, {QStringLiteral("encoding"), QStringLiteral("base64")}}})
                                << "files[1].content is not valid base64";
    const QString pathMessage = QStringLiteral("files[0].name must be a plain file name, without a path");
    QTest::newRow("name with slash") << namedFile(QStringLiteral("a/b.py")) << pathMessage;
    QTest::newRow("name dotdot") << namedFile(QStringLiteral("..")) << pathMessage;
    QTest::newRow("name dot") << namedFile(QStringLiteral(".")) << pathMessage;
    QTest::newRow("name blank") << namedFile(QStringLiteral("  ")) << pathMessage;
    QTest::newRow("name absolute") << namedFile(QStringLiteral("/etc/passwd")) << pathMessage;
    QTest::newRow("name nul") << namedFile(QStringLiteral("a%1b").arg(QChar(0))) << pathMessage;
    QTest::newRow("limit not number") << with(QStringLiteral("run_timeout"), QStringLiteral("100")) << "If specified, run_timeout must be a number";
    // An explicit 0 is never "no limit" (Piston's defect): every limit refuses it.
    const QList<QPair<QString, qint64>> maxima = {
        {QStringLiteral("compile_timeout"), 300000}, {QStringLiteral("run_timeout"), 300000},
        {QStringLiteral("compile_cpu_time"), 300000}, {QStringLiteral("run_cpu_time"), 300000},
        {QStringLiteral("compile_memory_limit"), qint64(4) << 30}, {QStringLiteral("run_memory_limit"), qint64(4) << 30},
        {QStringLiteral("output_limit"), 64 << 20}};
    for (const auto &[name, max] : maxima) {
        QTest::newRow(qPrintable(name + QStringLiteral(" zero")))
            << with(name, 0) << QStringLiteral("%1 must be positive; -1 asks for the configured limit of %2").arg(name).arg(max);
        QTest::newRow(qPrintable(name + QStringLiteral(" over max")))
            << with(name, double(max) + 1) << QStringLiteral("%1 cannot exceed the configured limit of %2").arg(name).arg(max);
    }
    QTest::newRow("limit negative") << with(QStringLiteral("compile_cpu_time"), -5) << "compile_cpu_time must be non-negative";
    QTest::newRow("memory negative") << with(QStringLiteral("run_memory_limit"), -2) << "run_memory_limit must be non-negative";
    QTest::newRow("limit far over max") << with(QStringLiteral("run_timeout"), 99999999) << "run_timeout cannot exceed the configured limit of 300000";
    QTest::newRow("output far over max") << with(QStringLiteral("output_limit"), 1e12) << "output_limit cannot exceed the configured limit of 67108864";
    QTest::newRow("stdin not string") << with(QStringLiteral("stdin"), 5) << "stdin must be a string";
    QTest::newRow("args not array") << with(QStringLiteral("args"), QStringLiteral("x")) << "args must be an array of strings";
    QTest::newRow("args objects") << with(QStringLiteral("args"), QJsonArray{QJsonObject{}}) << "args must be an array of strings";
    QTest::newRow("data no job") << QByteArray("{\"type\":\"data\",\"id\":1,\"stream\":\"stdin\",\"data\":\"x\"}") << "no running job with this id";
    QTest::newRow("eof no job") << QByteArray("{\"type\":\"eof\",\"id\":1}") << "no running job with this id";
    QTest::newRow("signal no job") << QByteArray("{\"type\":\"signal\",\"id\":1,\"signal\":\"SIGKILL\"}") << "no running job with this id";

    // A `run` message (runpad-sandbox run --socket): a program, its limits and binds.
    const auto run = [](const QJsonObject &fields) {
        QJsonObject body{{QStringLiteral("argv"), QJsonArray{QStringLiteral("/bin/true")}}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            body.insert(it.key(), it.value());
        return QJsonDocument(message(QStringLiteral("run"), 1, body)).toJson(QJsonDocument::Compact);
    };
    const auto dir = [](const QString &host, const QString &box) {
        return QJsonArray{QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("box"), box}}};
    };
    const QString argvMessage = QStringLiteral("argv is required as an array of 1 to 4096 strings");
    QTest::newRow("run no argv") << run({{QStringLiteral("argv"), QJsonValue()}}) << argvMessage;
    QTest::newRow("run empty argv") << run({{QStringLiteral("argv"), QJsonArray{}}}) << argvMessage;
    QTest::newRow("run argv number") << run({{QStringLiteral("argv"), QJsonArray{1}}}) << "argv must hold strings without NUL characters";
    QTest::newRow("run argv nul") << run({{QStringLiteral("argv"), QJsonArray{QStringLiteral("a%1b").arg(QChar(0))}}})
                                  << "argv must hold strings without NUL characters";
    QTest::newRow("run program blank") << run({{QStringLiteral("argv"), QJsonArray{QString()}}}) << "argv[0] must name the program";
    QTest::newRow("run timeout zero") << run({{QStringLiteral("run_timeout"), 0}})
                                      << "run_timeout must be positive; -1 asks for the configured limit of 300000";
    QTest::newRow("run memory over max") << run({{QStringLiteral("run_memory_limit"), 1e12}})
                                         << "run_memory_limit cannot exceed the configured limit of 4294967296";
    QTest::newRow("run processes zero") << run({{QStringLiteral("processes"), 0}}) << "processes must be a whole number from 1 to 63";
    QTest::newRow("run processes over") << run({{QStringLiteral("processes"), 64}}) << "processes must be a whole number from 1 to 63";
    QTest::newRow("run stdin not base64") << run({{QStringLiteral("stdin"), QStringLiteral("!!")}}) << "stdin must be a base64 string";
    QTest::newRow("run dirs not array") << run({{QStringLiteral("dirs"), 1}}) << "dirs must be an array of at most 64 binds";
    QTest::newRow("run dir relative host") << run({{QStringLiteral("dirs"), dir(QStringLiteral("tmp"), QStringLiteral("/data"))}})
                                           << "a host path of dirs must be absolute: 'tmp'";
    QTest::newRow("run dir over box") << run({{QStringLiteral("dirs"), dir(QStringLiteral("/tmp"), QStringLiteral("/box/x"))}})
                                      << "'/box/x' is inside the box's own /box";
    QTest::newRow("run dir no box path") << run({{QStringLiteral("dirs"), QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("/tmp")}}}}})
                                         << "each of dirs needs host and box paths as strings, and writable as a boolean";
}

void TestSandboxProtocol::badInput()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    SandboxConnection connection(m_helper.socketPath());
    connection.sendRaw(line + '\n');
    const bool hasId = expected.startsWith(QLatin1String("malformed")) || expected.startsWith(QLatin1String("a message")) ||
                       expected.startsWith(QLatin1String("id must"));
    const QJsonObject error = connection.waitFor(hasId ? QJsonValue(QJsonValue::Null) : QJsonValue(1), QStringLiteral("error"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(expected.endsWith(QLatin1String(": ")) ? message.startsWith(expected) : message == expected,
             qPrintable(QStringLiteral("got '%1'").arg(message)));
    QVERIFY(connection.helloAnswered());
}

void TestSandboxProtocol::lineTooLong()
{
    SandboxConnection connection(m_helper.socketPath());
    QByteArray line = "{\"type\":\"hello\",\"id\":\"";
    line += QByteArray((64 << 20) + 1024, 'a');
    line += "\"}\n";
    connection.sendRaw(line);
    const QJsonObject error = connection.waitFor(QJsonValue::Null, QStringLiteral("error"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("line too long: a message may be at most 64 MiB"));
    QVERIFY(connection.helloAnswered());
}

void TestSandboxProtocol::duplicateId()
{
    SandboxConnection connection(m_helper.socketPath());
    const QJsonObject sleeper = body(QStringLiteral("python"), QStringLiteral("import time; time.sleep(1)"));
    connection.send(message(QStringLiteral("execute"), QStringLiteral("same"), sleeper));
    connection.send(message(QStringLiteral("execute"), QStringLiteral("same"), sleeper));
    QCOMPARE(connection.waitFor(QStringLiteral("same"), QStringLiteral("error")).value(QStringLiteral("message")).toString(),
             QStringLiteral("a job with this id is already running"));
    QVERIFY(!connection.waitFor(QStringLiteral("same"), QStringLiteral("result")).isEmpty());
}

void TestSandboxProtocol::concurrentJobsOneConnection()
{
    SandboxConnection connection(m_helper.socketPath());
    const QJsonObject sleeper = body(QStringLiteral("python"), QStringLiteral("import time; time.sleep(1); print('slept')"));
    QElapsedTimer timer;
    timer.start();
    connection.send(message(QStringLiteral("execute"), 1, sleeper));
    connection.send(message(QStringLiteral("execute"), 2, sleeper));
    for (int id : {1, 2}) {
        const QJsonObject result = connection.waitFor(id, QStringLiteral("result"));
        QCOMPARE(result.value(QStringLiteral("run")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("slept\n"));
    }
    QVERIFY2(timer.elapsed() < 1900, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxProtocol::concurrentJobsTwoConnections()
{
    SandboxConnection first(m_helper.socketPath()), second(m_helper.socketPath());
    const QJsonObject sleeper = body(QStringLiteral("bash"), QStringLiteral("sleep 1; echo slept"));
    QElapsedTimer timer;
    timer.start();
    first.send(message(QStringLiteral("execute"), 1, sleeper));
    second.send(message(QStringLiteral("execute"), 1, sleeper));
    for (SandboxConnection *connection : {&first, &second}) {
        const QJsonObject result = connection->waitFor(1, QStringLiteral("result"));
        QCOMPARE(result.value(QStringLiteral("run")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("slept\n"));
    }
    QVERIFY2(timer.elapsed() < 1900, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxProtocol::disconnectKillsJob()
{
    const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    // The last test's box goes after its result: wait, or it would be counted below.
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(), SandboxHelper::kTeardownTimeoutMs);
    {
        SandboxConnection connection(m_helper.socketPath());
        connection.send(message(QStringLiteral("init"), 1,
                                body(QStringLiteral("python"),
                                     QStringLiteral("import os, time\nif os.fork() == 0:\n    os.setsid()\nelse:\n    print('up', flush=True)\ntime.sleep(60)"),
                                     {{QStringLiteral("args"), QJsonArray{QString::fromLatin1(marker)}},
                                      {QStringLiteral("run_timeout"), 60000}})));
        QCOMPARE(connection.readLine(1), QStringLiteral("up\n"));
        QCOMPARE(SandboxHelper::processesWith(marker).size(), 2);
        QCOMPARE(m_helper.boxDirectories().size(), 1);
        connection.disconnect();
    }
    QTRY_VERIFY_WITH_TIMEOUT(SandboxHelper::processesWith(marker).isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    SandboxConnection other(m_helper.socketPath());
    QVERIFY(other.helloAnswered());
}

void TestSandboxProtocol::interactiveStdinAndEof()
{
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), QStringLiteral("i"),
                            body(QStringLiteral("python"),
                                 QStringLiteral("import sys\nfor line in sys.stdin:\n    print('echo:' + line.strip(), flush=True)\nprint('eof')"),
                                 {{QStringLiteral("stdin"), QStringLiteral("first\n")}})));
    const QJsonObject runtime = connection.waitFor(QStringLiteral("i"), QStringLiteral("runtime"));
    QCOMPARE(runtime.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
    QCOMPARE(connection.waitFor(QStringLiteral("i"), QStringLiteral("stage")).value(QStringLiteral("stage")).toString(), QStringLiteral("run"));
    QCOMPARE(connection.readLine(QStringLiteral("i")), QStringLiteral("echo:first\n"));
    connection.send(message(QStringLiteral("data"), QStringLiteral("i"), {{QStringLiteral("stream"), QStringLiteral("stdin")}, {QStringLiteral("data"), QStringLiteral("second\n")}}));
    QCOMPARE(connection.readLine(QStringLiteral("i")), QStringLiteral("echo:second\n"));
    connection.send(message(QStringLiteral("data"), QStringLiteral("i"), {{QStringLiteral("stream"), QStringLiteral("stdout")}, {QStringLiteral("data"), QStringLiteral("x")}}));
    QCOMPARE(connection.waitFor(QStringLiteral("i"), QStringLiteral("error")).value(QStringLiteral("message")).toString(), QStringLiteral("can only write to stdin"));
    connection.send(message(QStringLiteral("eof"), QStringLiteral("i")));
    QCOMPARE(connection.readLine(QStringLiteral("i")), QStringLiteral("eof\n"));
    const QJsonObject exit = connection.waitFor(QStringLiteral("i"), QStringLiteral("exit"));
    QCOMPARE(exit.value(QStringLiteral("stage")).toString(), QStringLiteral("run"));
    QCOMPARE(exit.value(QStringLiteral("code")).toInt(-1), 0);
    QVERIFY(exit.value(QStringLiteral("status")).isNull());
    QVERIFY(!exit.contains(QStringLiteral("stdout")));
    QVERIFY(!connection.waitFor(QStringLiteral("i"), QStringLiteral("done")).isEmpty());
    // The box goes right after the job's last message.
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
}

void TestSandboxProtocol::interactiveStreamOrder()
{
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), 5,
                            body(QStringLiteral("bash"), QStringLiteral("echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three"),
                                 {{QStringLiteral("stdin"), QString()}})));
    connection.send(message(QStringLiteral("eof"), 5));
    QStringList seen;
    for (const QJsonObject &m : connection.collect(5, QStringLiteral("done"))) {
        if (m.value(QStringLiteral("type")).toString() == QStringLiteral("data"))
            seen << m.value(QStringLiteral("stream")).toString() + QLatin1Char(':') + m.value(QStringLiteral("data")).toString();
        else
            seen << m.value(QStringLiteral("type")).toString();
    }
    QCOMPARE(seen, QStringList({QStringLiteral("runtime"), QStringLiteral("stage"), QStringLiteral("stdout:one\n"),
                                QStringLiteral("stderr:two\n"), QStringLiteral("stdout:three\n"), QStringLiteral("exit"),
                                QStringLiteral("done")}));
}

void TestSandboxProtocol::interactiveSignals()
{
    SandboxConnection connection(m_helper.socketPath());
    const QString program = QStringLiteral(
        "import signal, sys, time\n"
        "def onInt(*_):\n    print('got SIGINT', flush=True)\n    sys.exit(4)\n"
        "signal.signal(signal.SIGINT, onInt)\nprint('ready', flush=True)\ntime.sleep(30)");
    const QJsonObject limits{{QStringLiteral("run_timeout"), 20000}};
    connection.send(message(QStringLiteral("init"), QStringLiteral("int"), body(QStringLiteral("python"), program, limits)));
    QCOMPARE(connection.readLine(QStringLiteral("int")), QStringLiteral("ready\n"));
    connection.send(message(QStringLiteral("signal"), QStringLiteral("int"), {{QStringLiteral("signal"), QStringLiteral("SIGINT")}}));
    QCOMPARE(connection.readLine(QStringLiteral("int")), QStringLiteral("got SIGINT\n"));
    const QJsonObject exit = connection.waitFor(QStringLiteral("int"), QStringLiteral("exit"));
    QCOMPARE(exit.value(QStringLiteral("code")).toInt(), 4);
    QCOMPARE(exit.value(QStringLiteral("status")).toString(), QStringLiteral("RE"));
    QVERIFY(!connection.waitFor(QStringLiteral("int"), QStringLiteral("done")).isEmpty());

    connection.send(message(QStringLiteral("init"), QStringLiteral("kill"), body(QStringLiteral("python"), program, limits)));
    QCOMPARE(connection.readLine(QStringLiteral("kill")), QStringLiteral("ready\n"));
    connection.send(message(QStringLiteral("signal"), QStringLiteral("kill"), {{QStringLiteral("signal"), QStringLiteral("SIGNOPE")}}));
    QCOMPARE(connection.waitFor(QStringLiteral("kill"), QStringLiteral("error")).value(QStringLiteral("message")).toString(), QStringLiteral("invalid signal"));
    connection.send(message(QStringLiteral("signal"), QStringLiteral("kill"), {{QStringLiteral("signal"), QStringLiteral("SIGKILL")}}));
    const QJsonObject killed = connection.waitFor(QStringLiteral("kill"), QStringLiteral("exit"));
    QCOMPARE(killed.value(QStringLiteral("signal")).toString(), QStringLiteral("SIGKILL"));
    QCOMPARE(killed.value(QStringLiteral("status")).toString(), QStringLiteral("SG"));
    QVERIFY(killed.value(QStringLiteral("code")).isNull());
    QVERIFY(killed.value(QStringLiteral("wall_time")).toInt() < 10000);
    QVERIFY(!connection.waitFor(QStringLiteral("kill"), QStringLiteral("done")).isEmpty());
}

void TestSandboxProtocol::interactiveCompileStage()
{
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), 9,
                            body(QStringLiteral("c"), QStringLiteral("#include <stdio.h>\nint main(void){char s[64];if(scanf(\"%63s\",s)==1)printf(\"hi %s\\n\",s);return 0;}"))));
    // Sent during the compile stage: it waits for the run stage.
    connection.send(message(QStringLiteral("data"), 9, {{QStringLiteral("stream"), QStringLiteral("stdin")}, {QStringLiteral("data"), QStringLiteral("ann\n")}}));
    connection.send(message(QStringLiteral("eof"), 9));
    QStringList seen;
    for (const QJsonObject &m : connection.collect(9, QStringLiteral("done"))) {
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("stage") || type == QStringLiteral("exit"))
            seen << type + QLatin1Char(':') + m.value(QStringLiteral("stage")).toString();
        else if (type == QStringLiteral("data"))
            seen << m.value(QStringLiteral("data")).toString();
        else
            seen << type;
    }
    QCOMPARE(seen, QStringList({QStringLiteral("runtime"), QStringLiteral("stage:compile"), QStringLiteral("exit:compile"),
                                QStringLiteral("stage:run"), QStringLiteral("hi ann\n"), QStringLiteral("exit:run"),
                                QStringLiteral("done")}));
}

void TestSandboxProtocol::invalidUtf8()
{
    // A character split across two writes stays whole; a byte that is no UTF-8 becomes U+FFFD.
    const QString program = QStringLiteral(
        "import sys, time\nsys.stdout.buffer.write(b'\\xe2\\x82'); sys.stdout.flush(); time.sleep(0.2)\n"
        "sys.stdout.buffer.write(b'\\xac\\xff\\n'); sys.stdout.flush()");
    const QString expected = QStringLiteral("\u20ac\ufffd\n");
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), 1, body(QStringLiteral("python"), program)));
    connection.send(message(QStringLiteral("eof"), 1));
    QStringList chunks;
    for (const QJsonObject &m : connection.collect(1, QStringLiteral("done"))) {
        if (m.value(QStringLiteral("type")).toString() == QStringLiteral("data"))
            chunks << m.value(QStringLiteral("data")).toString();
    }
    QCOMPARE(chunks.join(QString()), expected);
    connection.send(message(QStringLiteral("execute"), 2, body(QStringLiteral("python"), program)));
    const QJsonObject run = connection.waitFor(2, QStringLiteral("result")).value(QStringLiteral("run")).toObject();
    QCOMPARE(run.value(QStringLiteral("stdout")).toString(), expected);
    QCOMPARE(run.value(QStringLiteral("output")).toString(), expected);
}

void TestSandboxProtocol::hugeStdin()
{
    SandboxConnection connection(m_helper.socketPath());
    const QString input(32 << 20, QLatin1Char('x'));
    connection.send(message(QStringLiteral("execute"), 1,
                            body(QStringLiteral("python"), QStringLiteral("import sys; print(len(sys.stdin.read()))"),
                                 {{QStringLiteral("stdin"), input}, {QStringLiteral("run_timeout"), 20000}})));
    // A program that reads nothing gets a huge stdin too, without blocking anyone.
    connection.send(message(QStringLiteral("execute"), 2,
                            body(QStringLiteral("bash"), QStringLiteral("echo ignored"), {{QStringLiteral("stdin"), input}})));
    QCOMPARE(connection.waitFor(1, QStringLiteral("result"), 60000).value(QStringLiteral("run")).toObject().value(QStringLiteral("stdout")).toString(),
             QStringLiteral("33554432\n"));
    QCOMPARE(connection.waitFor(2, QStringLiteral("result"), 60000).value(QStringLiteral("run")).toObject().value(QStringLiteral("stdout")).toString(),
             QStringLiteral("ignored\n"));
}

void TestSandboxProtocol::clientThatNeverReads()
{
    const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    SandboxConnection lazy(m_helper.socketPath());
    lazy.send(message(QStringLiteral("init"), 1,
                      body(QStringLiteral("bash"), QStringLiteral("yes \"$1\""),
                           {{QStringLiteral("args"), QJsonArray{QString::fromLatin1(marker)}},
                            {QStringLiteral("run_timeout"), 60000},
                            {QStringLiteral("output_limit"), -1}})));
    QTRY_VERIFY_WITH_TIMEOUT(!SandboxHelper::processesWith(marker).isEmpty(), 5000);
    QTest::qWait(1000); // the helper's buffer for this client fills up
    SandboxConnection other(m_helper.socketPath());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5; ++i)
        QVERIFY(other.helloAnswered(2000));
    QVERIFY(timer.elapsed() < 2000);
    lazy.disconnect();
    QTRY_VERIFY_WITH_TIMEOUT(SandboxHelper::processesWith(marker).isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
}

void TestSandboxProtocol::stdinThatIsNeverRead()
{
    // What the program does not read waits in the helper, up to a bound.
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), 1,
                            body(QStringLiteral("bash"), QStringLiteral("sleep 60"), {{QStringLiteral("run_timeout"), 60000}})));
    QVERIFY(!connection.waitFor(1, QStringLiteral("stage")).isEmpty());
    const QString chunk(1 << 20, QLatin1Char('x'));
    for (int i = 0; i < 70; ++i)
        connection.send({{QStringLiteral("type"), QStringLiteral("data")}, {QStringLiteral("id"), 1},
                         {QStringLiteral("stream"), QStringLiteral("stdin")}, {QStringLiteral("data"), chunk}});
    QCOMPARE(connection.waitFor(1, QStringLiteral("error"), 30000).value(QStringLiteral("message")).toString(),
             QStringLiteral("stdin is full: 64 MiB are waiting for the program to read them"));
    connection.send({{QStringLiteral("type"), QStringLiteral("signal")}, {QStringLiteral("id"), 1}, {QStringLiteral("signal"), QStringLiteral("SIGKILL")}});
    QVERIFY(!connection.waitFor(1, QStringLiteral("done"), 30000).isEmpty());
}

void TestSandboxProtocol::tooManyClients()
{
    QList<SandboxConnection *> clients;
    for (int i = 0; i < 64; ++i) {
        clients << new SandboxConnection(m_helper.socketPath());
        QVERIFY(clients.last()->helloAnswered(2000));
    }
    // Nothing is sent on the refused one: writing to a closed socket drops what Qt has read.
    clients << new SandboxConnection(m_helper.socketPath());
    QCOMPARE(clients.last()->waitFor(QJsonValue::Null, QStringLiteral("error")).value(QStringLiteral("message")).toString(),
             QStringLiteral("too many connections: the sandbox serves at most 64 clients at once"));
    // Once one leaves, the next is served. A try that comes before the helper has noticed the
    // leaving is refused; each try stays connected when served, or a later one would be refused.
    delete clients.takeFirst();
    bool served = false;
    for (QDeadlineTimer deadline(15000); !served && !deadline.hasExpired(); QTest::qWait(50)) {
        clients << new SandboxConnection(m_helper.socketPath());
        served = clients.last()->helloAnswered(1000);
        if (!served)
            delete clients.takeLast();
    }
    QVERIFY(served);
    qDeleteAll(clients);
}

namespace {

// A helper started with a config file and language directory of the test's own; its socket
// path, or empty after a failed QVERIFY.
QString startConfigured(QProcess &process, const QTemporaryDir &dir, const QStringList &extra)
{
    const QString socket = dir.filePath(QStringLiteral("run/sandbox.sock"));
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    SandboxHelper::startHelper(process, QStringList{QStringLiteral("daemon"), QStringLiteral("--socket"), socket,
                                                    QStringLiteral("--box-root"), dir.filePath(QStringLiteral("boxes")),
                                                    QStringLiteral("--box-uids"), SandboxHelper::boxUids(),
                                                    QStringLiteral("--exit-with-parent")} +
                                            extra);
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(30000))
        line += process.readAllStandardOutput();
    if (line != "READY " + socket.toUtf8() + '\n')
        return {};
    return socket;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(text);
}

// Starts the helper as systemd would: listener as fd 3, LISTEN_FDS=1, LISTEN_PID its own pid.
// Its stdout comes out of *out; the pid, or -1.
pid_t startActivated(int listener, const QStringList &arguments, int *out)
{
    QList<QByteArray> words = {QFile::encodeName(SandboxHelper::executable())};
    for (const QString &argument : arguments)
        words << argument.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0)
        return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        // Only async-signal-safe calls from here on: the test is multi-threaded.
        char pidText[32];
        int length = 0;
        char digits[16];
        for (pid_t self = getpid(); self > 0; self /= 10)
            digits[length++] = char('0' + self % 10);
        for (int i = 0; i < length; ++i)
            pidText[i] = digits[length - 1 - i];
        pidText[length] = '\0';
        char listenPid[48] = "LISTEN_PID=";
        memcpy(listenPid + 11, pidText, size_t(length) + 1);
        char listenFds[] = "LISTEN_FDS=1";
        char *envp[] = {listenPid, listenFds, nullptr};
        if (dup2(pipeFds[1], 1) < 0 || (listener == 3 ? fcntl(3, F_SETFD, 0) : dup2(listener, 3)) < 0)
            _exit(127);
        execve(argv[0], argv.data(), envp);
        _exit(127);
    }
    close(pipeFds[1]);
    *out = pipeFds[0];
    return pid;
}

// One line read from fd within timeoutMs.
QByteArray readLine(int fd, int timeoutMs)
{
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    char c;
    while (!line.endsWith('\n') && timer.elapsed() < timeoutMs) {
        pollfd poll{fd, POLLIN, 0};
        if (::poll(&poll, 1, int(timeoutMs - timer.elapsed())) <= 0 || read(fd, &c, 1) != 1)
            break;
        line += c;
    }
    return line;
}

// Connects as another user (a forked child with these ids), sends a hello, and returns the first
// line the helper answers ("" if the connection failed or was closed without one).
QByteArray helloAs(const QString &socketPath, uid_t uid, gid_t gid, const QList<gid_t> &groups)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(socketPath);
    memcpy(address.sun_path, path.constData(), size_t(path.size()) + 1);
    const std::vector<gid_t> groupList(groups.begin(), groups.end());
    const char hello[] = "{\"type\":\"hello\",\"id\":1}\n";
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0)
        return "<pipe>";
    const pid_t pid = fork();
    if (pid == 0) {
        alarm(20);
        if (setgroups(groupList.size(), groupList.data()) != 0 || setresgid(gid, gid, gid) != 0 ||
            setresuid(uid, uid, uid) != 0)
            _exit(2);
        const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            _exit(3);
        // A refused client may find the connection closed before it writes; what the helper
        // answered is still there to read.
        (void)!send(fd, hello, sizeof hello - 1, MSG_NOSIGNAL);
        char c;
        while (read(fd, &c, 1) == 1) {
            if (write(pipeFds[1], &c, 1) != 1 || c == '\n')
                break;
        }
        _exit(0);
    }
    close(pipeFds[1]);
    const QByteArray line = readLine(pipeFds[0], 25000);
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return "<child failed: " + QByteArray::number(status) + ">";
    return line.trimmed();
}

} // namespace

void TestSandboxProtocol::configuredLimits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A language file's own default, and a config that caps one limit for everyone and memory
    // for python alone.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("languages"))));
    for (const char *name : {"python", "bash"}) {
        QFile source(QStringLiteral(LANGUAGES_DIR "/%1.json").arg(QLatin1String(name)));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject language = QJsonDocument::fromJson(source.readAll()).object();
        if (qstrcmp(name, "python") == 0)
            language.insert(QStringLiteral("limits"), QJsonObject{{QStringLiteral("run_timeout"), 1000}});
        writeFile(dir.filePath(QStringLiteral("languages/%1.json").arg(QLatin1String(name))), QJsonDocument(language).toJson());
    }
    const QString config = dir.filePath(QStringLiteral("sandbox.json"));
    writeFile(config, R"({"run_timeout_max": 5000, "languages": {"python": {"run_memory_limit_max": 67108864}}})");
    QProcess process;
    const QString socket = startConfigured(process, dir,
                                           {QStringLiteral("--config"), config, QStringLiteral("--languages"),
                                            dir.filePath(QStringLiteral("languages"))});
    QVERIFY(!socket.isEmpty());
    SandboxConnection connection(socket);
    const auto errorFor = [&](const QJsonObject &request) {
        connection.send(message(QStringLiteral("execute"), QStringLiteral("e"), request));
        return connection.waitFor(QStringLiteral("e")).value(QStringLiteral("message")).toString();
    };
    QCOMPARE(errorFor(body(QStringLiteral("bash"), QStringLiteral("true"), {{QStringLiteral("run_timeout"), 5001}})),
             QStringLiteral("run_timeout cannot exceed the configured limit of 5000"));
    QCOMPARE(errorFor(body(QStringLiteral("python"), QStringLiteral("1"), {{QStringLiteral("run_memory_limit"), 67108865}})),
             QStringLiteral("run_memory_limit cannot exceed the configured limit of 67108864"));
    QCOMPARE(errorFor(body(QStringLiteral("python"), QStringLiteral("1"), {{QStringLiteral("run_memory_limit"), 0}})),
             QStringLiteral("run_memory_limit must be positive; -1 asks for the configured limit of 67108864"));

    // -1 is python's maximum here, 64 MiB: a program that wants more is stopped, and says so.
    connection.send(message(QStringLiteral("execute"), 1,
                            body(QStringLiteral("python"), QStringLiteral("x = bytearray(200 << 20)\nprint(len(x))"),
                                 {{QStringLiteral("run_memory_limit"), -1}})));
    const QJsonObject hog = connection.waitFor(1, QStringLiteral("result")).value(QStringLiteral("run")).toObject();
    QVERIFY2(hog.value(QStringLiteral("stdout")).toString().isEmpty(), qPrintable(QJsonDocument(hog).toJson()));
    if (hog.value(QStringLiteral("status")).toString() == QLatin1String("SG"))
        QCOMPARE(hog.value(QStringLiteral("message")).toString(), QStringLiteral("Memory limit exceeded (64 MiB)"));
    else // without a cgroup, RLIMIT_AS makes the allocation fail instead
        QCOMPARE(hog.value(QStringLiteral("status")).toString(), QStringLiteral("RE"));

    // No run_timeout: python's own default of 1000 ms.
    connection.send(message(QStringLiteral("execute"), 2, body(QStringLiteral("python"), QStringLiteral("import time\ntime.sleep(4)"))));
    const QJsonObject sleeper = connection.waitFor(2, QStringLiteral("result")).value(QStringLiteral("run")).toObject();
    QCOMPARE(sleeper.value(QStringLiteral("status")).toString(), QStringLiteral("TO"));
    QVERIFY2(sleeper.value(QStringLiteral("wall_time")).toInt() < 2000, qPrintable(QJsonDocument(sleeper).toJson()));

    // A malformed config stops the helper before it serves anyone, naming file and key.
    writeFile(config, R"({"languages": {"python": {"run_timeout_maximum": 5}}})");
    QProcess bad;
    bad.start(SandboxHelper::executable(), {QStringLiteral("runtimes"), QStringLiteral("--config"), config});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 1);
    QCOMPARE(bad.readAllStandardError().trimmed(),
             ("runpad-sandbox: " + config + ": languages.python.run_timeout_maximum: unknown key").toUtf8());

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxProtocol::socketActivation()
{
    if (geteuid() != 0)
        QSKIP("connecting as other users needs root");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Other users must reach the socket: what refuses them is the helper's check, not the mode.
    QVERIFY(chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const QString path = dir.filePath(QStringLiteral("activated.sock"));
    const int listener = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    memcpy(address.sun_path, QFile::encodeName(path).constData(), size_t(QFile::encodeName(path).size()) + 1);
    QVERIFY(bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    QVERIFY(chmod(address.sun_path, 0666) == 0);
    QVERIFY(listen(listener, 16) == 0);

    // A group nobody is not in: "users" where it exists, else a gid without a name.
    const group *users = getgrnam("users");
    const gid_t allowedGid = users ? users->gr_gid : 54321;
    const QString groupName = users ? QStringLiteral("users") : QStringLiteral("54321");
    int out = -1;
    const pid_t helper = startActivated(listener,
                                        {QStringLiteral("daemon"), QStringLiteral("--box-root"), dir.filePath(QStringLiteral("boxes")),
                                         QStringLiteral("--box-uids"), SandboxHelper::boxUids(),
                                         QStringLiteral("--allow-group"), groupName, QStringLiteral("--exit-with-parent")},
                                        &out);
    close(listener); // the helper has it now
    QVERIFY(helper > 0);
    const auto stop = qScopeGuard([&] {
        kill(helper, SIGKILL);
        waitpid(helper, nullptr, 0);
        close(out);
    });
    QCOMPARE(readLine(out, 30000), "READY " + QFile::encodeName(path) + '\n');

    // Root is served, and jobs run.
    {
        SandboxConnection connection(path);
        QVERIFY(connection.helloAnswered());
        connection.send(message(QStringLiteral("execute"), 1, body(QStringLiteral("bash"), QStringLiteral("echo activated"))));
        QCOMPARE(connection.waitFor(1, QStringLiteral("result")).value(QStringLiteral("run")).toObject().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("activated\n"));
    }
    // Another uid gets one error line, then the connection is closed.
    const QByteArray refused = helloAs(path, 65534, 65534, {});
    const QJsonObject refusal = QJsonDocument::fromJson(refused).object();
    QCOMPARE(refusal.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QVERIFY(refusal.value(QStringLiteral("id")).isNull());
    QCOMPARE(refusal.value(QStringLiteral("message")).toString(),
             QStringLiteral("permission denied: uid 65534 may not use this sandbox; it serves root and members of the group %1")
                 .arg(users ? QStringLiteral("users") : groupName));
    // The same uid is served once it has the group: as a supplementary group (which the group
    // database does not say nobody has: the kernel's record of the connection is what counts),
    // or as its primary group.
    const QByteArray supplementary = helloAs(path, 65534, 65534, {allowedGid});
    QCOMPARE(QJsonDocument::fromJson(supplementary).object().value(QStringLiteral("type")).toString(), QStringLiteral("hello"));
    const QByteArray primary = helloAs(path, 65534, allowedGid, {});
    QCOMPARE(QJsonDocument::fromJson(primary).object().value(QStringLiteral("type")).toString(), QStringLiteral("hello"));

    // SIGTERM: the helper exits cleanly and leaves systemd's socket where it is.
    QVERIFY(kill(helper, SIGTERM) == 0);
    int status = 0;
    QDeadlineTimer deadline(10000);
    while (waitpid(helper, &status, WNOHANG) == 0 && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(QFileInfo::exists(path));
}

void TestSandboxProtocol::systemdWithoutSocket()
{
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment());
    process.start(SandboxHelper::executable(), {QStringLiteral("daemon"), QStringLiteral("--systemd")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(process.readAllStandardError().startsWith("runpad-sandbox: no socket was passed"), "wrong message");
    // A socket and --socket at once is a usage error.
    QProcess both;
    both.start(SandboxHelper::executable(), {QStringLiteral("daemon"), QStringLiteral("--systemd"), QStringLiteral("--socket"), QStringLiteral("/tmp/x.sock")});
    QVERIFY(both.waitForFinished(10000));
    QCOMPARE(both.exitCode(), 2);
}

// Names come from /etc/group itself (the helper is static and loads no NSS module); any gid
// may be given by number. An unknown name is a usage error, not a crash.
void TestSandboxProtocol::allowedGroupsByNameOrNumber()
{
    QProcess unknown;
    unknown.start(SandboxHelper::executable(),
                  {QStringLiteral("daemon"), QStringLiteral("--socket"), QStringLiteral("/tmp/x.sock"),
                   QStringLiteral("--allow-group"), QStringLiteral("no-such-group-for-runpad")});
    QVERIFY(unknown.waitForFinished(10000));
    QCOMPARE(unknown.exitStatus(), QProcess::NormalExit);
    QCOMPARE(unknown.exitCode(), 2);
    QVERIFY2(unknown.readAllStandardError().contains(
                 "--allow-group: there is no group 'no-such-group-for-runpad' in /etc/group"),
             "wrong message");

    QTemporaryDir dir;
    const QString groups = dir.filePath(QStringLiteral("group"));
    QFile file(groups);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("root:x:0:\nrunpad:x:987:alice,bob\nrun:x:12:\nbroken line\nodd:x:notanumber:\n");
    file.close();
    const std::string path = QFile::encodeName(groups).toStdString();
    QCOMPARE(PeerPolicy::groupFromFile("runpad", path).value_or(0), gid_t(987));
    QCOMPARE(PeerPolicy::groupFromFile("run", path).value_or(0), gid_t(12));
    QVERIFY(!PeerPolicy::groupFromFile("runpa", path));
    QVERIFY(!PeerPolicy::groupFromFile("odd", path));
    QVERIFY(!PeerPolicy::groupFromFile("broken line", path));
    PeerPolicy policy;
    std::string error;
    QVERIFY(policy.allowGroup("54321", &error)); // a gid without a name
    QCOMPARE(policy.socketGroup(), gid_t(54321));
    QVERIFY(policy.allowGroup("root", &error));
}

void TestSandboxProtocol::warmBoxes()
{
    if (SandboxHelper::rootless())
        QSKIP("the privileged helper's pool; rootless boxes are the same code");
    // A helper of its own that keeps two boxes ready (the shared one keeps none).
    m_helper.stop();
    SandboxHelper helper;
    QString error;
    QVERIFY2(helper.start(&error, SandboxHelper::boxUids(), 2), qPrintable(error));
    const auto restart = qScopeGuard([&] {
        helper.stop();
        QString again;
        QVERIFY2(m_helper.start(&again), qPrintable(again));
    });
    // Built before any job: two box directories with nothing in /box, and their inits waiting.
    QTRY_COMPARE_WITH_TIMEOUT(helper.boxDirectories().size(), 2, 5000);
    for (const QString &box : helper.boxDirectories())
        QVERIFY(QDir(helper.boxRootSeenByHelper() + QLatin1Char('/') + box + QStringLiteral("/box")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(SandboxHelper::boxProcesses().size() >= 2, 5000);

    SandboxConnection connection(helper.socketPath());
    // A job leaves files and a process behind; the next, in another ready box, finds none.
    connection.send(message(QStringLiteral("execute"), 1,
                            body(QStringLiteral("bash"),
                                 QStringLiteral("echo x > /box/left; echo x > /tmp/left; (sleep 100 &); echo ran"))));
    QCOMPARE(connection.waitFor(1, QStringLiteral("result")).value(QStringLiteral("run")).toObject()
                 .value(QStringLiteral("stdout")).toString(),
             QStringLiteral("ran\n"));
    connection.send(message(QStringLiteral("execute"), 2,
                            body(QStringLiteral("bash"),
                                 QStringLiteral("ls -A /box /tmp; cat /proc/[0-9]*/comm"))));
    const QString seen = connection.waitFor(2, QStringLiteral("result")).value(QStringLiteral("run")).toObject()
                             .value(QStringLiteral("stdout")).toString();
    QVERIFY2(seen.contains(QStringLiteral("/tmp:\n")) && !seen.contains(QStringLiteral("left")) &&
                 !seen.contains(QStringLiteral("sleep")),
             qPrintable(seen));
    // A ready box takes the job's own memory limit.
    connection.send(message(QStringLiteral("execute"), 3,
                            body(QStringLiteral("python"), QStringLiteral("b = bytearray(200 << 20)"),
                                 {{QStringLiteral("run_memory_limit"), 64 << 20}})));
    QCOMPARE(connection.waitFor(3, QStringLiteral("result")).value(QStringLiteral("run")).toObject()
                 .value(QStringLiteral("message")).toString(),
             QStringLiteral("Memory limit exceeded (64 MiB)"));
    // A ready box that died waiting is not handed out: jobs still run.
    QList<pid_t> killed;
    for (const QString &process : SandboxHelper::boxProcesses())
        killed << pid_t(process.section(QLatin1Char(' '), 0, 0).toInt());
    for (const pid_t pid : killed)
        kill(pid, SIGKILL);
    // Dead (gone, or a zombie the helper has not reaped), not dying: a box whose init is still
    // exiting would be handed out.
    const auto alive = [](pid_t pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
    };
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(killed.cbegin(), killed.cend(), alive),
                             SandboxHelper::kTeardownTimeoutMs);
    connection.send(message(QStringLiteral("execute"), 4, body(QStringLiteral("bash"), QStringLiteral("echo alive"))));
    QCOMPARE(connection.waitFor(4, QStringLiteral("result")).value(QStringLiteral("run")).toObject()
                 .value(QStringLiteral("stdout")).toString(),
             QStringLiteral("alive\n"));
    // Stopped, the helper removes its ready boxes too.
    QCOMPARE(helper.stop(), 0);
    QVERIFY(helper.boxDirectories().isEmpty());
    QVERIFY2(SandboxHelper::boxProcesses().isEmpty(), qPrintable(SandboxHelper::boxProcesses().join(QLatin1Char('\n'))));
}

void TestSandboxProtocol::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    QVERIFY2(SandboxHelper::boxProcesses().isEmpty(), qPrintable(SandboxHelper::boxProcesses().join(QLatin1Char('\n'))));
    QCOMPARE(m_helper.stop(), 0);
    QVERIFY(!QFile::exists(m_helper.socketPath()));
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandbox_protocol.moc"
