// `runpad-sandbox run`: the one-shot, isolate-like mode. Each test starts the helper with a box
// uid range and a box root of this test's own, checks its exit status and meta file, and that
// nothing of the box is left afterwards. With RUNPAD_TEST_RUN_DAEMON set (CTest's
// sandbox.run.daemon), every run goes through `--socket` to a daemon of the test's, with boxes
// ready, and the same checks hold.

#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kBoxUids = QStringLiteral("63000:8");

bool throughDaemon()
{
    return qEnvironmentVariableIsSet("RUNPAD_TEST_RUN_DAEMON");
}

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QMap<QString, QString> meta;
};

} // namespace

class TestSandboxRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void meta_data();
    void meta();
    void zeroTimeIsATimeOut();
    void stdinAndOutputPassThrough();
    void readOnlyDir();
    void writableDir();
    void badUsage_data();
    void badUsage();
    void unreachableDaemon();
    void bindsNeedTheClientsAccess();
    void refusedClientIsTold();
    void cleanup();
    void cleanupTestCase();

private:
    RunResult run(const QStringList &options, const QStringList &program, const QByteArray &input = {});
    // Lets other users reach the daemon's socket (whether it serves them is its own policy).
    void openSocketDirectories();

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/runpad-sandbox-run-XXXXXX")};
    SandboxHelper m_daemon; // started only through a daemon
};

RunResult TestSandboxRun::run(const QStringList &options, const QStringList &program, const QByteArray &input)
{
    const QString metaPath = m_dir.filePath(QStringLiteral("meta"));
    QFile::remove(metaPath);
    const QStringList box = throughDaemon()
                                ? QStringList{QStringLiteral("--socket"), m_daemon.socketPath()}
                                : QStringList{QStringLiteral("--box-uids"), kBoxUids, QStringLiteral("--box-root"),
                                              m_dir.filePath(QStringLiteral("boxes"))};
    QProcess process;
    process.start(SandboxHelper::executable(),
                  QStringList{QStringLiteral("run"), QStringLiteral("--meta"), metaPath} + box + options +
                      QStringList{QStringLiteral("--")} + program);
    process.write(input);
    process.closeWriteChannel();
    RunResult result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    QFile meta(metaPath);
    if (meta.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meta.readAll().split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0)
                result.meta.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 1)));
        }
    }
    return result;
}

void TestSandboxRun::initTestCase()
{
    if (SandboxHelper::rootless() || geteuid() != 0)
        QSKIP("runpad-sandbox run is tested as root");
    QVERIFY(m_dir.isValid());
    QString error;
    // Two boxes ready, as an app's daemon has; nobody may connect (bindsNeedTheClientsAccess).
    if (throughDaemon())
        QVERIFY2(m_daemon.start(&error, kBoxUids, 2, {QStringLiteral("--allow-uid"), QString::number(SandboxHelper::kRootlessUid)}),
                 qPrintable(error));
    // A harmless probe first: the program is PID 2 under the box's init, with a box uid.
    const RunResult probe = run({}, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; id -u")});
    QCOMPARE(probe.exitCode, 0);
    const QList<QByteArray> lines = probe.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QByteArray("2"));
    const uint uid = lines[1].toUInt();
    QVERIFY2(uid >= 63000 && uid < 63008, lines[1].constData());
    QCOMPARE(probe.meta.value(QStringLiteral("status")), QStringLiteral("OK"));
}

