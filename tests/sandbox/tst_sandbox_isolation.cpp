// What a program in a box can see and do (harmless probes), and the helper's own life cycle.

#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace SandboxRequests;

class TestSandboxIsolation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void probe_data();
    void probe();
    void boxDirectory();
    void hostTmpIsInvisible();
    void helperHasNoBoundingSet();
    void networkIsNewForEachJob();
    void unsafeBoxRoot();
    void startsRootlessWithoutRoot();
    void refusesWithoutUserNamespaces();
    void sigtermKillsJobs();
    void refusesSocketInUse();
    void exitsWithParent();
    void cleanupTestCase();

private:
    // Runs a python program in the box and returns its stdout.
    QString runPython(const QString &code);

    SandboxHelper m_helper;
    int m_nextId = 0;
};

void TestSandboxIsolation::initTestCase()
{
    QString error;
    QVERIFY2(m_helper.start(&error), qPrintable(error));
}

QString TestSandboxIsolation::runPython(const QString &code)
{
    SandboxConnection connection(m_helper.socketPath());
    const int id = m_nextId++;
    connection.send(message(QStringLiteral("execute"), id, body(QStringLiteral("python"), code)));
    const QJsonObject run = connection.waitFor(id, QStringLiteral("result"))[QStringLiteral("run")].toObject();
    if (!run.value(QStringLiteral("status")).isNull())
        qWarning().noquote() << run.value(QStringLiteral("stderr")).toString();
    return run.value(QStringLiteral("stdout")).toString().trimmed();
}

void TestSandboxIsolation::probe_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("own pid namespace") << "import os; print(os.getpid())" << "2";
    QTest::newRow("only its processes in /proc")
        << "import os; print(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()) == [os.getpid()])" << "True";
    QTest::newRow("own hostname") << "import socket; print(socket.gethostname())" << "runpad";
    QTest::newRow("hostname not settable") << "import socket\ntry:\n    socket.sethostname('x'); print('set')\nexcept OSError as e: print(e.errno)" << "1";
    QTest::newRow("only loopback") << "import socket; print([n for _, n in socket.if_nameindex()])" << "['lo']";
    QTest::newRow("no route out")
        << "import socket\ns = socket.socket()\ntry:\n    s.connect(('1.1.1.1', 53)); print('connected')\nexcept OSError as e: print('refused')" << "refused";
    QTest::newRow("not root") << "import os; print(os.getuid() >= 60000 and os.getgid() >= 60000 and os.getgroups() in ([], [os.getgid()]))" << "True";
    QTest::newRow("no capabilities")
        << "print([l.split()[1] for l in open('/proc/self/status') if l.startswith(('CapEff', 'CapPrm', 'CapBnd', 'CapAmb', 'CapInh'))])"
        << "['0000000000000000', '0000000000000000', '0000000000000000', '0000000000000000', '0000000000000000']";
    // init (PID 1) has the box uid too: signals may reach it, and only a same-uid one could.
    QTest::newRow("init has the box uid")
        << "import os\ntry:\n    os.kill(1, 0); print('box uid')\nexcept PermissionError: print('root')" << "box uid";
    // ... and it is not dumpable, so the program can neither trace it nor read its /proc entries.
    QTest::newRow("init cannot be traced")
        << "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\nprint(libc.ptrace(16, 1, 0, 0), ctypes.get_errno(), os.path.exists('/proc/1'))"
        << "-1 1 False";
    QTest::newRow("no_new_privs") << "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('NoNewPrivs')][0])" << "1";
    QTest::newRow("own session") << "import os; print(os.getsid(0) == os.getpid())" << "True";
    QTest::newRow("no inherited fds") << "import os; print(sorted(os.listdir('/proc/self/fd')))" << "['0', '1', '2', '3']";
    QTest::newRow("writable box and tmp")
        << "open('/box/a', 'w').write('x'); open('/tmp/a', 'w').write('x'); print('ok')" << "ok";
    QTest::newRow("read-only elsewhere")
        << "import os\nbad = []\nfor p in ['/x', '/usr/x', '/etc/x', '/dev/x', '/proc/x', '/bin/x']:\n    try:\n        open(p, 'w'); bad.append(p)\n    except OSError: pass\nprint(bad)" << "[]";
    QTest::newRow("no /sys") << "import os; print(os.path.exists('/sys'))" << "False";
    // The box's own nsswitch.conf: looking up its uid loads no module of another database.
    QTest::newRow("names from files only")
        << "import pwd\nprint({l.split()[1] for l in open('/etc/nsswitch.conf') if l.strip()})\n"
           "try: pwd.getpwuid(__import__('os').getuid())\nexcept KeyError: print('no name')\n"
           "print([l for l in open('/proc/self/maps') if 'libnss' in l])"
        << "{'files'}\nno name\n[]";
    QTest::newRow("minimal /dev") << "import os; print(sorted(os.listdir('/dev')))"
                                  << "['fd', 'full', 'null', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'urandom', 'zero']";
    QTest::newRow("clean environment") << "import os; print(sorted(os.environ))"
                                       << "['HOME', 'LANG', 'PATH', 'PYTHONDONTWRITEBYTECODE', 'PYTHONIOENCODING', 'PYTHONUNBUFFERED', 'TMPDIR']";
    QTest::newRow("cwd is /box") << "import os; print(os.getcwd(), os.environ['HOME'])" << "/box /box";
    QTest::newRow("no core dumps") << "import resource; print(resource.getrlimit(resource.RLIMIT_CORE))" << "(0, 0)";
    // 64 processes per box, init and the program among them (the box's cgroup, or RLIMIT_NPROC).
    QTest::newRow("process cap")
        << "import os, time\nn = 0\nwhile n < 100:\n    try: pid = os.fork()\n    except BlockingIOError: break\n    if pid == 0: time.sleep(30); os._exit(0)\n    n += 1\nprint(n)" << "62";
    QTest::newRow("cannot mount")
        << "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\nprint(libc.mount(b'none', b'/tmp', b'tmpfs', 0, None), ctypes.get_errno())" << "-1 1";
}

