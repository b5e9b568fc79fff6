// Per-box cgroups: the helper's Cgroup classes against fake cgroupfs directories (v1, v2,
// detection), then the real helper on this host: memory limit, peak memory, whole-box CPU time,
// the process cap, and nothing left behind.

#include "Cgroup.h"

#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>
#include <QTemporaryDir>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace SandboxRequests;

namespace {

constexpr int64_t kMiB = 1 << 20;

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(text);
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("<missing>");
}

// A mountinfo line for a whole hierarchy mounted at mountPoint.
QByteArray mountLine(int id, const QString &mountPoint, const QByteArray &type, const QByteArray &options)
{
    return QByteArray::number(id) + " 25 0:" + QByteArray::number(id) + " / " + mountPoint.toUtf8() +
           " rw,nosuid,nodev,noexec,relatime shared:" + QByteArray::number(id) + " - " + type + " cgroup " +
           options + '\n';
}

// The hierarchies a v1 kernel shows on a hybrid host, under root: memory, pids, cpu,cpuacct, and
// a v2 hierarchy without controllers.
QByteArray fakeV1(const QString &root)
{
    for (const char *name : {"memory", "pids", "cpu,cpuacct", "unified"})
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(name));
    writeText(root + QStringLiteral("/unified/cgroup.controllers"), "");
    return mountLine(30, root + QStringLiteral("/unified"), "cgroup2", "rw,nsdelegate") +
           mountLine(31, root + QStringLiteral("/memory"), "cgroup", "rw,memory") +
           mountLine(32, root + QStringLiteral("/pids"), "cgroup", "rw,pids") +
           mountLine(33, root + QStringLiteral("/cpu,cpuacct"), "cgroup", "rw,cpu,cpuacct");
}

// A pure v2 host: one hierarchy whose root offers the controllers.
QByteArray fakeV2(const QString &root)
{
    QDir().mkpath(root);
    writeText(root + QStringLiteral("/cgroup.controllers"), "cpuset cpu io memory hugetlb pids rdma misc");
    writeText(root + QStringLiteral("/cgroup.subtree_control"), "");
    return mountLine(30, root, "cgroup2", "rw,nsdelegate,memory_recursiveprot");
}

} // namespace

class TestSandboxCgroup : public QObject {
    Q_OBJECT

private slots:
    // Against fake cgroupfs directories.
    void detectsV2();
    void detectsV1OnHybridHost();
    void detectsNone();
    void rootlessUsesItsDelegatedCgroup();
    void rootlessRefusesUndelegatedCgroups_data();
    void rootlessRefusesUndelegatedCgroups();
    void v2BoxLimitsAndUsage();
    void v1BoxLimitsAndUsage();
    void v1BoxKillsItsProcesses();

    // Through the real helper.
    void initTestCase();
    void probe();
    void memoryLimitKills();
    void peakMemory();
    void cpuTimeOfTheWholeBox();
    void cpuLimitHoldsForTheWholeBox();
    void forkBombHitsTheProcessCap();
    void staleBoxCgroupIsReplaced();
    void cleanupTestCase();

private:
    std::unique_ptr<Cgroup> open(const QByteArray &mountInfo, std::string *why);
    QJsonObject run(const QString &language, const QString &code, const QJsonObject &limits = {});
    // Box cgroup directories of the tests' uid range, in every hierarchy.
    QStringList boxCgroups() const;

    QTemporaryDir m_fake;
    SandboxHelper m_helper;
    QString m_cgroup; // what hello reports
    int m_nextId = 0;
};

std::unique_ptr<Cgroup> TestSandboxCgroup::open(const QByteArray &mountInfo, std::string *why)
{
    const QString path = m_fake.filePath(QStringLiteral("mountinfo"));
    writeText(path, mountInfo);
    return Cgroup::open(path.toStdString(), why);
}

void TestSandboxCgroup::detectsV2()
{
    const QString root = m_fake.filePath(QStringLiteral("detect-v2"));
    std::string why;
    const auto parent = open(fakeV2(root), &why);
    QVERIFY2(parent, why.c_str());
    QCOMPARE(parent->version(), "v2");
    // The controllers go from the root to runpad-sandbox, and from it to the boxes.
    QCOMPARE(readText(root + QStringLiteral("/cgroup.subtree_control")), QByteArray("+memory +pids"));
    QCOMPARE(readText(root + QStringLiteral("/runpad-sandbox/cgroup.subtree_control")), QByteArray("+memory +pids"));
}