void TestSandboxRun::meta_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("program");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // key:value lines the meta file must have

    const QString sh = QStringLiteral("sh");
    const QString c = QStringLiteral("-c");
    QTest::newRow("exit 0") << QStringList{} << QStringList{QStringLiteral("/bin/true")} << 0
                            << QStringList{QStringLiteral("status:OK"), QStringLiteral("exitcode:0"),
                                           QStringLiteral("cg-oom-killed:0")};
    QTest::newRow("exit 3") << QStringList{} << QStringList{sh, c, QStringLiteral("exit 3")} << 3
                            << QStringList{QStringLiteral("status:RE"), QStringLiteral("exitcode:3"),
                                           QStringLiteral("message:Exited with error status 3")};
    QTest::newRow("signal") << QStringList{} << QStringList{sh, c, QStringLiteral("kill -SEGV $$")} << 128 + 11
                            << QStringList{QStringLiteral("status:SG"), QStringLiteral("exitsig:11"),
                                           QStringLiteral("message:Received signal 11 (SIGSEGV)")};
    QTest::newRow("wall time") << QStringList{QStringLiteral("--wall-time"), QStringLiteral("0.2")}
                               << QStringList{QStringLiteral("sleep"), QStringLiteral("5")} << 137
                               << QStringList{QStringLiteral("status:TO"), QStringLiteral("exitsig:9"),
                                              QStringLiteral("killed:1"),
                                              QStringLiteral("message:Time limit exceeded (wall time over 200 ms)")};
    QTest::newRow("cpu time") << QStringList{QStringLiteral("--time"), QStringLiteral("0.2")}
                              << QStringList{sh, c, QStringLiteral("while :; do :; done")} << 137
                              << QStringList{QStringLiteral("status:TO"), QStringLiteral("killed:1"),
                                             QStringLiteral("message:Time limit exceeded (CPU time over 200 ms)")};
    QTest::newRow("memory") << QStringList{QStringLiteral("--mem"), QStringLiteral("32M")}
                            << QStringList{QStringLiteral("python3"), c,
                                           QStringLiteral("x = bytearray(256 << 20); print(len(x))")}
                            << 137
                            << QStringList{QStringLiteral("status:SG"), QStringLiteral("exitsig:9"),
                                           QStringLiteral("cg-oom-killed:1"), QStringLiteral("killed:1"),
                                           QStringLiteral("message:Memory limit exceeded (32 MiB)")};
    QTest::newRow("process cap") << QStringList{QStringLiteral("--processes"), QStringLiteral("1")}
                                 << QStringList{sh, c, QStringLiteral("/bin/true")} << 2 // sh: "Cannot fork"
                                 << QStringList{QStringLiteral("status:RE"), QStringLiteral("exitcode:2")};
}

void TestSandboxRun::meta()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, program);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const RunResult result = run(options, program);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(result.exitCode).arg(QString::fromUtf8(result.err))));
    for (const QString &line : expected) {
        const QString key = line.section(QLatin1Char(':'), 0, 0);
        QCOMPARE(key + QLatin1Char(':') + result.meta.value(key), line);
    }
    // Every run says how long it took, in seconds with three decimals, and what it used.
    static const QRegularExpression seconds(QStringLiteral("^\\d+\\.\\d{3}$"));
    QVERIFY(seconds.match(result.meta.value(QStringLiteral("time"))).hasMatch());
    QVERIFY(seconds.match(result.meta.value(QStringLiteral("time-wall"))).hasMatch());
    QVERIFY(result.meta.value(QStringLiteral("cg-mem")).toLongLong() > 0);
    QCOMPARE(result.meta.contains(QStringLiteral("exitcode")) + result.meta.contains(QStringLiteral("exitsig")), 1);
}

void TestSandboxRun::zeroTimeIsATimeOut()
{
    for (const QString &option : {QStringLiteral("--time"), QStringLiteral("--wall-time")}) {
        const RunResult result = run({option, QStringLiteral("0")}, {QStringLiteral("/bin/true")});
        QCOMPARE(result.exitCode, 137);
        QCOMPARE(result.meta.value(QStringLiteral("status")), QStringLiteral("TO"));
        QCOMPARE(result.meta.value(QStringLiteral("killed")), QStringLiteral("1"));
    }
}

void TestSandboxRun::stdinAndOutputPassThrough()
{
    // Bytes that are not UTF-8 come out as they went in.
    QByteArray input("line\n\xff\xfe\x00\x01", 9);
    const RunResult result = run({}, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat; echo err >&2")}, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, input);
    QCOMPARE(result.err, QByteArray("err\n"));
}

void TestSandboxRun::readOnlyDir()
{
    const QString host = m_dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(host));
    QFile::setPermissions(host, QFileDevice::Permissions(0x7777));
    QFile file(host + QStringLiteral("/in.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from the host\n");
    file.close();
    const RunResult result = run({QStringLiteral("--dir"), host + QStringLiteral(":/data")},
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("cat /data/in.txt; echo x > /data/out.txt")});
    QCOMPARE(result.out, QByteArray("from the host\n"));
    QVERIFY2(result.err.contains("Read-only file system"), result.err.constData());
    QCOMPARE(result.meta.value(QStringLiteral("status")), QStringLiteral("RE"));
    QVERIFY(!QFile::exists(host + QStringLiteral("/out.txt")));
}

