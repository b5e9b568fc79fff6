// 500 jobs, eight at a time, through one helper and one connection (jobs told apart by their
// message ids): everyday programs mixed with hostile ones. Afterwards nothing of any box may be
// left (processes, cgroups, mounts, box directories, uid leases), and the helper's memory must not
// have grown with the number of jobs.

#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace SandboxRequests;

namespace {

const uint kFirstUid = 64100;
const uint kUidCount = 8;
const QString kBoxUids = QStringLiteral("%1:%2").arg(kFirstUid).arg(kUidCount);
constexpr int kJobs = 500;
constexpr int kConcurrency = 8;
constexpr int kWarmUpJobs = 50;
constexpr qint64 kMaxRssGrowthKiB = 8192;

struct Kind {
    const char *name;
    QJsonObject request;
    QString stdoutText; // exact, when status is null
    QString status;
    QString message; // a prefix
};

QList<Kind> kinds()
{
    const QJsonObject quick{{QStringLiteral("run_timeout"), 1000},
                            {QStringLiteral("run_cpu_time"), 500}};
    // Jobs that end at another limit, and the hello worlds, given time: the fork bombs' hundreds
    // of runnable processes leave a one-process box little CPU on a loaded machine (a hello world
    // with 8 ms of CPU was seen to take 6.7 s of wall time in CI).
    const QJsonObject patient{{QStringLiteral("run_timeout"), 30000}};
    return {
        {"python hello",
         body(QStringLiteral("python"), QStringLiteral("print('hello')"), patient),
         QStringLiteral("hello\n"),
         {},
         {}},
        {"bash hello",
         body(QStringLiteral("bash"), QStringLiteral("echo hello"), patient),
         QStringLiteral("hello\n"),
         {},
         {}},
        {"c hello",
         body(QStringLiteral("c"), QStringLiteral("#include <stdio.h>\nint main(void)\n{\n    "
                                                  "puts(\"hello\");\n    return 0;\n}\n"),
              patient),
         QStringLiteral("hello\n"),
         {},
         {}},
        {"python hello",
         body(QStringLiteral("python"), QStringLiteral("print('hello')"), patient),
         QStringLiteral("hello\n"),
         {},
         {}},
        // Every process forks for ever: the box stays at its process cap until the CPU limit.
        {"fork bomb",
         body(QStringLiteral("python"),
              QStringLiteral("import os\nwhile True:\n    try:\n        os.fork()\n    except "
                             "OSError:\n        pass"),
              quick),
         {},
         QStringLiteral("TO"),
         QStringLiteral("Time limit exceeded")},
        {"bash hello",
         body(QStringLiteral("bash"), QStringLiteral("echo hello"), patient),
         QStringLiteral("hello\n"),
         {},
         {}},
        {"memory hog",
         body(QStringLiteral("python"),
              QStringLiteral("a = []\nwhile True:\n    a.append(bytearray(1 << 20))"),
              {{QStringLiteral("run_memory_limit"), 64 << 20}, {QStringLiteral("run_timeout"), 30000}}),
         {},
         QStringLiteral("SG"),
         QStringLiteral("Memory limit exceeded (64 MiB)")},
        {"python hello",
         body(QStringLiteral("python"), QStringLiteral("print('hello')"), patient),
         QStringLiteral("hello\n"),
         {},
         {}},
        {"infinite loop",
         body(QStringLiteral("bash"), QStringLiteral("while :; do :; done"), quick),
         {},
         QStringLiteral("TO"),
         QStringLiteral("Time limit exceeded")},
        {"output flood",
         body(QStringLiteral("bash"), QStringLiteral("yes"), patient),
         {},
         QStringLiteral("OL"),
         QStringLiteral("stdout length exceeded")},
    };
}

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestSandboxStress : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void manyJobs();
    void cleanupTestCase();

private:
    SandboxHelper m_helper;
};

void TestSandboxStress::initTestCase()
{
    QString error;
    QVERIFY2(m_helper.start(&error, kBoxUids), qPrintable(error));
}