void TestSandboxCgroup::detectsV1OnHybridHost()
{
    const QString root = m_fake.filePath(QStringLiteral("detect-v1"));
    std::string why;
    const auto parent = open(fakeV1(root), &why);
    QVERIFY2(parent, why.c_str());
    QCOMPARE(parent->version(), "v1");
    for (const char *name : {"memory", "pids", "cpu,cpuacct"})
        QVERIFY(QFileInfo(root + QLatin1Char('/') + QLatin1String(name) + QStringLiteral("/runpad-sandbox")).isDir());
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/unified/runpad-sandbox")));
}

void TestSandboxCgroup::detectsNone()
{
    const QString root = m_fake.filePath(QStringLiteral("detect-none"));
    QDir().mkpath(root);
    writeText(root + QStringLiteral("/cgroup.controllers"), "cpu io");
    std::string why;
    // A v2 hierarchy without memory and pids, and a v1 memory hierarchy alone, are not enough.
    QVERIFY(!open(mountLine(30, root, "cgroup2", "rw") + mountLine(31, root + QStringLiteral("/memory"), "cgroup", "rw,memory"), &why));
    QCOMPARE(QString::fromStdString(why), QStringLiteral("no cgroup hierarchy with the memory and pids controllers is mounted"));
    QVERIFY(!open("", &why));
}

namespace {

// A pure v2 host with a user's scope: /proc/self/cgroup's line and the scope's directory.
const char kScope[] = "/user.slice/user-1000.slice/user@1000.service/app.slice/runpad.scope";

QString fakeScope(const QString &root, const QByteArray &controllers, const QByteArray &members)
{
    const QString scope = root + QLatin1String(kScope);
    QDir().mkpath(scope);
    writeText(scope + QStringLiteral("/cgroup.controllers"), controllers);
    writeText(scope + QStringLiteral("/cgroup.subtree_control"), "");
    writeText(scope + QStringLiteral("/cgroup.procs"), members);
    return scope;
}

} // namespace

void TestSandboxCgroup::rootlessUsesItsDelegatedCgroup()
{
    const QString root = m_fake.filePath(QStringLiteral("delegated"));
    const QByteArray mountInfo = fakeV2(root);
    const QString scope = fakeScope(root, "memory pids", QByteArray::number(getpid()) + '\n');
    const QString own = m_fake.filePath(QStringLiteral("delegated-cgroup"));
    writeText(own, QByteArray("0::") + kScope + '\n');
    std::string why;
    writeText(m_fake.filePath(QStringLiteral("mountinfo")), mountInfo);
    const auto parent = Cgroup::open(m_fake.filePath(QStringLiteral("mountinfo")).toStdString(), &why, own.toStdString());
    QVERIFY2(parent, why.c_str());
    QCOMPARE(parent->version(), "v2");
    // The helper moved into a leaf of its own; the boxes go beside it; the root is not touched.
    QCOMPARE(readText(scope + QStringLiteral("/helper/cgroup.procs")), QByteArray::number(getpid()));
    QCOMPARE(readText(scope + QStringLiteral("/cgroup.subtree_control")), QByteArray("+memory +pids"));
    QCOMPARE(readText(scope + QStringLiteral("/runpad-sandbox/cgroup.subtree_control")), QByteArray("+memory +pids"));
    QCOMPARE(readText(root + QStringLiteral("/cgroup.subtree_control")), QByteArray());
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/runpad-sandbox")));
}

void TestSandboxCgroup::rootlessRefusesUndelegatedCgroups_data()
{
    QTest::addColumn<bool>("v2");
    QTest::addColumn<QByteArray>("controllers");
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("why");
    const QByteArray self = QByteArray::number(getpid());
    QTest::newRow("hybrid host") << false << QByteArray("memory pids") << self << QStringLiteral("rootless boxes need a delegated cgroup v2 subtree, and this host has none");
    QTest::newRow("no controllers") << true << QByteArray("cpu") << self << QStringLiteral("is not delegated to its user");
    QTest::newRow("shared with the app") << true << QByteArray("memory pids") << QByteArray("1\n") + self << QStringLiteral("also holds other processes");
}

