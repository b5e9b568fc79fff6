// The helper's protocol: bad input, concurrency, disconnects, interactive mode, slow readers.

#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

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
    QTest::newRow("limit zero") << with(QStringLiteral("run_timeout"), 0) << "run_timeout must be positive";
    QTest::newRow("limit negative") << with(QStringLiteral("compile_cpu_time"), -5) << "compile_cpu_time must be positive";
    QTest::newRow("limit over max") << with(QStringLiteral("run_timeout"), 99999999) << "run_timeout cannot exceed the configured limit of 300000";
    QTest::newRow("memory zero") << with(QStringLiteral("run_memory_limit"), 0) << "run_memory_limit must be positive";
    QTest::newRow("output zero") << with(QStringLiteral("output_limit"), 0) << "output_limit must be positive";
    QTest::newRow("output over max") << with(QStringLiteral("output_limit"), 1e12) << "output_limit cannot exceed the configured limit of 67108864";
    QTest::newRow("stdin not string") << with(QStringLiteral("stdin"), 5) << "stdin must be a string";
    QTest::newRow("args not array") << with(QStringLiteral("args"), QStringLiteral("x")) << "args must be an array of strings";
    QTest::newRow("args objects") << with(QStringLiteral("args"), QJsonArray{QJsonObject{}}) << "args must be an array of strings";
    QTest::newRow("data no job") << QByteArray("{\"type\":\"data\",\"id\":1,\"stream\":\"stdin\",\"data\":\"x\"}") << "no running job with this id";
    QTest::newRow("eof no job") << QByteArray("{\"type\":\"eof\",\"id\":1}") << "no running job with this id";
    QTest::newRow("signal no job") << QByteArray("{\"type\":\"signal\",\"id\":1,\"signal\":\"SIGKILL\"}") << "no running job with this id";
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
    QTRY_VERIFY_WITH_TIMEOUT(SandboxHelper::processesWith(marker).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(), 5000);
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
    QVERIFY(m_helper.boxDirectories().isEmpty());
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
    QTRY_VERIFY_WITH_TIMEOUT(SandboxHelper::processesWith(marker).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(), 5000);
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
    // Once one leaves, the next is served.
    delete clients.takeFirst();
    QTRY_VERIFY_WITH_TIMEOUT(SandboxConnection(m_helper.socketPath()).helloAnswered(1000), 5000);
    qDeleteAll(clients);
}

void TestSandboxProtocol::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(), 5000);
    QVERIFY2(SandboxHelper::boxProcesses().isEmpty(), qPrintable(SandboxHelper::boxProcesses().join(QLatin1Char('\n'))));
    QCOMPARE(m_helper.stop(), 0);
    QVERIFY(!QFile::exists(m_helper.socketPath()));
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandbox_protocol.moc"