void TestSandboxStress::manyJobs()
{
    const QList<Kind> jobKinds = kinds();
    QLocalSocket socket;
    socket.connectToServer(m_helper.socketPath());
    QVERIFY(socket.waitForConnected(5000));
    const qint64 helperPid = m_helper.process().processId();

    QHash<int, int> kindOf; // running job id -> index in jobKinds
    QMap<QString, int> counts, failedKinds;
    QStringList failures;
    int sent = 0, done = 0;
    qint64 rssAfterWarmUp = -1, rssHalfWay = -1;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline(300000);
    const auto sendNext = [&] {
        const int kind = sent % jobKinds.size();
        kindOf.insert(sent, kind);
        socket.write(QJsonDocument(message(QStringLiteral("execute"), sent, jobKinds[kind].request))
                         .toJson(QJsonDocument::Compact) +
                     '\n');
        socket.flush();
        ++sent;
    };
    while (sent < kConcurrency)
        sendNext();
    while (done < kJobs && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(1000))
            continue;
        buffer += socket.readAll();
        for (int newline; (newline = buffer.indexOf('\n')) >= 0;) {
            const QJsonObject answer = QJsonDocument::fromJson(buffer.left(newline)).object();
            buffer.remove(0, newline + 1);
            const int id = answer[QStringLiteral("id")].toInt(-1);
            if (!kindOf.contains(id)) {
                failures << QStringLiteral("unexpected answer %1")
                                .arg(QString::fromUtf8(
                                    QJsonDocument(answer).toJson(QJsonDocument::Compact)));
                continue;
            }
            const Kind &kind = jobKinds[kindOf.take(id)];
            const QJsonObject run = answer[QStringLiteral("run")].toObject();
            const bool ok =
                answer[QStringLiteral("type")] == QStringLiteral("result") &&
                (kind.status.isEmpty()
                     ? run[QStringLiteral("status")].isNull() &&
                           run[QStringLiteral("stdout")].toString() == kind.stdoutText
                     : run[QStringLiteral("status")].toString() == kind.status &&
                           run[QStringLiteral("message")].toString().startsWith(kind.message));
            if (!ok) {
                ++failedKinds[QString::fromLatin1(kind.name)];
                failures << QStringLiteral("job %1 (%2): %3")
                                .arg(id)
                                .arg(QString::fromLatin1(kind.name),
                                     QString::fromUtf8(QJsonDocument(answer)
                                                           .toJson(QJsonDocument::Compact)
                                                           .left(400)));
            }
            ++counts[QString::fromLatin1(kind.name)];
            if (++done == kWarmUpJobs)
                rssAfterWarmUp = rssKiB(helperPid); // buffers and caches have reached their size
            else if (done == kJobs / 2)
                rssHalfWay = rssKiB(helperPid);
            if (sent < kJobs)
                sendNext();
        }
    }
    const double seconds = timer.elapsed() / 1000.0;
    // Let the helper finish the last clean-ups before measuring it.
    QTest::qWait(500);
    const qint64 rssAtEnd = rssKiB(helperPid);
    qInfo().noquote() << QStringLiteral(
                             "stress: %1 jobs in %2 s (%3 jobs/s), concurrency %4; helper VmRSS %5 "
                             "KiB after %6 jobs, %7 KiB after %8, %9 KiB at the end")
                             .arg(done)
                             .arg(seconds, 0, 'f', 1)
                             .arg(done / seconds, 0, 'f', 1)
                             .arg(kConcurrency)
                             .arg(rssAfterWarmUp)
                             .arg(kWarmUpJobs)
                             .arg(rssHalfWay)
                             .arg(kJobs / 2)
                             .arg(rssAtEnd);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        qInfo().noquote() << QStringLiteral("  %1: %2 (%3 not as expected)")
                                 .arg(it.key())
                                 .arg(it.value())
                                 .arg(failedKinds.value(it.key()));
    QCOMPARE(done, kJobs);

    // Nothing left: processes, cgroups, mounts, box directories, uid leases. The last results
    // come before their boxes' inits have finished exiting.
    QTRY_VERIFY_WITH_TIMEOUT(SandboxHelper::boxProcesses(kBoxUids).isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    QStringList cgroups;
    const auto hierarchies =
        QDir(QStringLiteral("/sys/fs/cgroup")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &hierarchy : hierarchies) {
        for (uint uid = kFirstUid; uid < kFirstUid + kUidCount; ++uid) {
            const QString path =
                QStringLiteral("/sys/fs/cgroup/%1/runpad-sandbox/box-%2").arg(hierarchy).arg(uid);
            if (QFileInfo::exists(path))
                cgroups << path;
        }
    }
    // The unified hierarchy of a pure v2 host is /sys/fs/cgroup itself.
    for (uint uid = kFirstUid; uid < kFirstUid + kUidCount; ++uid) {
        if (QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/runpad-sandbox/box-%1").arg(uid)))
            cgroups << QStringLiteral("/sys/fs/cgroup/runpad-sandbox/box-%1").arg(uid);
    }
    QVERIFY2(cgroups.isEmpty(), qPrintable(cgroups.join(QLatin1Char('\n'))));
    QFile mountinfo(QStringLiteral("/proc/%1/mountinfo").arg(helperPid));
    QVERIFY(mountinfo.open(QIODevice::ReadOnly));
    QStringList mounts;
    for (const QByteArray &line : mountinfo.readAll().split('\n')) {
        // The box root itself is a tmpfs of the helper's, and so is the read-only part every
        // box binds (with its own mounts); every box's mounts under it must be gone.
        if (line.contains(m_helper.boxRoot().toUtf8() + '/') &&
            !line.contains(m_helper.boxRoot().toUtf8() + '/' + SandboxHelper::kSharedRootName))
            mounts << QString::fromUtf8(line);
    }
    QVERIFY2(mounts.isEmpty(), qPrintable(mounts.join(QLatin1Char('\n'))));
    QVERIFY2(m_helper.boxDirectories().isEmpty(),
             qPrintable(m_helper.boxDirectories().join(QLatin1Char(' '))));
    QStringList busy;
    for (uint uid = kFirstUid; uid < kFirstUid + kUidCount; ++uid) {
        const QByteArray path = "/run/runpad-sandbox/locks/" + QByteArray::number(uid);
        const int fd = open(path.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue; // never leased
        struct flock probe {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        if (fcntl(fd, F_GETLK, &probe) != 0 || probe.l_type != F_UNLCK)
            busy << QString::fromLatin1(path);
        close(fd);
    }
    QVERIFY2(busy.isEmpty(), qPrintable(busy.join(QLatin1Char(' '))));
    // Last, so the clean-up checks above run whatever the jobs' results.
    QVERIFY2(
        rssAtEnd - rssAfterWarmUp <= kMaxRssGrowthKiB,
        qPrintable(
            QStringLiteral("the helper grew from %1 to %2 KiB").arg(rssAfterWarmUp).arg(rssAtEnd)));
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 jobs did not end as expected:\n").arg(failures.size()) +
                        failures.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestSandboxStress::cleanupTestCase()
{
    if (m_helper.process().state() != QProcess::NotRunning)
        QCOMPARE(m_helper.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxStress)
#include "tst_sandbox_stress.moc"
