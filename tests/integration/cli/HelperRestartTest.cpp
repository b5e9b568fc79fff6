// LocalSandboxBackend with the real helper: interactive jobs, and a helper killed mid-job.

#include "LocalSandboxBackend.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {

ExecuteRequest python(const QByteArray &source, const QString &stdinText = {})
{
    ExecuteRequest request;
    request.language = QStringLiteral("python");
    request.files = {{QStringLiteral("main.py"), QString::fromUtf8(source)}};
    request.stdin = stdinText;
    return request;
}

// What a job said, collected for the checks.
struct JobRecord {
    QString output;
    QStringList stages;
    std::optional<ExecuteResult> result;
    QString failure;

    explicit JobRecord(Job *job)
    {
        QObject::connect(job, &Job::output, job,
                         [this](const QString &, const QString &text) { output += text; });
        QObject::connect(job, &Job::stageStarted, job,
                         [this](const QString &stage) { stages.append(stage); });
        QObject::connect(job, &Job::finished, job,
                         [this](const ExecuteResult &value) { result = value; });
        QObject::connect(job, &Job::failed, job,
                         [this](const QString &message) { failure = message; });
    }
    bool over() const { return result || !failure.isEmpty(); }
};

} // namespace

// Pids whose command line contains marker.
static QStringList processesWith(const QByteArray &marker)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (pid.toInt() > 0 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            found << pid;
    }
    return found;
}

class HelperRestartTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LocalSandboxBackend *m_backend = nullptr;

private slots:
    void init()
    {
        if (!QFileInfo::exists(QStringLiteral(RUNPAD_HELPER)))
            QSKIP("runpad-sandbox is not built");
        if (::geteuid() != 0)
            QSKIP("the privileged helper needs root");
        m_backend = new LocalSandboxBackend(this);
        m_backend->setHelperProgram(QStringLiteral(RUNPAD_HELPER));
        m_backend->setSocketPath(m_dir.filePath(QStringLiteral("helper.sock")));
    }

    void cleanup()
    {
        delete m_backend;
        m_backend = nullptr;
    }

    void interactiveStdinAndEof()
    {
        QSignalSpy status(m_backend, &Backend::statusChanged);
        Job *job = m_backend->start(python("print(input()[::-1])\nprint(input())\n"), true);
        JobRecord record(job);
        job->writeStdin("abc\n");
        QTRY_COMPARE_WITH_TIMEOUT(record.output, QStringLiteral("cba\n"), 30000);
        job->writeStdin("last");
        job->closeStdin();
        QTRY_VERIFY(record.over());
        QCOMPARE(record.failure, QString());
        QCOMPARE(record.result->run->stdout, QStringLiteral("cba\nlast\n"));
        QCOMPARE(record.result->run->code, std::optional<int>(0));
        QCOMPARE(record.result->language, QStringLiteral("python"));
        QCOMPARE(record.stages, QStringList{QStringLiteral("run")});
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.first().first().toString(), QStringLiteral("Local sandbox (privileged)"));
        job->deleteLater();
    }

    void signalReachesTheProgram()
    {
        Job *job = m_backend->start(
            python("import time\nprint('ready', flush=True)\ntime.sleep(100)\n"), true);
        JobRecord record(job);
        QTRY_COMPARE_WITH_TIMEOUT(record.output, QStringLiteral("ready\n"), 30000);
        job->sendSignal(QStringLiteral("SIGTERM"));
        QTRY_VERIFY(record.over());
        QCOMPARE(record.result->run->status, QStringLiteral("SG"));
        QCOMPARE(record.result->run->signal, QStringLiteral("SIGTERM"));
    }

    void helperKilledMidJob()
    {
        // The program and a child it forked carry a marker in their command lines.
        ExecuteRequest request =
            python("import os, sys, time\nif os.fork() == 0: time.sleep(600)\nprint('ready', flush=True)\nsys.stdin.read()\n");
        const QByteArray marker = "stray-" + QByteArray::number(::getpid());
        request.args = QStringList{QString::fromLatin1(marker)};
        Job *job = m_backend->start(request, true);
        JobRecord record(job);
        QTRY_COMPARE_WITH_TIMEOUT(record.output, QStringLiteral("ready\n"), 30000);

        QCOMPARE(processesWith(marker).size(), 2);
        // The helper (and any of its forks that did not exec) has the socket in its cmdline.
        const QByteArray socket = m_backend->socketPath().toUtf8();
        int killed = 0;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : pids) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (pid.toInt() > 0 && cmdline.open(QIODevice::ReadOnly) &&
                cmdline.readAll().contains(socket) && ::kill(pid.toInt(), SIGKILL) == 0)
                ++killed;
        }
        QVERIFY(killed > 0);

        QTRY_VERIFY_WITH_TIMEOUT(record.over(), 10000);
        QCOMPARE(record.failure, QStringLiteral("The sandbox helper stopped unexpectedly; it will "
                                                "be restarted for the next run."));
        // The box died with its helper: nothing of the job is left.
        QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker).isEmpty(), 5000);

        Job *next = m_backend->start(python("print('back again')\n"), false);
        JobRecord again(next);
        QTRY_VERIFY_WITH_TIMEOUT(again.over(), 60000);
        QCOMPARE(again.failure, QString());
        QCOMPARE(again.result->run->stdout, QStringLiteral("back again\n"));
    }

    void runtimes()
    {
        QSignalSpy ready(m_backend, &Backend::runtimesReady);
        m_backend->fetchRuntimes();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        const auto runtimes = ready.first().first().value<RuntimeList>();
        QVERIFY(std::any_of(runtimes.begin(), runtimes.end(), [](const Runtime &runtime) {
            return runtime.matches(QStringLiteral("py3"));
        }));
    }
};

QTEST_GUILESS_MAIN(HelperRestartTest)
#include "HelperRestartTest.moc"
