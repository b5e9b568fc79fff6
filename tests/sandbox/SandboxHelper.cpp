#include "SandboxHelper.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <csignal>
#include <unistd.h>

namespace {

// A box uid range of the tests' own, so boxes of other helpers on the host are not counted.
constexpr uint kFirstBoxUid = 61000;
constexpr uint kBoxUidCount = 32;

} // namespace

SandboxHelper::SandboxHelper()
    : m_dir(QDir::tempPath() + QStringLiteral("/runpad-sandbox-test-XXXXXX"))
{
}

SandboxHelper::~SandboxHelper()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SandboxHelper::startHelper(QProcess &process, const QStringList &arguments)
{
    if (!rootless()) {
        process.start(executable(), arguments);
        return;
    }
    // setpriv execs the helper: the process is the helper's.
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=%1").arg(kRootlessUid),
                              QStringLiteral("--regid=%1").arg(kRootlessUid),
                              QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all"),
                              executable()} +
                      arguments);
}

bool SandboxHelper::start(QString *error, const QString &boxUids, int warmBoxes,
                          const QStringList &extraArguments)
{
    // A rootless helper makes its socket and boxes in here as nobody.
    if (rootless() &&
        chown(QFile::encodeName(m_dir.path()).constData(), kRootlessUid, kRootlessUid) != 0) {
        *error = QStringLiteral("cannot hand %1 to nobody").arg(m_dir.path());
        return false;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("daemon"),
                          QStringLiteral("--socket"),
                          socketPath(),
                          QStringLiteral("--box-root"),
                          boxRoot(),
                          QStringLiteral("--cache-dir"),
                          cacheDir(),
                          QStringLiteral("--box-uids"),
                          boxUids,
                          QStringLiteral("--exit-with-parent")};
    if (warmBoxes >= 0)
        arguments << QStringLiteral("--warm-boxes") << QString::number(warmBoxes);
    startHelper(m_process, arguments + extraArguments);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    QByteArray line;
    const QDeadlineTimer deadline(60000); // the helper probes every toolchain before READY
    while (!line.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        line += m_process.readAllStandardOutput();
    }
    const QByteArray expected = "READY " + socketPath().toUtf8() + '\n';
    if (line != expected) {
        *error = QStringLiteral("expected %1, got '%2'")
                     .arg(QString::fromUtf8(expected.trimmed()), QString::fromUtf8(line));
        return false;
    }
    return true;
}

int SandboxHelper::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000) || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

QString SandboxHelper::boxUids()
{
    return QStringLiteral("%1:%2").arg(kFirstBoxUid).arg(kBoxUidCount);
}

int SandboxHelper::exec(const QByteArray &request, QByteArray *out, QByteArray *err)
{
    QProcess process;
    startHelper(process, {QStringLiteral("exec"), QStringLiteral("-"), QStringLiteral("--box-uids"),
                          boxUids()});
    process.write(request);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return -1;
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitCode();
}

QString SandboxHelper::boxRootSeenByHelper() const
{
    if (m_process.state() != QProcess::Running)
        return boxRoot();
    return QStringLiteral("/proc/%1/root%2").arg(m_process.processId()).arg(boxRoot());
}

QStringList SandboxHelper::boxDirectories() const
{
    QStringList entries = QDir(boxRootSeenByHelper())
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden);
    entries.removeOne(QLatin1String(kSharedRootName));
    return entries;
}

QStringList SandboxHelper::boxProcesses(const QString &boxUids)
{
    const uint firstUid = boxUids.section(QLatin1Char(':'), 0, 0).toUInt();
    const uint uidCount = boxUids.section(QLatin1Char(':'), 1, 1).toUInt();
    QStringList found;
    const auto pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = status.readAll().split('\n');
        bool nestedPid = false;
        for (const QByteArray &line : lines)
            nestedPid =
                nestedPid || (line.startsWith("NSpid:") && line.mid(6).simplified().count(' ') > 0);
        for (const QByteArray &line : lines) {
            if (!line.startsWith("Uid:"))
                continue;
            const uint uid = line.mid(4).simplified().split(' ').value(0).toUInt();
            const bool isBox = rootless() ? uid == kRootlessUid && nestedPid
                                          : uid >= firstUid && uid < firstUid + uidCount;
            if (isBox) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                cmdline.open(QIODevice::ReadOnly);
                found << QStringLiteral("%1 %2 %3")
                             .arg(pid)
                             .arg(uid)
                             .arg(QString::fromUtf8(cmdline.readAll().replace('\0', ' ')));
            }
        }
    }
    return found;
}

QList<int> SandboxHelper::processesWith(const QByteArray &marker)
{
    QList<int> found;
    const auto pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (pid.toInt() != 0 && cmdline.open(QIODevice::ReadOnly) &&
            cmdline.readAll().contains(marker))
            found << pid.toInt();
    }
    return found;
}