void TestSandboxIsolation::probe()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(runPython(code), expected);
}

void TestSandboxIsolation::boxDirectory()
{
    // The program owns its box directory, and nobody else can enter it.
    // The last test's box goes after its result: wait, or it would be counted here.
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(), SandboxHelper::kTeardownTimeoutMs);
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), 1,
                            body(QStringLiteral("python"), QStringLiteral("import os; st = os.stat('/box'); print(oct(st.st_mode & 0o777), st.st_uid == os.getuid(), flush=True); input()"))));
    QCOMPARE(connection.readLine(1), QStringLiteral("0o700 True\n"));
    const QStringList boxes = m_helper.boxDirectories();
    QCOMPARE(boxes.size(), 1);
    // The box's tmpfs is mounted in the helper's own mount namespace (rootless: a directory).
    const QString path = m_helper.boxRootSeenByHelper() + QStringLiteral("/%1/box").arg(boxes.first());
    struct stat info {};
    QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u);
    // Rootless, the box uid exists only in the box: on the host the directory is the helper's.
    QCOMPARE(uint(info.st_uid), SandboxHelper::rootless() ? SandboxHelper::kRootlessUid : boxes.first().toUInt());
    connection.send(message(QStringLiteral("eof"), 1));
    QVERIFY(!connection.waitFor(1, QStringLiteral("done")).isEmpty());
    // The box goes right after the job's last message.
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
}

