#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace {

constexpr int kStartTimeoutMs = 60000; // the helper probes every toolchain before READY

// Reads a process's stdout until a whole line has come; empty if none came in time.
QByteArray readLine(QProcess &process, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine() && !deadline.hasExpired()) {
        if (!process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
            process.state() != QProcess::Running)
            break;
    }
    return process.canReadLine() ? process.readLine().trimmed() : QByteArray();
}

void terminate(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

ServerProcess::ServerProcess(const QString &boxUids)
    : m_boxUids(boxUids), m_dir(QDir::tempPath() + QStringLiteral("/runpad-server-test-XXXXXX"))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ServerProcess::startHelper()
{
    if (m_helper.state() == QProcess::Running)
        return true;
    if (!m_dir.isValid())
        return fail(
            QStringLiteral("cannot make a temporary directory: %1").arg(m_dir.errorString()));
    m_helper.setProgram(helperProgram());
    m_helper.setArguments(
        QStringList{QStringLiteral("daemon"), QStringLiteral("--socket"), helperSocket(),
                    QStringLiteral("--box-root"), boxRoot(), QStringLiteral("--cache-dir"),
                    m_dir.filePath(QStringLiteral("cache")), QStringLiteral("--box-uids"),
                    m_boxUids, QStringLiteral("--exit-with-parent")} +
        m_helperArguments);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QIODevice::ReadOnly);
    if (!m_helper.waitForStarted(5000))
        return fail(
            QStringLiteral("cannot start %1: %2").arg(helperProgram(), m_helper.errorString()));
    const QByteArray line = readLine(m_helper, kStartTimeoutMs);
    const QByteArray expected = "READY " + helperSocket().toUtf8();
    if (line != expected) {
        terminate(m_helper);
        return fail(QStringLiteral("runpad-sandbox: expected '%1', got '%2' (exit code %3)")
                        .arg(QString::fromUtf8(expected), QString::fromUtf8(line))
                        .arg(m_helper.exitCode()));
    }
    return true;
}

bool ServerProcess::start(QStringList extraArgs)
{
    m_error.clear();
    stopServer();
    if (!startHelper())
        return false;
    if (!extraArgs.contains(QStringLiteral("--max-jobs")))
        extraArgs << QStringLiteral("--max-jobs") << m_boxUids.section(QLatin1Char(':'), 1, 1);
    m_server.setProgram(serverProgram());
    // A test killed on a time-out takes its server with it (the helper has --exit-with-parent).
    m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_server.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--sandbox-socket"), helperSocket()} +
                          extraArgs);
    // A file, not a pipe: a test that does not read the log must not stall a chatty server.
    const QString log = m_dir.filePath(QStringLiteral("server.log"));
    QFile::remove(log);
    m_server.setStandardErrorFile(log);
    m_server.start(QIODevice::ReadOnly);
    if (!m_server.waitForStarted(5000))
        return fail(
            QStringLiteral("cannot start %1: %2").arg(serverProgram(), m_server.errorString()));
    const QByteArray line = readLine(m_server, kStartTimeoutMs);
    const QByteArray prefix = "runpad-server listening on ";
    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    if (!line.startsWith(prefix) || !m_url.isValid() || m_url.port() <= 0) {
        terminate(m_server);
        return fail(
            QStringLiteral("runpad-server: expected '%1http://HOST:PORT', got '%2'; it said: %3")
                .arg(QString::fromUtf8(prefix), QString::fromUtf8(line),
                     QString::fromUtf8(serverLog().trimmed())));
    }
    return true;
}

void ServerProcess::stopServer()
{
    terminate(m_server);
    m_url.clear();
}

void ServerProcess::stop()
{
    stopServer();
    stopHelper();
}

void ServerProcess::stopHelper()
{
    terminate(m_helper);
}

QByteArray ServerProcess::serverLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList ServerProcess::boxDirectories() const
{
    // The helper mounts its box root in a mount namespace of its own: seen from here, the folder
    // is empty, so it is looked at through the helper's eyes while the helper runs.
    const QString root =
        m_helper.state() == QProcess::Running
            ? QStringLiteral("/proc/%1/root%2").arg(m_helper.processId()).arg(boxRoot())
            : boxRoot();
    return QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System |
                                QDir::Hidden);
}

QStringList ServerProcess::boxProcesses() const
{
    const uint firstUid = m_boxUids.section(QLatin1Char(':'), 0, 0).toUInt();
    const uint uidCount = m_boxUids.section(QLatin1Char(':'), 1, 1).toUInt();
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (pid.toInt() <= 0 || !status.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("Uid:"))
                continue;
            const uint uid = line.mid(4).simplified().split(' ').value(0).toUInt();
            if (uid >= firstUid && uid < firstUid + uidCount) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                const QByteArray command =
                    cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll().replace('\0', ' ') : "?";
                found
                    << QStringLiteral("%1 %2 %3").arg(pid).arg(uid).arg(QString::fromUtf8(command));
            }
        }
    }
    return found;
}

bool ServerProcess::waitUntilNoBoxes(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!boxDirectories().isEmpty() || !boxProcesses().isEmpty()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}