void TestSandboxCgroup::rootlessRefusesUndelegatedCgroups()
{
    QFETCH(bool, v2);
    QFETCH(QByteArray, controllers);
    QFETCH(QByteArray, members);
    QFETCH(QString, why);
    // mountinfo would escape the blanks of the data tag.
    const QString root = m_fake.filePath(QStringLiteral("undelegated-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QByteArray mountInfo = v2 ? fakeV2(root) : fakeV1(root);
    const QString scope = fakeScope(v2 ? root : root + QStringLiteral("/unified"), controllers, members);
    const QString own = m_fake.filePath(QStringLiteral("undelegated-cgroup"));
    writeText(own, QByteArray("12:memory:/\n0::") + kScope + '\n');
    writeText(m_fake.filePath(QStringLiteral("mountinfo")), mountInfo);
    std::string reason;
    QVERIFY(!Cgroup::open(m_fake.filePath(QStringLiteral("mountinfo")).toStdString(), &reason, own.toStdString()));
    QVERIFY2(QString::fromStdString(reason).contains(why), reason.c_str());
    QVERIFY(!QFileInfo::exists(scope + QStringLiteral("/helper")));
}

void TestSandboxCgroup::v2BoxLimitsAndUsage()
{
    const QString root = m_fake.filePath(QStringLiteral("v2"));
    std::string why;
    auto parent = open(fakeV2(root), &why);
    QVERIFY2(parent, why.c_str());
    // What a kernel with swap accounting, memory.oom.group and cgroup.kill shows in the parent.
    const QString parentPath = root + QStringLiteral("/runpad-sandbox");
    for (const char *name : {"memory.swap.max", "memory.oom.group", "cgroup.kill"})
        writeText(parentPath + QLatin1Char('/') + QLatin1String(name), "");
    parent = open(fakeV2(root), &why);

    auto box = parent->createBox("box-60001", {128 * kMiB, 64}, &why);
    QVERIFY2(box, why.c_str());
    const QString path = parentPath + QStringLiteral("/box-60001");
    QCOMPARE(readText(path + QStringLiteral("/memory.max")), QByteArray("134217728"));
    QCOMPARE(readText(path + QStringLiteral("/memory.swap.max")), QByteArray("0"));
    QCOMPARE(readText(path + QStringLiteral("/memory.oom.group")), QByteArray("1"));
    QCOMPARE(readText(path + QStringLiteral("/pids.max")), QByteArray("64"));
    QVERIFY(box->cloneFd() >= 0); // clone3 puts init straight into the box

    writeText(path + QStringLiteral("/cpu.stat"), "usage_usec 1234567\nuser_usec 1000000\nsystem_usec 234567\n");
    writeText(path + QStringLiteral("/memory.peak"), "70000000\n");
    writeText(path + QStringLiteral("/memory.current"), "4096\n");
    writeText(path + QStringLiteral("/memory.events"), "low 0\nhigh 0\nmax 12\noom 0\noom_kill 0\noom_group_kill 0\n");
    QCOMPARE(box->cpuTimeUs(), int64_t(1234567));
    QCOMPARE(box->peakMemoryBytes(), int64_t(70000000));
    QVERIFY(!box->memoryLimitHit()); // reaching the limit is not being killed for it
    writeText(path + QStringLiteral("/memory.events"), "low 0\nhigh 0\nmax 40\noom 1\noom_kill 1\noom_group_kill 1\n");
    QVERIFY(box->memoryLimitHit());
    // Kernels before 5.19 have no memory.peak.
    QFile::remove(path + QStringLiteral("/memory.peak"));
    QCOMPARE(box->peakMemoryBytes(), int64_t(4096));

    // The kernel shows cgroup.kill in every cgroup; the box's is written to kill it as a whole.
    writeText(path + QStringLiteral("/cgroup.kill"), "");
    box.reset();
    QCOMPARE(readText(path + QStringLiteral("/cgroup.kill")), QByteArray("1"));

    // A parent removed while empty is made again, controllers enabled.
    QVERIFY(QDir(parentPath).removeRecursively());
    auto afterRemoval = parent->createBox("box-60002", {64 * kMiB, 16}, &why);
    QVERIFY2(afterRemoval, why.c_str());
    QCOMPARE(readText(parentPath + QStringLiteral("/box-60002/pids.max")), QByteArray("16"));
    QVERIFY(readText(parentPath + QStringLiteral("/cgroup.subtree_control")).contains("+memory"));
}

void TestSandboxCgroup::v1BoxLimitsAndUsage()
{
    const QString root = m_fake.filePath(QStringLiteral("v1"));
    std::string why;
    const auto parent = open(fakeV1(root), &why);
    QVERIFY2(parent, why.c_str());

    // Without swap accounting: swappiness 0 instead of a memory+swap limit.
    auto box = parent->createBox("box-60002", {256 * kMiB, 32}, &why);
    QVERIFY2(box, why.c_str());
    const QString memory = root + QStringLiteral("/memory/runpad-sandbox/box-60002");
    QCOMPARE(readText(memory + QStringLiteral("/memory.limit_in_bytes")), QByteArray("268435456"));
    QCOMPARE(readText(memory + QStringLiteral("/memory.swappiness")), QByteArray("0"));
    QCOMPARE(readText(memory + QStringLiteral("/memory.memsw.limit_in_bytes")), QByteArray("<missing>"));
    QCOMPARE(readText(root + QStringLiteral("/pids/runpad-sandbox/box-60002/pids.max")), QByteArray("32"));
    QCOMPARE(box->cloneFd(), -1); // init is added by pid

    writeText(root + QStringLiteral("/cpu,cpuacct/runpad-sandbox/box-60002/cpuacct.usage"), "2500000000\n");
    writeText(memory + QStringLiteral("/memory.max_usage_in_bytes"), "67108864\n");
    writeText(memory + QStringLiteral("/memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n");
    writeText(memory + QStringLiteral("/memory.failcnt"), "7\n");
    QCOMPARE(box->cpuTimeUs(), int64_t(2500000));
    QCOMPARE(box->peakMemoryBytes(), 64 * kMiB);
    QVERIFY(!box->memoryLimitHit()); // failcnt counts reclaim too; oom_kill is what counts
    writeText(memory + QStringLiteral("/memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n");
    QVERIFY(box->memoryLimitHit());
    // Kernels before 4.13 have no oom_kill line: failcnt it is.
    writeText(memory + QStringLiteral("/memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\n");
    QVERIFY(box->memoryLimitHit());

    // With swap accounting (the kernel's boot-time choice, seen when the parent is opened),
    // memory and swap together get the limit.
    writeText(root + QStringLiteral("/memory/runpad-sandbox/memory.memsw.limit_in_bytes"), "");
    const auto swapParent = open(fakeV1(root), &why);
    QVERIFY2(swapParent, why.c_str());
    auto withSwap = swapParent->createBox("box-60003", {64 * kMiB, 32}, &why);
    QVERIFY2(withSwap, why.c_str());
    QCOMPARE(readText(root + QStringLiteral("/memory/runpad-sandbox/box-60003/memory.memsw.limit_in_bytes")), QByteArray("67108864"));

    // A parent removed while empty (a one-shot run's last box took it) is made again.
    QVERIFY(QDir(root + QStringLiteral("/pids/runpad-sandbox")).removeRecursively());
    auto afterRemoval = parent->createBox("box-60004", {64 * kMiB, 16}, &why);
    QVERIFY2(afterRemoval, why.c_str());
    QCOMPARE(readText(root + QStringLiteral("/pids/runpad-sandbox/box-60004/pids.max")), QByteArray("16"));
}

void TestSandboxCgroup::v1BoxKillsItsProcesses()
{
    const QString root = m_fake.filePath(QStringLiteral("v1-kill"));
    std::string why;
    const auto parent = open(fakeV1(root), &why);
    QVERIFY2(parent, why.c_str());
    auto box = parent->createBox("box-60004", {64 * kMiB, 8}, &why);
    QVERIFY2(box, why.c_str());
    const pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    QVERIFY(box->addProcess(child));
    for (const char *name : {"memory", "pids", "cpu,cpuacct"})
        QCOMPARE(readText(root + QLatin1Char('/') + QLatin1String(name) + QStringLiteral("/runpad-sandbox/box-60004/cgroup.procs")),
                 QByteArray::number(child));
    // Going away, a box kills every process listed in its cgroups.
    box.reset();
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
}

void TestSandboxCgroup::initTestCase()
{
    QVERIFY(m_fake.isValid());
    QString error;
    QVERIFY2(m_helper.start(&error), qPrintable(error));
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("hello"), QStringLiteral("h")));
    m_cgroup = connection.waitFor(QStringLiteral("h"), QStringLiteral("hello"))[QStringLiteral("cgroup")].toString();
    QVERIFY2(m_cgroup == QStringLiteral("v1") || m_cgroup == QStringLiteral("v2") || m_cgroup == QStringLiteral("none"),
             qPrintable(m_cgroup));
}

QJsonObject TestSandboxCgroup::run(const QString &language, const QString &code, const QJsonObject &limits)
{
    SandboxConnection connection(m_helper.socketPath());
    const int id = m_nextId++;
    connection.send(message(QStringLiteral("execute"), id, body(language, code, limits)));
    const QJsonObject result = connection.waitFor(id, {}, 30000);
    const QJsonObject stage = result[QStringLiteral("run")].toObject();
    if (stage.isEmpty())
        qWarning().noquote() << QJsonDocument(result).toJson();
    return stage;
}

void TestSandboxCgroup::probe()
{
    if (m_cgroup == QStringLiteral("none"))
        QSKIP("this host has no usable cgroup hierarchy");
    // Harmless, and first: the rows below only run in a real box — PID 2, a box uid, and its
    // own cgroup.
    const QJsonObject stage = run(QStringLiteral("python"),
        QStringLiteral("import os\n"
                       "print(os.getpid(), os.getuid() >= 60000, any('/runpad-sandbox/box-' in l for l in open('/proc/self/cgroup')))"));
    QCOMPARE(stage[QStringLiteral("stdout")].toString(), QStringLiteral("2 True True\n"));
}

void TestSandboxCgroup::memoryLimitKills()
{
    if (m_cgroup == QStringLiteral("none"))
        QSKIP("this host has no usable cgroup hierarchy");
    const QJsonObject stage = run(QStringLiteral("python"),
        QStringLiteral("b = bytearray(512 << 20)\nfor i in range(0, len(b), 4096): b[i] = 1\nprint('survived')"),
        {{QStringLiteral("run_memory_limit"), qint64(128 * kMiB)}});
    QCOMPARE(stage[QStringLiteral("stdout")].toString(), QString());
    QCOMPARE(stage[QStringLiteral("status")].toString(), QStringLiteral("SG"));
    QCOMPARE(stage[QStringLiteral("signal")].toString(), QStringLiteral("SIGKILL"));
    QCOMPARE(stage[QStringLiteral("message")].toString(), QStringLiteral("Memory limit exceeded (128 MiB)"));
    QVERIFY(stage[QStringLiteral("memory")].toDouble() <= 128 * kMiB);
}

void TestSandboxCgroup::peakMemory()
{
    if (m_cgroup == QStringLiteral("none"))
        QSKIP("this host has no usable cgroup hierarchy");
    const QJsonObject stage = run(QStringLiteral("python"),
        QStringLiteral("b = bytearray(64 << 20)\nfor i in range(0, len(b), 4096): b[i] = 1\nprint('ok')"));
    QCOMPARE(stage[QStringLiteral("stdout")].toString(), QStringLiteral("ok\n"));
    const double peak = stage[QStringLiteral("memory")].toDouble();
    QVERIFY2(peak >= 64 * kMiB && peak < 128 * kMiB, qPrintable(QString::number(peak)));
}

void TestSandboxCgroup::cpuTimeOfTheWholeBox()
{
    if (m_cgroup == QStringLiteral("none"))
        QSKIP("this host has no usable cgroup hierarchy");
    // Four children each burn about 300 ms; the parent only waits.
    const QJsonObject stage = run(QStringLiteral("python"),
        QStringLiteral("import os, time\n"
                       "for _ in range(4):\n"
                       "    if os.fork() == 0:\n"
                       "        start = time.process_time()\n"
                       "        while time.process_time() - start < 0.3: pass\n"
                       "        os._exit(0)\n"
                       "for _ in range(4): os.wait()\n"
                       "print('done')"),
        {{QStringLiteral("run_timeout"), 10000}});
    QCOMPARE(stage[QStringLiteral("stdout")].toString(), QStringLiteral("done\n"));
    QVERIFY2(stage[QStringLiteral("cpu_time")].toInt() >= 1000, qPrintable(QString::number(stage[QStringLiteral("cpu_time")].toInt())));
}

void TestSandboxCgroup::cpuLimitHoldsForTheWholeBox()
{
    if (m_cgroup == QStringLiteral("none"))
        QSKIP("this host has no usable cgroup hierarchy");
    // Eight children each stay under a 1 s CPU limit, so RLIMIT_CPU would never fire; together
    // they pass it within their first half second, long before the 20 s wall time.
    const QJsonObject stage = run(QStringLiteral("python"),
        QStringLiteral("import os, time\n"
                       "for _ in range(8):\n"
                       "    if os.fork() == 0:\n"
                       "        start = time.process_time()\n"
                       "        while time.process_time() - start < 0.9: pass\n"
                       "        time.sleep(30)\n"
                       "        os._exit(0)\n"
                       "for _ in range(8): os.wait()\n"
                       "print('outlived the limit')"),
        {{QStringLiteral("run_timeout"), 20000}, {QStringLiteral("run_cpu_time"), 1000}});
    QCOMPARE(stage[QStringLiteral("status")].toString(), QStringLiteral("TO"));
    QCOMPARE(stage[QStringLiteral("message")].toString(), QStringLiteral("Time limit exceeded (CPU time over 1000 ms)"));
    QCOMPARE(stage[QStringLiteral("stdout")].toString(), QString());
    const int cpu = stage[QStringLiteral("cpu_time")].toInt();
    // Caught within a few milliseconds of the limit, not at the wall time.
    QVERIFY2(cpu >= 1000 && cpu < 1200, qPrintable(QString::number(cpu)));
    QVERIFY2(stage[QStringLiteral("wall_time")].toInt() < 5000, qPrintable(QString::number(stage[QStringLiteral("wall_time")].toInt())));
}

void TestSandboxCgroup::forkBombHitsTheProcessCap()
{
    if (m_cgroup == QStringLiteral("none"))
        QSKIP("this host has no usable cgroup hierarchy");
    // Forks sleeping children until the kernel refuses, says how many, waits for stdin to end,
    // and ends; the box takes the children with it.
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), QStringLiteral("bomb"), body(QStringLiteral("python"),
        QStringLiteral("import os, sys, time\n"
                       "n = 0\n"
                       "while n < 1000:\n"
                       "    try: pid = os.fork()\n"
                       "    except BlockingIOError: break\n"
                       "    if pid == 0:\n"
                       "        time.sleep(60); os._exit(0)\n"
                       "    n += 1\n"
                       "print(n, flush=True)\n"
                       "sys.stdin.read()"),
        {{QStringLiteral("run_timeout"), 10000}})));
    // 64 processes per box, init and the program among them.
    QCOMPARE(connection.readLine(QStringLiteral("bomb")), QStringLiteral("62\n"));
    // It was the box's pids limit that refused them.
    const QString pids = m_cgroup == QStringLiteral("v1") ? QStringLiteral("/sys/fs/cgroup/pids/runpad-sandbox")
                                                          : QStringLiteral("/sys/fs/cgroup/runpad-sandbox");
    const QString prefix = QStringLiteral("box-") + SandboxHelper::boxUids().left(3);
    const QStringList boxes = QDir(pids).entryList({prefix + QLatin1Char('*')}, QDir::Dirs);
    QCOMPARE(boxes.size(), 1);
    const QByteArray events = readText(pids + QLatin1Char('/') + boxes.first() + QStringLiteral("/pids.events"));
    QVERIFY2(events.startsWith("max ") && events.mid(4).toInt() > 0, events.constData());
    connection.send(message(QStringLiteral("eof"), QStringLiteral("bomb")));
    QJsonObject exit;
    for (const QJsonObject &m : connection.collect(QStringLiteral("bomb"), QStringLiteral("done"))) {
        if (m[QStringLiteral("type")] == QStringLiteral("exit"))
            exit = m;
    }
    QCOMPARE(exit[QStringLiteral("status")].toString(), QString());
    QCOMPARE(exit[QStringLiteral("code")].toInt(-1), 0);
    QTRY_VERIFY_WITH_TIMEOUT(SandboxHelper::boxProcesses().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
}

void TestSandboxCgroup::staleBoxCgroupIsReplaced()
{
    if (m_cgroup != QStringLiteral("v1"))
        QSKIP("needs the v1 hierarchies of a hybrid host");
    // What a killed helper leaves: a box cgroup with a process still in it, for the first uid of
    // the range, which a fresh helper hands out first.
    const QString name = QStringLiteral("runpad-sandbox/box-") + SandboxHelper::boxUids().section(QLatin1Char(':'), 0, 0);
    const pid_t left = fork();
    if (left == 0) {
        pause();
        _exit(0);
    }
    for (const char *hierarchy : {"memory", "pids", "cpuacct"}) {
        const QString path = QStringLiteral("/sys/fs/cgroup/%1/%2").arg(QLatin1String(hierarchy), name);
        QVERIFY(QDir().mkpath(path));
        writeText(path + QStringLiteral("/cgroup.procs"), QByteArray::number(left));
    }
    SandboxHelper fresh;
    QString error;
    QVERIFY2(fresh.start(&error), qPrintable(error));
    SandboxConnection connection(fresh.socketPath());
    connection.send(message(QStringLiteral("execute"), 1, body(QStringLiteral("bash"), QStringLiteral("echo fresh"))));
    const QJsonObject result = connection.waitFor(1, QStringLiteral("result"));
    QCOMPARE(result[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("fresh\n"));
    int status = 0;
    QCOMPARE(waitpid(left, &status, 0), left);
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    QCOMPARE(fresh.stop(), 0);
    QCOMPARE(boxCgroups(), QStringList());
    // The fresh helper removed the shared parent as it exited; this one makes it again.
    QCOMPARE(run(QStringLiteral("bash"), QStringLiteral("echo still"))[QStringLiteral("stdout")].toString(), QStringLiteral("still\n"));
}

QStringList TestSandboxCgroup::boxCgroups() const
{
    const uint first = SandboxHelper::boxUids().section(QLatin1Char(':'), 0, 0).toUInt();
    const uint count = SandboxHelper::boxUids().section(QLatin1Char(':'), 1, 1).toUInt();
    QStringList found;
    for (const char *hierarchy : {"memory", "pids", "cpuacct", ""}) {
        for (uint uid = first; uid < first + count; ++uid) {
            const QString path = QStringLiteral("/sys/fs/cgroup/%1/runpad-sandbox/box-%2").arg(QLatin1String(hierarchy)).arg(uid);
            if (QFileInfo::exists(path))
                found << QDir::cleanPath(path);
        }
    }
    return found;
}

void TestSandboxCgroup::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    QVERIFY2(SandboxHelper::boxProcesses().isEmpty(), qPrintable(SandboxHelper::boxProcesses().join(QLatin1Char('\n'))));
    QCOMPARE(boxCgroups(), QStringList());
    QCOMPARE(m_helper.stop(), 0);
    // The helper removes its parent cgroup too, unless another helper's boxes are still in it.
    for (const char *hierarchy : {"memory", "pids", "cpuacct", ""}) {
        const QDir parent(QStringLiteral("/sys/fs/cgroup/%1/runpad-sandbox").arg(QLatin1String(hierarchy)));
        if (parent.exists())
            QVERIFY2(!parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), qPrintable(parent.path()));
    }
}

QTEST_GUILESS_MAIN(TestSandboxCgroup)
#include "tst_sandbox_cgroup.moc"