void TestSandboxIsolation::hostTmpIsInvisible()
{
    const QString marker = QStringLiteral("/tmp/runpad-marker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile file(marker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(runPython(QStringLiteral("import os; print(os.path.exists('%1'), os.listdir('/tmp'))").arg(marker)), QStringLiteral("False []"));
    // And what the box writes to its /tmp never reaches the host's.
    runPython(QStringLiteral("open('%1-box', 'w').write('x')").arg(marker));
    QVERIFY(!QFile::exists(marker + QStringLiteral("-box")));
    QFile::remove(marker);
}

void TestSandboxIsolation::helperHasNoBoundingSet()
{
    // A privileged helper keeps its capabilities but empties its bounding set once the toolchains
    // are probed: nothing it starts later gets one back. Rootless, it has nothing to drop.
    QFile status(QStringLiteral("/proc/%1/status").arg(m_helper.process().processId()));
    QVERIFY(status.open(QIODevice::ReadOnly));
    QMap<QByteArray, QByteArray> capabilities;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const int colon = line.indexOf(':');
        if (line.startsWith("Cap") && colon > 0)
            capabilities.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    if (SandboxHelper::rootless()) {
        QCOMPARE(capabilities.value("CapEff"), QByteArray("0000000000000000"));
        return;
    }
    QCOMPARE(capabilities.value("CapBnd"), QByteArray("0000000000000000"));
    QVERIFY(capabilities.value("CapEff") != QByteArray("0000000000000000"));
}

void TestSandboxIsolation::networkIsNewForEachJob()
{
    // A privileged helper keeps one network namespace per box uid: with a single uid, every job
    // is in the same one. A listener left running by a job must be gone for the next, over TCP
    // and over abstract UNIX sockets (which belong to the network namespace).
    SandboxHelper helper;
    QString error;
    QVERIFY2(helper.start(&error, SandboxHelper::boxUids().section(QLatin1Char(':'), 0, 0) + QStringLiteral(":1")), qPrintable(error));
    const QString listener = QStringLiteral(
        "import os, socket, time\n"
        "tcp = socket.socket(); tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
        "tcp.bind(('127.0.0.1', 4242)); tcp.listen()\n"
        "unix = socket.socket(socket.AF_UNIX); unix.bind('\\0runpad-left-behind'); unix.listen()\n"
        "if os.fork() == 0:\n    time.sleep(60)\n"
        "print('listening', flush=True)");
    const QString prober = QStringLiteral(
        "import socket\n"
        "def reach(family, address):\n"
        "    try:\n        socket.socket(family).connect(address); return 'reached'\n"
        "    except OSError as e:\n        return type(e).__name__\n"
        "print(reach(socket.AF_INET, ('127.0.0.1', 4242)), reach(socket.AF_UNIX, '\\0runpad-left-behind'))");
    SandboxConnection connection(helper.socketPath());
    connection.send(message(QStringLiteral("execute"), 1, body(QStringLiteral("python"), listener)));
    QCOMPARE(connection.waitFor(1, QStringLiteral("result"))[QStringLiteral("run")].toObject()
                 .value(QStringLiteral("stdout")).toString(),
             QStringLiteral("listening\n"));
    // The first job's box must be gone before the uid serves again, so the second may wait.
    connection.send(message(QStringLiteral("execute"), 2, body(QStringLiteral("python"), prober)));
    QCOMPARE(connection.waitFor(2, QStringLiteral("result"))[QStringLiteral("run")].toObject()
                 .value(QStringLiteral("stdout")).toString(),
             QStringLiteral("ConnectionRefusedError ConnectionRefusedError\n"));
    QCOMPARE(helper.stop(), 0);
}

void TestSandboxIsolation::unsafeBoxRoot()
{
    // Under a directory another user owns, that user could swap box directories for links.
    if (SandboxHelper::rootless())
        QSKIP("the directory's owner, nobody, is the rootless helper itself");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(chown(QFile::encodeName(dir.path()).constData(), 65534, 65534), 0);
    QProcess process;
    process.start(SandboxHelper::executable(), {QStringLiteral("exec"), QStringLiteral("-"),
                                                QStringLiteral("--box-root"), dir.filePath(QStringLiteral("boxes")),
                                                QStringLiteral("--box-uids"), SandboxHelper::boxUids()});
    process.write(R"({"language":"bash","version":"*","files":[{"content":"echo ran"}]})");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("is not safe: " + QFile::encodeName(dir.path()) + " belongs to"));
}

void TestSandboxIsolation::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    QVERIFY2(SandboxHelper::boxProcesses().isEmpty(), qPrintable(SandboxHelper::boxProcesses().join(QLatin1Char('\n'))));
    if (m_helper.process().state() != QProcess::NotRunning) {
        QCOMPARE(m_helper.stop(), 0);
        QVERIFY(!QFile::exists(m_helper.socketPath()));
    }
}