void TestSandboxRun::writableDir()
{
    const QString host = m_dir.filePath(QStringLiteral("rw"));
    QVERIFY(QDir().mkpath(host));
    // The box uid is not the owner: the directory lets anyone write, as a bench's would.
    QFile::setPermissions(host, QFileDevice::Permissions(0x7777));
    const RunResult result = run({QStringLiteral("--dir"), host + QStringLiteral(":/opt/out:rw")},
                                 {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo written > /opt/out/f")});
    QCOMPARE(result.exitCode, 0);
    QFile file(host + QStringLiteral("/f"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("written\n"));
}

void TestSandboxRun::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList program{QStringLiteral("--"), QStringLiteral("/bin/true")};
    QTest::newRow("helper option with socket") << QStringList{QStringLiteral("--socket"), QStringLiteral("/nonexistent")} + program
                                               << QStringLiteral("--box-uids sets up a helper of this process's own");
    QTest::newRow("mem 0") << QStringList{QStringLiteral("--mem"), QStringLiteral("0")} + program
                           << QStringLiteral("--mem 0 would leave the program no memory");
    QTest::newRow("negative time") << QStringList{QStringLiteral("--time"), QStringLiteral("-1")} + program
                                   << QStringLiteral("--time takes seconds from 0 to 300");
    QTest::newRow("no program") << QStringList{QStringLiteral("--time"), QStringLiteral("1")}
                                << QStringLiteral("run needs -- PROGRAM");
    QTest::newRow("relative box path") << QStringList{QStringLiteral("--dir"), QStringLiteral("/tmp:data")} + program
                                       << QStringLiteral("is not an absolute path in the box");
    QTest::newRow("dir over /proc") << QStringList{QStringLiteral("--dir"), QStringLiteral("/tmp:/proc/x")} + program
                                    << QStringLiteral("inside the box's own /proc");
    QTest::newRow("no processes") << QStringList{QStringLiteral("--processes"), QStringLiteral("0")} + program
                                  << QStringLiteral("--processes takes a number from 1");
}

void TestSandboxRun::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(SandboxHelper::executable(), QStringList{QStringLiteral("run"), QStringLiteral("--box-uids"), kBoxUids} + arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestSandboxRun::unreachableDaemon()
{
    QProcess process;
    const QString metaPath = m_dir.filePath(QStringLiteral("unreachable-meta"));
    process.start(SandboxHelper::executable(),
                  {QStringLiteral("run"), QStringLiteral("--socket"), m_dir.filePath(QStringLiteral("no.sock")),
                   QStringLiteral("--meta"), metaPath, QStringLiteral("--"), QStringLiteral("/bin/true")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("cannot reach the sandbox daemon at ")) && err.contains(QLatin1String("No such file")),
             qPrintable(err));
    QFile meta(metaPath);
    QVERIFY(meta.open(QIODevice::ReadOnly));
    QVERIFY(meta.readAll().startsWith("status:XX\nmessage:cannot reach the sandbox daemon"));
}

// The daemon opens a bind's host path with the client's uid and groups, not its own: a client
// cannot have a directory bound that it could not reach itself. Sent as a raw `run` message by
// nobody, since `run` itself already refuses a path it cannot resolve.
void TestSandboxRun::bindsNeedTheClientsAccess()
{
    if (!throughDaemon())
        QSKIP("a daemon's check");
    const QString secret = m_dir.filePath(QStringLiteral("secret"));
    QVERIFY(QDir().mkpath(secret + QStringLiteral("/inner")));
    QFile file(secret + QStringLiteral("/inner/x"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("secret\n");
    file.close();
    // Readable by all past the secret directory; the socket's directory open to nobody.
    QVERIFY(chmod(QFile::encodeName(secret).constData(), 0755) == 0);
    QVERIFY(chmod(QFile::encodeName(secret + QStringLiteral("/inner")).constData(), 0755) == 0);
    QVERIFY(chmod(QFile::encodeName(m_dir.path()).constData(), 0711) == 0);
    openSocketDirectories();
    const auto runAsNobody = [&](const QString &host) {
        QJsonObject body = SandboxRequests::message(QStringLiteral("run"), 1);
        body.insert(QStringLiteral("argv"), QJsonArray{QStringLiteral("cat"), QStringLiteral("/s/x")});
        body.insert(QStringLiteral("dirs"), QJsonArray{QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("box"), QStringLiteral("/s")}}});
        const QByteArray line = QJsonDocument(body).toJson(QJsonDocument::Compact);
        // One line out, the first answer back (the daemon sends nothing before it).
        const QString script = QStringLiteral(
            "import socket,sys\ns=socket.socket(socket.AF_UNIX)\ns.connect(sys.argv[1])\ns.sendall(sys.argv[2].encode()+b'\\n')\n"
            "f=s.makefile('rb')\nsys.stdout.write(f.readline().decode())\n");
        QProcess python;
        python.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid"), QString::number(SandboxHelper::kRootlessUid),
                                                 QStringLiteral("--regid"), QString::number(SandboxHelper::kRootlessUid),
                                                 QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                                                 script, m_daemon.socketPath(), QString::fromUtf8(line)});
        python.waitForFinished(30000);
        const QJsonObject answer = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        if (answer.isEmpty())
            qWarning() << "no answer:" << python.readAllStandardError();
        return answer;
    };
    // The probe: a directory nobody can reach is bound, and read in the box.
    const QJsonObject reached = runAsNobody(secret + QStringLiteral("/inner"));
    QCOMPARE(reached.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    QCOMPARE(QByteArray::fromBase64(reached[QStringLiteral("run")][QStringLiteral("stdout")].toString().toLatin1()),
             QByteArray("secret\n"));
    // Root's alone on the way: the same files are no longer nobody's to bind.
    QVERIFY(chmod(QFile::encodeName(secret).constData(), 0700) == 0);
    const QJsonObject refused = runAsNobody(secret + QStringLiteral("/inner"));
    QCOMPARE(refused.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    const QString message = refused.value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QLatin1String("cannot open the host path with the client's access")) &&
                 message.endsWith(QLatin1String("Permission denied")),
             qPrintable(message));
}

void TestSandboxRun::openSocketDirectories()
{
    const QString socketDir = QFileInfo(m_daemon.socketPath()).absolutePath();
    QVERIFY(chmod(QFile::encodeName(QFileInfo(socketDir).absolutePath()).constData(), 0711) == 0);
}

// A client the daemon does not serve hears why, not just that the connection closed.
void TestSandboxRun::refusedClientIsTold()
{
    if (!throughDaemon())
        QSKIP("a daemon's answer");
    openSocketDirectories();
    QProcess process;
    process.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid"), QStringLiteral("65533"), QStringLiteral("--regid"),
                                              QStringLiteral("65533"), QStringLiteral("--clear-groups"), SandboxHelper::executable(),
                                              QStringLiteral("run"), QStringLiteral("--socket"), m_daemon.socketPath(),
                                              QStringLiteral("--"), QStringLiteral("/bin/true")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("the sandbox daemon refused the connection: permission denied: uid 65533 may not use this sandbox")),
             qPrintable(err));
}

// After every test: no box process, box directory or box cgroup is left (a daemon's ready
// boxes are counted when it has stopped).
void TestSandboxRun::cleanup()
{
    if (!throughDaemon())
        cleanupTestCase();
}

void TestSandboxRun::cleanupTestCase()
{
    if (throughDaemon() && m_daemon.process().state() != QProcess::NotRunning)
        QCOMPARE(m_daemon.stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(SandboxHelper::boxProcesses(kBoxUids), QStringList(), SandboxHelper::kTeardownTimeoutMs);
    const QDir boxes(m_dir.filePath(QStringLiteral("boxes")));
    QCOMPARE(boxes.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System), QStringList());
    for (uint uid = 63000; uid < 63008; ++uid) {
        for (const char *controller : {"memory", "pids", "cpuacct", "unified"}) {
            const QString cgroup = QStringLiteral("/sys/fs/cgroup/%1/runpad-sandbox/box-%2").arg(QLatin1String(controller)).arg(uid);
            QVERIFY2(!QFileInfo::exists(cgroup), qPrintable(cgroup));
        }
        QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/runpad-sandbox/box-%1").arg(uid)));
    }
}

QTEST_GUILESS_MAIN(TestSandboxRun)
#include "tst_sandbox_run.moc"
