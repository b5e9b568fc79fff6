// PistonBackend against a real runpad-server (real HTTP and WebSocket, a real sandbox helper
// behind it). The failures that need neither (small real servers on loopback sockets) are
// tst_PistonFailures, which both Qt flavours build.

#include "PistonTestCase.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace {

const QString SleepLong = QStringLiteral(R"(import time
print("ready", flush=True)
time.sleep(60)
)");

} // namespace

class PistonBackendTest : public PistonTestCase {
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral("65300:8")};

    bool restartServer(const QStringList &arguments = {})
    {
        if (m_server.start(arguments))
            return true;
        qWarning("%s", qPrintable(m_server.errorString()));
        return false;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cleanup()
    {
        // What the server saw explains most failures.
        if (QTest::currentTestFailed())
            qWarning("runpad-server's log:\n%s", m_server.serverLog().right(3000).constData());
    }

    // ---- runpad-server: the normal course ----

    void runtimes()
    {
        PistonBackend *piston = backend(m_server.url());
        QSignalSpy ready(piston, &Backend::runtimesReady);
        QSignalSpy status(piston, &Backend::statusChanged);
        piston->fetchRuntimes();
        QVERIFY(ready.wait(30000));
        const RuntimeList runtimes = ready.first().first().value<RuntimeList>();
        QVERIFY(std::any_of(runtimes.begin(), runtimes.end(), [](const Runtime &r) {
            return r.language == QLatin1String("python");
        }));
        QVERIFY(piston->isRunPadServer());
        QVERIFY2(piston->status().contains(QStringLiteral("runpad-server")),
                 qPrintable(piston->status()));
        QCOMPARE(piston->displayName(), QStringLiteral("Test server"));
    }

    // A POST execute answer streams into the console like a local run.
    void executeStreamsLikeALocalRun()
    {
        PistonBackend *piston = backend(m_server.url());
        JobRecorder *job = run(piston, body(Python, QStringLiteral(R"(import sys
print("one", flush=True)
print("two", file=sys.stderr, flush=True)
print(input(), flush=True)
sys.exit(3)
)"),
                                            QStringLiteral("three\n")));
        QVERIFY2(job->finished, qPrintable(job->message));
        // The output streams in the order of the result's interleaved `output`.
        QCOMPARE(job->events.first(), QStringLiteral("stage run"));
        QCOMPARE(job->events.mid(job->events.size() - 2), QStringList({"exit run RE", "finished"}));
        QCOMPARE(job->text(QStringLiteral("stdout")), QStringLiteral("one\nthree\n"));
        QCOMPARE(job->text(QStringLiteral("stderr")), QStringLiteral("two\n"));
        QString inOrder;
        for (const QString &event : job->events.mid(1, job->events.size() - 3))
            inOrder += event.section(QLatin1Char(' '), 1);
        QCOMPARE(inOrder, job->result.run->output);
        QCOMPARE(job->result.run->code, 3);
        QCOMPARE(job->result.run->stdout, QStringLiteral("one\nthree\n"));
        QCOMPARE(job->result.run->message, QStringLiteral("Exited with error status 3"));
        QCOMPARE(job->result.language, QStringLiteral("python"));
        QVERIFY(m_server.serverLog().contains("POST /api/v2/execute"));
    }

    void executeWithACompileStage()
    {
        PistonBackend *piston = backend(m_server.url());
        JobRecorder *job =
            run(piston, body(QStringLiteral("c"), QStringLiteral(R"(#include <stdio.h>
int main(void) { char s[32]; if (scanf("%31s", s) == 1) printf("got %s\n", s); return 0; }
)"),
                             QStringLiteral("word")));
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->events.first(), QStringLiteral("stage compile"));
        QVERIFY(job->events.contains(QStringLiteral("exit compile OK")));
        QCOMPARE(job->result.run->stdout, QStringLiteral("got word\n"));
    }

    void executeRejected()
    {
        PistonBackend *piston = backend(m_server.url());
        QJsonObject request = body(QStringLiteral("no-such-language"), QStringLiteral("x"));
        JobRecorder *job = run(piston, request);
        QVERIFY(job->failed);
        QCOMPARE(job->message, QStringLiteral("Test server rejected the request: "
                                              "no-such-language-* runtime is unknown"));
        QCOMPARE(job->job->failure(), Job::Failure::Rejected);
        QCOMPARE(job->ends, 1);
    }

    // Typed input reaches the program line by line; Ctrl+D (EOF) ends its input.
    void interactiveSession()
    {
        PistonBackend *piston = backend(m_server.url());
        auto *job = new JobRecorder(piston->start(body(Python, EchoLines), true));
        QTRY_VERIFY_WITH_TIMEOUT(job->events.contains(QStringLiteral("stage run")), 30000);
        job->job->writeStdin("first\n");
        QTRY_COMPARE_WITH_TIMEOUT(job->text(QStringLiteral("stdout")),
                                  QStringLiteral("echo:first\n"), 10000);
        job->job->writeStdin("second\n");
        QTRY_COMPARE_WITH_TIMEOUT(job->text(QStringLiteral("stdout")),
                                  QStringLiteral("echo:first\necho:second\n"), 10000);
        QVERIFY(!job->over());
        job->job->closeStdin();
        QVERIFY(job->waitForEnd(10000));
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("echo:first\necho:second\nbye\n"));
        QCOMPARE(job->result.run->code, 0);
        QCOMPARE(job->events.last(), QStringLiteral("finished"));
        QVERIFY(job->text(QStringLiteral("stderr")).isEmpty());
    }

    // The request's stdin is the first input, in a session that is interactive all the same.
    void interactiveStdinFromTheRequest()
    {
        PistonBackend *piston = backend(m_server.url());
        Job *started = piston->start(body(Python, EchoLines, QStringLiteral("a\nb\n")), true);
        started->closeStdin(); // before the session is even open: it waits its turn
        auto *job = new JobRecorder(started);
        QVERIFY(job->waitForEnd(30000));
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("echo:a\necho:b\nbye\n"));
    }

    void interactiveSignalReachesTheProgram()
    {
        PistonBackend *piston = backend(m_server.url());
        auto *job =
            new JobRecorder(piston->start(body(Python, QStringLiteral(R"(import signal, sys, time
signal.signal(signal.SIGINT, lambda *a: (print("interrupted", flush=True), sys.exit(0)))
print("ready", flush=True)
time.sleep(60)
)")),
                                          true));
        QTRY_VERIFY_WITH_TIMEOUT(job->text(QStringLiteral("stdout")) == QLatin1String("ready\n"),
                                 30000);
        job->job->sendSignal(QStringLiteral("SIGINT"));
        QVERIFY(job->waitForEnd(10000));
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("ready\ninterrupted\n"));
    }

    // Stop ends a run at once, and the server reports the kill as a result.
    void interactiveStop()
    {
        PistonBackend *piston = backend(m_server.url());
        auto *job = new JobRecorder(piston->start(body(Python, SleepLong), true));
        QTRY_VERIFY_WITH_TIMEOUT(job->text(QStringLiteral("stdout")) == QLatin1String("ready\n"),
                                 30000);
        QElapsedTimer clock;
        clock.start();
        job->job->stop();
        QVERIFY(job->waitForEnd(5000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        qInfo("stop() to the server's SIGKILL result: %lld ms", clock.elapsed());
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->status, QStringLiteral("SG"));
        QCOMPARE(job->result.run->signal, QStringLiteral("SIGKILL"));
        QVERIFY(m_server.waitUntilNoBoxes());
    }

    void interactiveRejected()
    {
        PistonBackend *piston = backend(m_server.url());
        JobRecorder *job =
            run(piston, body(QStringLiteral("no-such-language"), QStringLiteral("x")), true);
        QVERIFY(job->failed);
        QCOMPARE(job->message, QStringLiteral("Test server rejected the request: "
                                              "no-such-language-* runtime is unknown"));
        QCOMPARE(job->job->failure(), Job::Failure::Rejected);
    }

    void interactiveInvalidSignal()
    {
        PistonBackend *piston = backend(m_server.url());
        auto *job = new JobRecorder(piston->start(body(Python, SleepLong), true));
        QTRY_VERIFY_WITH_TIMEOUT(job->text(QStringLiteral("stdout")) == QLatin1String("ready\n"),
                                 30000);
        job->job->sendSignal(QStringLiteral("SIGNOTHING"));
        QVERIFY(job->waitForEnd(10000));
        QVERIFY(job->failed);
        QCOMPARE(job->message, QStringLiteral("Test server ended the session: it does not know the "
                                              "signal SIGNOTHING (close code 4005)."));
        QVERIFY(m_server.waitUntilNoBoxes());
    }

    // HTTP cannot reach a running program: stop() gives up on the answer at once.
    void executeStop()
    {
        PistonBackend *piston = backend(m_server.url());
        auto *job = new JobRecorder(piston->start(body(Python, SleepLong), false));
        QTest::qWait(500);
        QVERIFY(!job->over());
        job->job->stop();
        QVERIFY(job->over()); // synchronously
        QVERIFY(job->failed);
        QVERIFY2(job->message.startsWith(QStringLiteral("Stopped: RunPad no longer waits for Test "
                                                        "server.")),
                 qPrintable(job->message));
        QCOMPARE(job->ends, 1);
    }

    // ---- runpad-server: refusals ----

    void notAPistonUrl()
    {
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/nothing/here"));
        PistonBackend *piston = backend(url);
        const QString expected = QStringLiteral(
            "There is no Piston API at %1 (HTTP 404 Not Found from Test server): the URL is "
            "probably not a Piston server's. Check the server's URL.");
        QUrl tried = url;
        tried.setPath(QStringLiteral("/nothing/here/api/v2/runtimes"));
        QCOMPARE(runtimesOutcome(piston), expected.arg(tried.toString()));
        tried.setPath(QStringLiteral("/nothing/here/api/v2/execute"));
        JobRecorder *job = run(piston, body(Python, QStringLiteral("print(1)")));
        QCOMPARE(job->message, expected.arg(tried.toString()));
        // Interactive: the first contact with a server asks for its runtimes, which explains.
        PistonBackend *fresh = backend(url);
        job = run(fresh, body(Python, QStringLiteral("print(1)")), true);
        tried.setPath(QStringLiteral("/nothing/here/api/v2/runtimes"));
        QCOMPARE(job->message, expected.arg(tried.toString()));
        QCOMPARE(job->job->failure(), Job::Failure::Rejected);
    }

    void apiKey()
    {
        QVERIFY(restartServer({QStringLiteral("--token"), QStringLiteral("s3cret")}));
        const QString needs = QStringLiteral("Test server needs an API key (HTTP 401 "
                                             "Unauthorized). Enter one in the server's settings.");
        const QString wrong = QStringLiteral("Test server did not accept the API key (HTTP 401 "
                                             "Unauthorized). Check the key in the server's "
                                             "settings.");
        QCOMPARE(runtimesOutcome(backend(m_server.url())), needs);
        QCOMPARE(runtimesOutcome(backend(m_server.url(), QStringLiteral("nope"))), wrong);
        QCOMPARE(runtimesOutcome(backend(m_server.url(), QStringLiteral("Bearer s3cret"))),
                 QStringLiteral("<runtimes>"));
        PistonBackend *bare = backend(m_server.url(), QStringLiteral("s3cret"));
        JobRecorder *job = run(bare, body(Python, QStringLiteral("print('with key')")));
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("with key\n"));
        job = run(backend(m_server.url()), body(Python, QStringLiteral("print(1)")));
        QCOMPARE(job->message, needs);
        QCOMPARE(job->job->failure(), Job::Failure::Rejected);

        // Interactive with the key; then with a wrong one on a server already known, where the
        // WebSocket handshake itself is refused.
        job = new JobRecorder(bare->start(body(Python, EchoLines, QStringLiteral("k\n")), true));
        QTRY_COMPARE_WITH_TIMEOUT(job->text(QStringLiteral("stdout")), QStringLiteral("echo:k\n"),
                                  20000);
        job->job->closeStdin();
        QVERIFY(job->waitForEnd(20000));
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("echo:k\nbye\n"));
        bare->setApiKey(QStringLiteral("wrong"));
        job = run(bare, body(Python, EchoLines), true);
        QCOMPARE(job->message, wrong);
        bare->setApiKey({});
        job = run(bare, body(Python, EchoLines), true);
        QCOMPARE(job->message, needs);
        QVERIFY(restartServer());
    }

    void rateLimited()
    {
        QVERIFY(restartServer({QStringLiteral("--rate-limit"), QStringLiteral("1")}));
        // One request a second from one address: the second and third, right after, wait.
        const QString limited = QStringLiteral("Test server has had too many requests (HTTP 429 "
                                               "Too Many Requests); try again in 1 second(s).");
        PistonBackend *piston = backend(m_server.url());
        QCOMPARE(runtimesOutcome(piston), QStringLiteral("<runtimes>"));
        QCOMPARE(runtimesOutcome(piston), limited);
        JobRecorder *job = run(piston, body(Python, QStringLiteral("print(1)")));
        QCOMPARE(job->message, limited);
        QCOMPARE(job->job->failure(), Job::Failure::Unavailable);
        QVERIFY(restartServer());
    }

    // A full server says so over HTTP (503) and over the WebSocket (RunPad's close code 4006).
    void busy()
    {
        QVERIFY(restartServer({QStringLiteral("--max-jobs"), QStringLiteral("1"),
                               QStringLiteral("--max-queue"), QStringLiteral("0")}));
        PistonBackend *piston = backend(m_server.url());
        auto *sleeper = new JobRecorder(piston->start(body(Python, SleepLong), true));
        QTRY_VERIFY_WITH_TIMEOUT(
            sleeper->text(QStringLiteral("stdout")) == QLatin1String("ready\n"), 30000);
        JobRecorder *job = run(piston, body(Python, QStringLiteral("print(1)")));
        QVERIFY(job->failed);
        QVERIFY2(job->message.startsWith(QStringLiteral(
                     "Test server cannot run code right now (HTTP 503 Service Unavailable): the "
                     "server is busy")),
                 qPrintable(job->message));
        QCOMPARE(job->job->failure(), Job::Failure::Unavailable);
        job = run(piston, body(Python, QStringLiteral("print(1)")), true);
        QVERIFY(job->failed);
        QVERIFY2(job->message.startsWith(
                     QStringLiteral("Test server cannot run it now: the server is busy")),
                 qPrintable(job->message));
        QCOMPARE(job->job->failure(), Job::Failure::Unavailable);
        sleeper->job->stop();
        QVERIFY(sleeper->waitForEnd(5000));
        QVERIFY(restartServer());
    }

    void tooLarge()
    {
        QVERIFY(restartServer({QStringLiteral("--max-body"), QStringLiteral("2000")}));
        JobRecorder *job = run(backend(m_server.url()),
                               body(Python, QStringLiteral("print('%1')").arg(QString(5000, 'x'))));
        QVERIFY(job->failed);
        QVERIFY2(job->message.startsWith(
                     QStringLiteral("The request is too large for Test server (HTTP 413)")),
                 qPrintable(job->message));
        QCOMPARE(job->job->failure(), Job::Failure::Rejected);
        QVERIFY(restartServer());
    }

    // The server goes away while a program runs interactively.
    void serverLostMidRun()
    {
        PistonBackend *piston = backend(m_server.url());
        auto *job = new JobRecorder(piston->start(body(Python, SleepLong), true));
        QTRY_VERIFY_WITH_TIMEOUT(job->text(QStringLiteral("stdout")) == QLatin1String("ready\n"),
                                 30000);
        m_server.stopServer();
        QVERIFY(job->waitForEnd(10000));
        QVERIFY(job->failed);
        QVERIFY2(job->message.startsWith(QStringLiteral(
                     "The connection to Test server was lost while the program ran")),
                 qPrintable(job->message));
        QCOMPARE(job->job->failure(), Job::Failure::Unavailable);
        QVERIFY(restartServer());
    }

    // -1 time limits, which Piston would refuse, reach runpad-server: a program that outlives
    // the 3 s default is not cut short.
    void minusOneTimeLimitsReachRunPadServer()
    {
        QJsonObject request =
            body(Python, QStringLiteral("import time; time.sleep(3.5); print('late')"));
        request.insert(QStringLiteral("run_timeout"), -1);
        PistonBackend *runpad = backend(m_server.url());
        runtimesOutcome(runpad); // learns it is runpad-server
        JobRecorder *job = run(runpad, request);
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("late\n"));
    }
};

QTEST_GUILESS_MAIN(PistonBackendTest)
#include "tst_PistonBackend.moc"
