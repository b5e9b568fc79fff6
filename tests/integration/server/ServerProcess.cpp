#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace {

constexpr int kStartTimeoutMs = 60000; // for the server's "listening on" line

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
    if (m_helper.process().state() == QProcess::Running)
        return true;
    if (!m_dir.isValid())
        return fail(
            QStringLiteral("cannot make a temporary directory: %1").arg(m_dir.errorString()));
    QString error;
    // The warm boxes, if any, are in m_helperArguments.
    if (!m_helper.start(&error, m_boxUids, -1, m_helperArguments)) {
        terminate(m_helper.process());
        return fail(QStringLiteral("runpad-sandbox: %1").arg(error));
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
    terminate(m_helper.process());
}

QByteArray ServerProcess::serverLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList ServerProcess::boxDirectories() const
{
    return m_helper.boxDirectories();
}

QStringList ServerProcess::boxProcesses() const
{
    return SandboxHelper::boxProcesses(m_boxUids);
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
