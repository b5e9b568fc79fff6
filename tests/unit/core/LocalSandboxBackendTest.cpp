// LocalSandboxBackend against fake helpers: start-up failures, result assembly, restart after the
// helper died. The real helper is exercised by tests/integration/cli.

#include "LocalSandboxBackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class LocalSandboxBackendTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_socketCount = 0;
    QByteArray m_xdg;

    // A backend with its own socket, starting the given helper program.
    LocalSandboxBackend *backend(const QString &helper)
    {
        auto *backend = new LocalSandboxBackend(this);
        backend->setHelperProgram(helper);
        backend->setSocketPath(
            m_dir.filePath(QStringLiteral("s%1/helper.sock").arg(++m_socketCount)));
        return backend;
    }

    static ExecuteRequest request(const QString &content, const QString &stdinText = {})
    {
        ExecuteRequest request;
        request.language = QStringLiteral("c");
        request.files = {{QStringLiteral("main.c"), content}};
        request.stdin = stdinText;
        return request;
    }

    // A backend as the app makes it (no socket chosen), whose private socket directory is a
    // fresh one of the test's, and whose system sockets are the given ones.
    LocalSandboxBackend *defaultBackend(const QStringList &systemSockets)
    {
        qputenv("XDG_RUNTIME_DIR",
                QFile::encodeName(m_dir.filePath(QStringLiteral("xdg%1").arg(++m_socketCount))));
        QDir().mkpath(qEnvironmentVariable("XDG_RUNTIME_DIR"));
        auto *backend = new LocalSandboxBackend(this);
        backend->setHelperProgram(QStringLiteral(FAKE_HELPER));
        backend->setSystemSocketPaths(systemSockets);
        return backend;
    }

    // A fake system helper listening on a socket of its own; its path, or empty.
    QString startSystemHelper(QProcess *process, bool refuses = false)
    {
        const QString path = m_dir.filePath(QStringLiteral("system%1.sock").arg(++m_socketCount));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (refuses)
            environment.insert(QStringLiteral("FAKE_HELPER_REFUSE"), QStringLiteral("1"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(FAKE_HELPER), {QStringLiteral("--socket"), path});
        if (!process->waitForReadyRead(20000) || !process->readLine().startsWith("READY "))
            return {};
        return path;
    }

    // The stdout of a job that echoes its stdin, once it finished; "<failed: …>" otherwise.
    static QString runEcho(LocalSandboxBackend *local, const QString &text)
    {
        Job *job = local->start(request(QStringLiteral("x"), text), false);
        QSignalSpy finished(job, &Job::finished);
        QSignalSpy failed(job, &Job::failed);
        if (!finished.wait(20000))
            return QStringLiteral("<failed: %1>")
                .arg(failed.isEmpty() ? QString() : failed.first().first().toString());
        return finished.first().first().value<ExecuteResult>().run->stdout;
    }

    // The message the job failed with, once it has.
    static QString failureOf(Job *job)
    {
        QSignalSpy failed(job, &Job::failed);
        if (!failed.wait(20000))
            return QStringLiteral("<no failure>");
        return failed.first().first().toString();
    }

private slots:
    void initTestCase() { m_xdg = qgetenv("XDG_RUNTIME_DIR"); }
    void cleanup()
    {
        qunsetenv("FAKE_HELPER_FAIL");
        if (m_xdg.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", m_xdg);
    }

    void systemSocketDefault()
    {
        QCOMPARE(LocalSandboxBackend::defaultSystemSocketPaths(),
                 QStringList{QStringLiteral("/run/runpad-sandbox.sock")});
        LocalSandboxBackend local;
        QCOMPARE(local.systemSocketPaths(), LocalSandboxBackend::defaultSystemSocketPaths());
    }

    void prefersTheSystemSocket()
    {
        QProcess system;
        const QString path = startSystemHelper(&system);
        QVERIFY(!path.isEmpty());
        // A missing one is skipped; the helper program is never started.
        LocalSandboxBackend *local =
            defaultBackend({m_dir.filePath(QStringLiteral("missing.sock")), path});
        local->setHelperProgram(m_dir.filePath(QStringLiteral("no-such-helper")));
        QSignalSpy status(local, &Backend::statusChanged);
        QCOMPARE(runEcho(local, QStringLiteral("system")), QStringLiteral("system"));
        QCOMPARE(local->socketPath(), path);
        QCOMPARE(status.first().first().toString(), QStringLiteral("Local sandbox (privileged)"));
        system.kill();
        system.waitForFinished();
    }

    void systemSocketNobodyListensOn()
    {
        // A socket file left by a stopped helper: connecting fails, a helper of our own is started.
        const QString stale = m_dir.filePath(QStringLiteral("stale.sock"));
        const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, QFile::encodeName(stale).constData(), sizeof address.sun_path);
        QVERIFY(bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(stale));
        LocalSandboxBackend *local = defaultBackend({stale});
        QCOMPARE(runEcho(local, QStringLiteral("own")), QStringLiteral("own"));
        QCOMPARE(local->socketPath(),
                 qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/runpad/sandbox.sock"));
    }

    void systemHelperRefusesUs()
    {
        QProcess system;
        const QString path = startSystemHelper(&system, true);
        QVERIFY(!path.isEmpty());
        LocalSandboxBackend *local = defaultBackend({path});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^runpad-sandbox: permission denied: ")));
        QCOMPARE(runEcho(local, QStringLiteral("own")), QStringLiteral("own"));
        QVERIFY(local->socketPath() != path);
        system.kill();
        system.waitForFinished();
    }

    void explicitSocketSkipsTheSystemOne()
    {
        QProcess system;
        const QString path = startSystemHelper(&system, true);
        QVERIFY(!path.isEmpty());
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        local->setSystemSocketPaths({path});
        QCOMPARE(runEcho(local, QStringLiteral("chosen")), QStringLiteral("chosen"));
        QVERIFY(local->socketPath() != path);
        system.kill();
        system.waitForFinished();
    }

    void helperMissing()
    {
        LocalSandboxBackend *local = backend(m_dir.filePath(QStringLiteral("no-such-helper")));
        QSignalSpy unavailable(local, &Backend::unavailable);
        Job *job = local->start(request(QStringLiteral("x")), false);
        const QString message = failureOf(job);
        QVERIFY2(message.startsWith(QStringLiteral("The sandbox helper is not installed")),
                 qPrintable(message));
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(unavailable.first().first().toString(), message);
    }

    void helperCannotIsolate()
    {
        qputenv("FAKE_HELPER_FAIL", "root");
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        const QString message = failureOf(local->start(request(QStringLiteral("x")), false));
        QCOMPARE(message,
                 QStringLiteral("The sandbox helper cannot build a sandbox on this computer: it "
                                "needs root, or user namespaces for a rootless sandbox. "
                                "runpad-sandbox: creating cgroups needs root privileges"));
    }

    void helperExitsEarly()
    {
        qputenv("FAKE_HELPER_FAIL", "early");
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        QSignalSpy unavailable(local, &Backend::unavailable);
        local->fetchRuntimes();
        QVERIFY(unavailable.wait(20000));
        QCOMPARE(unavailable.first().first().toString(),
                 QStringLiteral("The sandbox helper stopped while starting (exit code 1). "
                                "runpad-sandbox: no toolchain found"));
    }

    void assemblesThePistonResult()
    {
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        QSignalSpy status(local, &Backend::statusChanged);
        Job *job =
            local->start(request(QStringLiteral("int main;"), QStringLiteral("hello\n")), false);
        QSignalSpy stages(job, &Job::stageStarted);
        QSignalSpy output(job, &Job::output);
        QSignalSpy stageFinished(job, &Job::stageFinished);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(20000));

        QCOMPARE(status.first().first().toString(), QStringLiteral("Local sandbox (privileged)"));
        QCOMPARE(stages.size(), 2);
        QCOMPARE(output.size(), 3);
        QCOMPARE(output.at(0).at(0).toString(), QStringLiteral("stderr"));
        QCOMPARE(stageFinished.at(0).at(0).toString(), QStringLiteral("compile"));
        QVERIFY(stageFinished.at(0).at(1).value<StageResult>().stderr.isEmpty());

        const auto result = finished.first().first().value<ExecuteResult>();
        QCOMPARE(result.language, QStringLiteral("c"));
        QCOMPARE(result.version, QStringLiteral("12.2.0"));
        QVERIFY(result.compile && result.run);
        QCOMPARE(result.compile->stderr, QStringLiteral("warning: fake\n"));
        QCOMPARE(result.compile->output, QStringLiteral("warning: fake\n"));
        QCOMPARE(result.compile->cpuTimeMs, 5);
        QCOMPARE(result.run->stdout, QStringLiteral("hello\n"));
        QCOMPARE(result.run->stderr, QString());
        QCOMPARE(result.run->code, std::optional<int>(0));
        QCOMPARE(result.run->memoryBytes, 2048);
    }

    void jobsShareOneConnection()
    {
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        Job *first = local->start(request(QStringLiteral("a"), QStringLiteral("one ")), true);
        Job *second = local->start(request(QStringLiteral("b"), QStringLiteral("two ")), true);
        QSignalSpy firstDone(first, &Job::finished);
        QSignalSpy secondDone(second, &Job::finished);
        second->writeStdin("more");
        second->closeStdin();
        QVERIFY(secondDone.wait(20000));
        QCOMPARE(firstDone.size(), 0); // its stdin is still open
        first->closeStdin();
        QVERIFY(firstDone.wait(20000));
        QCOMPARE(firstDone.first().first().value<ExecuteResult>().run->stdout,
                 QStringLiteral("one "));
        QCOMPARE(secondDone.first().first().value<ExecuteResult>().run->stdout,
                 QStringLiteral("two more"));
    }

    void rejectedRequest()
    {
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        ExecuteRequest unknown = request(QStringLiteral("x"));
        unknown.language = QStringLiteral("cobolx");
        QCOMPARE(failureOf(local->start(unknown, false)),
                 QStringLiteral("cobolx-* runtime is unknown"));
    }

    void restartsAfterTheHelperDied()
    {
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        QCOMPARE(failureOf(local->start(request(QStringLiteral("die")), false)),
                 QStringLiteral("The sandbox helper stopped unexpectedly; it will be restarted "
                                "for the next run."));
        Job *next = local->start(request(QStringLiteral("x"), QStringLiteral("again")), false);
        QSignalSpy finished(next, &Job::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<ExecuteResult>().run->stdout,
                 QStringLiteral("again"));
    }

    void runtimes()
    {
        LocalSandboxBackend *local = backend(QStringLiteral(FAKE_HELPER));
        QSignalSpy ready(local, &Backend::runtimesReady);
        local->fetchRuntimes();
        QVERIFY(ready.wait(20000));
        const auto runtimes = ready.first().first().value<RuntimeList>();
        QCOMPARE(runtimes.size(), 1);
        QVERIFY(runtimes.first().matches(QStringLiteral("py3")));
    }
};

QTEST_GUILESS_MAIN(LocalSandboxBackendTest)
#include "LocalSandboxBackendTest.moc"
