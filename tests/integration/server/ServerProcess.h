#pragma once

#include "SandboxHelper.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A real runpad-sandbox daemon and a real runpad-server in front of it, started for one test
// program: the helper (a SandboxHelper: rootless too, with RUNPAD_TEST_ROOTLESS) with a socket,
// box root, compile cache and box uid range of its own, the server on a free loopback port
// (--listen 127.0.0.1:0 --sandbox-socket ...).
class ServerProcess {
public:
    // The box uid range (FIRST:COUNT) of the helper. Test programs that may run at the same time
    // each take their own, so that counting a range's processes counts only their boxes.
    explicit ServerProcess(const QString &boxUids = defaultBoxUids());
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    static QString defaultBoxUids() { return QStringLiteral("65000:16"); }

    // Arguments for the helper besides its socket, box root, cache and uid range. By default
    // "--warm-boxes 0", so that every box that exists belongs to a job.
    void setHelperArguments(const QStringList &arguments) { m_helperArguments = arguments; }
    // The server's environment from the next start() on; by default this process's.
    void setServerEnvironment(const QProcessEnvironment &environment)
    {
        m_server.setProcessEnvironment(environment);
    }

    // Starts the helper, then the server with these extra arguments, and waits for the server's
    // "listening on" line. False with errorString() set if either did not come up. A helper
    // already running is kept, so a test may restart the server alone with other arguments.
    // Unless the arguments say otherwise, --max-jobs is the number of box uids: the helper turns
    // a job beyond them away as busy, where the server lets it wait.
    bool start(QStringList extraArgs = {});
    // Stops the server (SIGTERM, then SIGKILL), then the helper.
    void stop();
    // Stops the server alone; the helper keeps running.
    void stopServer();
    // Stops the helper alone (SIGTERM: it ends its boxes first), as if it had gone away.
    void stopHelper();

    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

    // The server's stderr so far: one line per request (method, path, status, ms).
    QByteArray serverLog() const;
    QString helperSocket() const { return m_helper.socketPath(); }
    QString boxRoot() const { return m_helper.boxRoot(); }
    QString boxUids() const { return m_boxUids; }
    qint64 serverPid() const { return m_server.processId(); }
    bool serverRunning() const { return m_server.state() == QProcess::Running; }

    // Box directories under the helper's box root, as the helper sees it (it mounts the root in a
    // mount namespace of its own).
    QStringList boxDirectories() const;
    // Processes running as a uid of the box range, as "pid uid command line".
    QStringList boxProcesses() const;
    // Waits until no box directory and no box process is left (boxes end after their results);
    // true if none was left within the time.
    bool waitUntilNoBoxes(int timeoutMs = 30000) const;

    static QString serverProgram() { return QStringLiteral(RUNPAD_SERVER); }
    static QString helperProgram() { return SandboxHelper::executable(); }

private:
    bool startHelper();
    bool fail(const QString &error);

    QString m_boxUids;
    QStringList m_helperArguments{QStringLiteral("--warm-boxes"), QStringLiteral("0")};
    QTemporaryDir m_dir; // the server's log
    SandboxHelper m_helper;
    QProcess m_server;
    QUrl m_url;
    QString m_error;
};