void TestSandboxIsolation::startsRootlessWithoutRoot()
{
    // Started by nobody, the helper builds its boxes in user namespaces, and says so.
    QTemporaryDir dir;
    QCOMPARE(chown(QFile::encodeName(dir.path()).constData(), 65534, 65534), 0);
    const QString socket = dir.filePath(QStringLiteral("nobody.sock"));
    QProcess helper;
    helper.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                             QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all"),
                                             SandboxHelper::executable(), QStringLiteral("daemon"), QStringLiteral("--socket"), socket,
                                             QStringLiteral("--box-root"), dir.filePath(QStringLiteral("boxes")),
                                             QStringLiteral("--exit-with-parent")});
    QVERIFY(helper.waitForReadyRead(30000));
    QCOMPARE(helper.readAllStandardOutput(), "READY " + socket.toUtf8() + '\n');
    SandboxConnection connection(socket);
    connection.send(message(QStringLiteral("hello"), 1));
    QCOMPARE(connection.waitFor(1, QStringLiteral("hello")).value(QStringLiteral("isolation")).toString(), QStringLiteral("rootless"));
    connection.send(message(QStringLiteral("execute"), 2, body(QStringLiteral("python"), QStringLiteral("import os; print(os.getpid(), os.getuid())"))));
    const QJsonObject run = connection.waitFor(2, QStringLiteral("result"))[QStringLiteral("run")].toObject();
    QCOMPARE(run[QStringLiteral("stdout")].toString(), QStringLiteral("2 60000\n"));
    helper.terminate();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitCode(), 0);
}

void TestSandboxIsolation::refusesWithoutUserNamespaces()
{
    // Root of a user namespace that may not create more is neither privileged nor rootless-capable.
    QProcess process;
    process.start(QStringLiteral("unshare"), {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("sh"), QStringLiteral("-c"),
                                              QStringLiteral("echo 0 > /proc/sys/user/max_user_namespaces && exec \"$0\" daemon --socket /tmp/runpad-refused-$$.sock"),
                                              SandboxHelper::executable()});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("runpad-sandbox cannot build its sandbox: it is not running as root, and this system does not let ordinary users create user namespaces"));
}

void TestSandboxIsolation::sigtermKillsJobs()
{
    SandboxHelper helper;
    QString error;
    QVERIFY2(helper.start(&error), qPrintable(error));
    const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    SandboxConnection connection(helper.socketPath());
    connection.send(message(QStringLiteral("init"), 1,
                            body(QStringLiteral("bash"), QStringLiteral("sleep 60 & echo started; wait"),
                                 {{QStringLiteral("args"), QJsonArray{QString::fromLatin1(marker)}}, {QStringLiteral("run_timeout"), 60000}})));
    QCOMPARE(connection.readLine(1), QStringLiteral("started\n"));
    QVERIFY(!SandboxHelper::processesWith(marker).isEmpty());
    QCOMPARE(helper.stop(), 0);
    QVERIFY(SandboxHelper::processesWith(marker).isEmpty());
    QVERIFY(helper.boxDirectories().isEmpty());
    QVERIFY(!QFile::exists(helper.socketPath()));
}

void TestSandboxIsolation::refusesSocketInUse()
{
    // A second helper on a live socket explains itself and leaves the first one alone.
    QProcess second;
    second.start(SandboxHelper::executable(), {QStringLiteral("daemon"), QStringLiteral("--socket"), m_helper.socketPath()});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardError().contains("is in use"));
    SandboxConnection connection(m_helper.socketPath());
    QVERIFY(connection.helloAnswered());
}

void TestSandboxIsolation::exitsWithParent()
{
    // A shell starts the helper, waits for its socket and exits: the helper follows it.
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("helper.sock"));
    QProcess shell;
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                       QStringLiteral("\"$0\" daemon --socket \"$1\" --box-root \"$2\" --exit-with-parent >/dev/null &"
                                                      " while [ ! -S \"$1\" ]; do sleep 0.05; done"),
                                       SandboxHelper::executable(), socket, dir.filePath(QStringLiteral("boxes"))});
    QVERIFY(shell.waitForFinished(30000));
    QCOMPARE(shell.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(socket), 5000);
}

QTEST_GUILESS_MAIN(TestSandboxIsolation)
#include "tst_sandbox_isolation.moc"
