#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// A runpad-sandbox daemon started for one test program, with its socket and box root in a
// temporary directory of its own.
class SandboxHelper {
public:
    SandboxHelper();
    ~SandboxHelper();

    static QString executable() { return QStringLiteral(RUNPAD_SANDBOX_PATH); }
    // With RUNPAD_TEST_ROOTLESS set, every helper of the test runs as nobody, so rootless.
    static bool rootless() { return qEnvironmentVariableIsSet("RUNPAD_TEST_ROOTLESS"); }
    static constexpr uint kRootlessUid = 65534;
    // Starts the helper with these arguments, as nobody through setpriv when rootless.
    static void startHelper(QProcess &process, const QStringList &arguments);
    // The tests' own box uid range, as --box-uids takes it.
    static QString boxUids();

    // Starts the daemon with a box uid range (the tests' own by default) and waits for its READY
    // line; false with the reason in error. It keeps no boxes ready unless asked, so that every
    // box a test finds belongs to a job; a negative warmBoxes leaves the helper's default.
    bool start(QString *error, const QString &boxUids = SandboxHelper::boxUids(), int warmBoxes = 0,
               const QStringList &extraArguments = {});
    // SIGTERM, then waits; the exit code, or -1 if it did not exit cleanly in time.
    int stop();

    QString socketPath() const { return m_dir.filePath(QStringLiteral("run/sandbox.sock")); }
    QString boxRoot() const { return m_dir.filePath(QStringLiteral("boxes")); }
    // The box root as the running helper sees it: privileged, its boxes are on a tmpfs in the
    // helper's own mount namespace, which the host's path does not show.
    QString boxRootSeenByHelper() const;
    // The helper's compile cache, private to the test.
    QString cacheDir() const { return m_dir.filePath(QStringLiteral("cache")); }
    QProcess &process() { return m_process; }

    // Runs `runpad-sandbox exec -` with the request on stdin; the exit code, stdout and stderr.
    static int exec(const QByteArray &request, QByteArray *out, QByteArray *err);

    // How long a test waits for a finished box to be gone. Results come before the box's init
    // has exited, and the namespaces' teardown is the kernel's work: on a loaded machine it has
    // taken over 5 s. Waiting is about nothing being left, not about speed.
    static constexpr int kTeardownTimeoutMs = 30000;

    // The entry of the box root where a privileged daemon builds the read-only part every box
    // binds (its main.cpp): the daemon's own, never a box's.
    static constexpr char kSharedRootName[] = "shared";

    // Box directories left under the box root.
    QStringList boxDirectories() const;
    // Processes running as a uid of the range (the tests' own by default), as "pid uid cmdline";
    // rootless, nobody's processes in a PID namespace of their own (boxes have no host uids).
    static QStringList boxProcesses(const QString &boxUids = SandboxHelper::boxUids());
    // Pids whose command line contains marker.
    static QList<int> processesWith(const QByteArray &marker);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};
