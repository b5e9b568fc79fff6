// PistonBackend against small real servers on loopback sockets, for the answers runpad-server
// never gives: refused and silent connections, malformed JSON, HTTP statuses, redirects, a
// self-signed certificate, and Piston's own /connect, which cannot close stdin. Needs neither
// root nor runpad-server, so both Qt flavours run it.

#include "PistonTestCase.h"
#include "RawHttpServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

class PistonFailuresTest : public PistonTestCase {
    Q_OBJECT

private slots:
    // ---- connection failures ----

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString expected = QStringLiteral("Cannot reach Test server: nothing accepts "
                                                "connections at 127.0.0.1:%1 (connection "
                                                "refused). Is the server running, and is the port "
                                                "right?")
                                     .arg(port);
        QCOMPARE(runtimesOutcome(backend(url)), expected);
        QCOMPARE(run(backend(url), body(Python, QStringLiteral("print(1)")))->message, expected);
        JobRecorder *job = run(backend(url), body(Python, QStringLiteral("print(1)")), true);
        QCOMPARE(job->message, expected);
        QCOMPARE(job->job->failure(), Job::Failure::Unavailable);
    }

    void dnsFailure()
    {
        const QUrl url(QStringLiteral("http://runpad-test.invalid:2000"));
        const QString expected = QStringLiteral("Cannot reach Test server: the host name "
                                                "runpad-test.invalid was not found (DNS). Check "
                                                "the server's URL and the network connection.");
        QCOMPARE(runtimesOutcome(backend(url)), expected);
        QCOMPARE(run(backend(url), body(Python, QStringLiteral("print(1)")), true)->message,
                 expected);
    }

    // A server whose accept queue is full never completes the TCP handshake.
    void connectTimeout()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), length) == 0);
        QVERIFY(::listen(listener, 0) == 0);
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        const quint16 port = ntohs(address.sin_port);
        // Fill the queue: these connections are never accepted.
        QList<int> fillers;
        for (int i = 0; i < 2; ++i) {
            const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(filler, reinterpret_cast<sockaddr *>(&address), sizeof address);
            fillers << filler;
        }
        QTest::qWait(200);
        PistonBackend *piston = backend(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        piston->setTimeouts(1000, 500);
        const QString expected =
            QStringLiteral("Cannot reach Test server: no connection to 127.0.0.1:%1 within 1 "
                           "second(s).")
                .arg(port);
        JobRecorder *job = run(piston, body(Python, QStringLiteral("print(1)")), false, 10000);
        QCOMPARE(job->message, expected);
        QVERIFY2(job->endedAfterMs < 3000, qPrintable(QString::number(job->endedAfterMs)));
        job = run(piston, body(Python, QStringLiteral("print(1)")), true, 10000);
        QVERIFY2(job->message.startsWith(QStringLiteral("Cannot reach Test server: no connection "
                                                        "to 127.0.0.1:%1 within")
                                             .arg(port)),
                 qPrintable(job->message));
        for (int filler : std::as_const(fillers))
            ::close(filler);
        ::close(listener);
    }

    // Silence after the request: the overall timeout is the run's limits plus the margin.
    void neverAnswers()
    {
        RawHttpServer silent;
        QVERIFY(silent.listen());
        PistonBackend *piston = backend(silent.url());
        piston->setTimeouts(5000, 500);
        QJsonObject request = body(Python, QStringLiteral("print(1)"));
        request.insert(QStringLiteral("compile_timeout"), 200);
        request.insert(QStringLiteral("run_timeout"), 300);
        JobRecorder *job = run(piston, request, false, 10000);
        QCOMPARE(job->message, QStringLiteral("Test server did not answer within 1 second(s) (the "
                                              "run's time limits and a margin), so RunPad stopped "
                                              "waiting."));
        QVERIFY2(job->endedAfterMs >= 900 && job->endedAfterMs < 3000,
                 qPrintable(QString::number(job->endedAfterMs)));
        QCOMPARE(job->job->failure(), Job::Failure::Unavailable);
        QCOMPARE(silent.requests.size(), 1);
        QCOMPARE(silent.requests.first().path, QByteArray("/api/v2/execute"));
        QCOMPARE(QJsonDocument::fromJson(silent.requests.first().body).object(), request);
        // Stop works while nothing answers.
        job = new JobRecorder(piston->start(request, true));
        QTest::qWait(300);
        job->job->stop();
        QVERIFY(job->failed);
        QVERIFY2(job->message.startsWith(QStringLiteral("Stopped")), qPrintable(job->message));
    }

    // ---- answers only other servers give ----

    // Piston refuses negative time limits; -1, "the server's maximum", is runpad-server's
    // (tst_PistonBackend sends it there).
    void negativeTimeLimitsStayWithRunPadServer()
    {
        RawHttpServer piston;
        QVERIFY(piston.listen());
        piston.answer(200, "OK", json(R"({"language":"python","version":"3.12.0","run":{"stdout":"",
            "stderr":"","output":"","code":0,"signal":null}})"));
        QJsonObject request = body(Python, QStringLiteral("print(1)"));
        request.insert(QStringLiteral("run_timeout"), -1);
        request.insert(QStringLiteral("run_cpu_time"), -1);
        request.insert(QStringLiteral("run_memory_limit"), -1);
        JobRecorder *job = run(backend(piston.url()), request);
        QVERIFY2(job->finished, qPrintable(job->message));
        const QJsonObject sent = QJsonDocument::fromJson(piston.requests.last().body).object();
        QVERIFY(!sent.contains(QStringLiteral("run_timeout")));
        QVERIFY(!sent.contains(QStringLiteral("run_cpu_time")));
        QCOMPARE(sent.value(QStringLiteral("run_memory_limit")).toInt(), -1); // Piston's own
    }

    void malformedJson()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        server.answer(200, "OK", "this is not JSON");
        PistonBackend *piston = backend(server.url());
        QUrl url = server.url();
        url.setPath(QStringLiteral("/api/v2/runtimes"));
        const QString outcome = runtimesOutcome(piston);
        QVERIFY2(QRegularExpression(
                     QRegularExpression::anchoredPattern(
                         QRegularExpression::escape(
                             QStringLiteral("Test server sent an answer that is not Piston's JSON "
                                            "(from %1): illegal value at byte ")
                                 .arg(url.toString())) +
                         QStringLiteral("\\d+\\. Is it a Piston server\\?")))
                     .match(outcome)
                     .hasMatch(),
                 qPrintable(outcome));
        JobRecorder *job = run(piston, body(Python, QStringLiteral("print(1)")));
        QVERIFY2(job->message.contains(QStringLiteral("not Piston's JSON")),
                 qPrintable(job->message));
        QCOMPARE(job->job->failure(), Job::Failure::Internal);

        server.answer(200, "OK", json(R"({"message":"hello"})"));
        job = run(piston, body(Python, QStringLiteral("print(1)")));
        QVERIFY2(job->message.endsWith(QStringLiteral(
                     "the answer has no run or compile stage. Is it a Piston server?")),
                 qPrintable(job->message));
        QVERIFY2(
            runtimesOutcome(piston).contains(QStringLiteral("the runtimes are not a JSON array")),
            qPrintable(runtimesOutcome(piston)));
        server.answer(200, "OK", {});
        QVERIFY(runtimesOutcome(piston).contains(QStringLiteral("the answer is empty")));
    }

    void httpStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("kind");
        const int rejected = int(Job::Failure::Rejected);
        const int unavailable = int(Job::Failure::Unavailable);
        const int internal = int(Job::Failure::Internal);
        QTest::newRow("403 without key")
            << 403 << QByteArray("Forbidden") << QByteArray() << QString() << QByteArray()
            << QStringLiteral("Test server refused access (HTTP 403 Forbidden); it probably needs "
                              "an API key. Enter one in the server's settings.")
            << rejected;
        QTest::newRow("403 with key")
            << 403 << QByteArray("Forbidden") << QByteArray() << QStringLiteral("k") << QByteArray()
            << QStringLiteral("Test server refused access with this API key (HTTP 403 Forbidden). "
                              "Check the key in the server's settings.")
            << rejected;
        QTest::newRow("415") << 415 << QByteArray("Unsupported Media Type")
                             << json(R"({"message":"requests must be of type application/json"})")
                             << QString() << QByteArray()
                             << QStringLiteral(
                                    "Test server did not accept the request as JSON (HTTP 415 "
                                    "Unsupported Media Type: requests must be of type "
                                    "application/json); it is probably not a Piston server.")
                             << rejected;
        QTest::newRow("429 with a date")
            << 429 << QByteArray("Too Many Requests") << QByteArray() << QString()
            << QDateTime::currentDateTimeUtc()
                   .addSecs(120)
                   .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                   .toLatin1()
            << QStringLiteral("Test server has had too many requests \\(HTTP 429 Too Many "
                              "Requests\\); try again in 1[12][0-9] second\\(s\\) \\(at .+\\)\\.")
            << unavailable;
        QTest::newRow("429 without Retry-After")
            << 429 << QByteArray("Too Many Requests") << QByteArray() << QString() << QByteArray()
            << QStringLiteral("Test server has had too many requests (HTTP 429 Too Many Requests); "
                              "try again later.")
            << unavailable;
        QTest::newRow("500") << 500 << QByteArray("Internal Server Error")
                             << json(R"({"message":"database is on fire"})") << QString()
                             << QByteArray()
                             << QStringLiteral(
                                    "Test server had an internal error (HTTP 500): database is on "
                                    "fire")
                             << internal;
        QTest::newRow("502 from a proxy")
            << 502 << QByteArray("Bad Gateway") << QByteArray("<html><body>nginx</body></html>")
            << QString() << QByteArray()
            << QStringLiteral("Test server cannot run code right now (HTTP 502 Bad Gateway).")
            << unavailable;
        QTest::newRow("503 with Retry-After")
            << 503 << QByteArray("Service Unavailable") << json(R"({"message":"maintenance"})")
            << QString() << QByteArray("30")
            << QStringLiteral("Test server cannot run code right now (HTTP 503 Service "
                              "Unavailable): maintenance The server says: try again in 30 "
                              "second(s).")
            << unavailable;
        QTest::newRow("418") << 418 << QByteArray("I'm a teapot") << QByteArray() << QString()
                             << QByteArray()
                             << QStringLiteral("Test server answered %1 with HTTP 418.")
                             << internal;
    }

    void httpStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, answer);
        QFETCH(QString, key);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        RawHttpServer server;
        QVERIFY(server.listen());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        server.answer(status, reason, answer, headers);
        JobRecorder *job =
            run(backend(server.url(), key), body(Python, QStringLiteral("print(1)")));
        QVERIFY(job->failed);
        QUrl url = server.url();
        url.setPath(QStringLiteral("/api/v2/execute"));
        if (expected.contains(QLatin1String("%1")))
            expected = expected.arg(url.toString());
        if (expected.contains(QLatin1String("\\(")))
            QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(expected))
                         .match(job->message)
                         .hasMatch(),
                     qPrintable(job->message));
        else
            QCOMPARE(job->message, expected);
        QCOMPARE(int(job->job->failure()), kind);
        if (!key.isEmpty())
            QCOMPARE(server.requests.first().header("Authorization"), key.toUtf8());
        else
            QVERIFY(server.requests.first().header("Authorization").isEmpty());
    }

    // ---- redirects ----

    void redirects()
    {
        // Where the redirects lead: a Piston that runs nothing but answers as one would.
        RawHttpServer target;
        QVERIFY(target.listen());
        target.setResponder([](const RawHttpServer::Request &request) {
            if (request.method == "POST" && request.path == "/api/v2/execute")
                return RawHttpServer::response(
                    200, "OK",
                    json(R"({"language":"python","version":"3.11.2","run":{"stdout":"moved\n",)"
                         R"("stderr":"","output":"moved\n","code":0,"signal":null}})"));
            if (request.method == "GET" && request.path == "/api/v2/runtimes")
                return RawHttpServer::response(200, "OK", json("[]"));
            return RawHttpServer::response(404, "Not Found", json(R"({"message":"Not Found"})"));
        });
        const QUrl real = target.url();
        RawHttpServer front;
        QVERIFY(front.listen());
        // 307 keeps the POST and its body: the target runs it.
        front.setResponder([&](const RawHttpServer::Request &request) {
            return RawHttpServer::response(307, "Temporary Redirect", {},
                                           {{"Location", real.toString().toUtf8() + request.path}});
        });
        const QJsonObject request = body(Python, QStringLiteral("print('moved')"));
        JobRecorder *job = run(backend(front.url()), request);
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("moved\n"));
        QCOMPARE(target.requests.last().method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(target.requests.last().body).object(), request);
        // GET follows a 302 too.
        front.setResponder([&](const RawHttpServer::Request &request) {
            return RawHttpServer::response(302, "Found", {},
                                           {{"Location", real.toString().toUtf8() + request.path}});
        });
        QCOMPARE(runtimesOutcome(backend(front.url())), QStringLiteral("<runtimes>"));
        // A POST answered with 301/302/303 would become a GET: RunPad says where to point instead.
        job = run(backend(front.url()), body(Python, QStringLiteral("print(1)")));
        QCOMPARE(job->message,
                 QStringLiteral("Test server redirected the request to %1/api/v2/execute (HTTP "
                                "302), which would turn the run into a GET request. Change the "
                                "server's URL to where it redirects.")
                     .arg(real.toString()));
        // A redirect that ends badly says where it went.
        front.setResponder([&](const RawHttpServer::Request &) {
            return RawHttpServer::response(308, "Permanent Redirect", {},
                                           {{"Location", real.toString().toUtf8() + "/elsewhere"}});
        });
        job = run(backend(front.url()), body(Python, QStringLiteral("print(1)")));
        QCOMPARE(job->message,
                 QStringLiteral("There is no Piston API at %1/elsewhere (HTTP 404 Not Found from "
                                "Test server): the URL is probably not a Piston server's. Check "
                                "the server's URL. (The request was redirected to %1/elsewhere.)")
                     .arg(real.toString()));
        // A loop ends.
        front.setResponder([&](const RawHttpServer::Request &) {
            return RawHttpServer::response(307, "Temporary Redirect", {}, {{"Location", "/again"}});
        });
        job = run(backend(front.url()), body(Python, QStringLiteral("print(1)")));
        QCOMPARE(job->message, QStringLiteral("Test server redirected the request more than 5 "
                                              "times; the last target was %1/again. (The request "
                                              "was redirected to %1/again.)")
                                   .arg(front.url().toString()));
    }

    // The API key goes only to the server's own host, not where a redirect points.
    void redirectKeepsTheKeyAtHome()
    {
        RawHttpServer target;
        QVERIFY(target.listen());
        target.answer(200, "OK", json("[]"));
        RawHttpServer front;
        QVERIFY(front.listen());
        QUrl elsewhere = target.url();
        elsewhere.setHost(QStringLiteral("localhost"));
        front.answer(302, "Found", {},
                     {{"Location", elsewhere.toString().toUtf8() + "/api/v2/runtimes"}});
        QCOMPARE(runtimesOutcome(backend(front.url(), QStringLiteral("key"))),
                 QStringLiteral("<runtimes>"));
        QCOMPARE(front.requests.first().header("Authorization"), QByteArray("key"));
        QCOMPARE(target.requests.size(), 1);
        QVERIFY(target.requests.first().header("Authorization").isEmpty());
    }

    // ---- TLS ----

    void untrustedCertificate()
    {
        RawHttpServer tls;
        QVERIFY(tls.listenTls(QStringLiteral(TEST_DATA_DIR "/self-signed.crt"),
                              QStringLiteral(TEST_DATA_DIR "/self-signed.key")));
        tls.answer(200, "OK", json("[]"));
        QVERIFY(tls.url().scheme() == QLatin1String("https"));
        const QString expected = QStringLiteral(
            "The secure connection to Test server failed: The certificate is self-signed, and "
            "untrusted. RunPad does not send code or keys to a server whose certificate it cannot "
            "verify.");
        QCOMPARE(runtimesOutcome(backend(tls.url())), expected);
        JobRecorder *job = run(backend(tls.url()), body(Python, QStringLiteral("print(1)")));
        QCOMPARE(job->message, expected);
        QCOMPARE(job->job->failure(), Job::Failure::Unavailable);
        QVERIFY(tls.requests.isEmpty()); // nothing was sent
    }

    // ---- Piston's /connect (a server that is not runpad-server) ----

    void pistonCannotCloseStdin()
    {
        RawHttpServer piston;
        QWebSocketServer sockets(QStringLiteral("piston"), QWebSocketServer::NonSecureMode);
        QVERIFY(piston.listen());
        piston.setWebSocketServer(&sockets);
        piston.answer(200, "OK", json(R"([{"language":"python","version":"3.10.0","aliases":[]}])"),
                      {{"X-Powered-By", "Express"}});
        // What Piston does: runtime, stage, echo of stdin as stdout; "quit" ends the run.
        QList<QJsonObject> received;
        QPointer<QWebSocket> session;
        connect(&sockets, &QWebSocketServer::newConnection, this, [&] {
            session = sockets.nextPendingConnection();
            connect(session, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                received << message;
                const auto send = [&](const char *reply) {
                    session->sendTextMessage(QString::fromUtf8(reply));
                };
                const QString type = message.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("init")) {
                    send(R"({"type":"runtime","language":"python","version":"3.10.0"})");
                    send(R"({"type":"stage","stage":"run"})");
                } else if (type == QLatin1String("data")) {
                    const QString data = message.value(QStringLiteral("data")).toString();
                    session->sendTextMessage(QString::fromUtf8(
                        QJsonDocument(
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("data")},
                                        {QStringLiteral("stream"), QStringLiteral("stdout")},
                                        {QStringLiteral("data"), data}})
                            .toJson(QJsonDocument::Compact)));
                    if (data == QLatin1String("quit\n")) {
                        send(R"({"type":"exit","stage":"run","code":0,"signal":null})");
                        session->close(QWebSocketProtocol::CloseCode(4999),
                                       QStringLiteral("Job Completed"));
                    }
                }
            });
        });
        PistonBackend *backendOfPiston = backend(piston.url(), QStringLiteral("pkey"));
        auto *job = new JobRecorder(
            backendOfPiston->start(body(Python, EchoLines, QStringLiteral("first\n")), true));
        QTRY_COMPARE_WITH_TIMEOUT(job->text(QStringLiteral("stdout")), QStringLiteral("first\n"),
                                  10000);
        QVERIFY(!backendOfPiston->isRunPadServer());
        QVERIFY(backendOfPiston->status().contains(QStringLiteral("Piston")));
        job->job->closeStdin();
        job->job->closeStdin();
        job->job->sendSignal(QStringLiteral("SIGINT"));
        QCOMPARE(job->text(QStringLiteral("stderr")),
                 QStringLiteral("RunPad: Test server runs Piston, which has no way to close a "
                                "program's input (end of input, Ctrl+D); the program reads on "
                                "until it ends or is stopped.\n"
                                "RunPad: Test server runs Piston, which does not pass signals such "
                                "as SIGINT on to the program; Stop ends the run.\n"));
        job->job->writeStdin("quit\n");
        QVERIFY(job->waitForEnd(10000));
        QVERIFY2(job->finished, qPrintable(job->message));
        QCOMPARE(job->result.run->stdout, QStringLiteral("first\nquit\n"));
        QCOMPARE(job->result.run->code, 0);
        QCOMPARE(job->result.version, QStringLiteral("3.10.0"));
        // init without stdin, then the data; never eof nor signal.
        QCOMPARE(received.size(), 3);
        QCOMPARE(received.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("init"));
        QVERIFY(!received.at(0).contains(QStringLiteral("stdin")));
        QCOMPARE(received.at(0).value(QStringLiteral("language")).toString(), Python);
        QCOMPARE(received.at(1).value(QStringLiteral("data")).toString(),
                 QStringLiteral("first\n"));
        // The key went with the handshake.
        const auto upgrade = std::find_if(
            piston.requests.begin(), piston.requests.end(),
            [](const RawHttpServer::Request &r) { return r.path == "/api/v2/connect"; });
        QVERIFY(upgrade != piston.requests.end());
        QCOMPARE(upgrade->header("Authorization"), QByteArray("pkey"));

        // Stop hangs up at once: Piston ends the run when its client goes.
        job = new JobRecorder(backendOfPiston->start(body(Python, EchoLines), true));
        QTRY_VERIFY_WITH_TIMEOUT(job->events.contains(QStringLiteral("stage run")), 10000);
        QSignalSpy gone(session.data(), &QWebSocket::disconnected);
        job->job->stop();
        QVERIFY(job->failed);
        QCOMPARE(job->message, QStringLiteral("Stopped: RunPad hung up on Test server, which ends "
                                              "the run there."));
        QVERIFY(gone.wait(5000));

        // An error message, then 4002; other close codes, each in words.
        const QList<QPair<int, QString>> closes = {
            {4002, QStringLiteral("Test server rejected the request: python-9 runtime is unknown")},
            {4001, QStringLiteral("Test server ended the session: the run request did not arrive "
                                  "in time (close code 4001).")},
            {4004, QStringLiteral("Test server ended the session: a program's input is the only "
                                  "stream that can be written (close code 4004).")},
            {1011, QStringLiteral("The connection to Test server was lost while the program ran "
                                  "(close code 1011: out of cheese).")},
        };
        for (const auto &[code, expected] : closes) {
            disconnect(&sockets, nullptr, this, nullptr);
            connect(&sockets, &QWebSocketServer::newConnection, this, [&, code = code] {
                QWebSocket *socket = sockets.nextPendingConnection();
                connect(socket, &QWebSocket::textMessageReceived, this, [socket, code] {
                    if (code == 4002)
                        socket->sendTextMessage(QStringLiteral(
                            R"({"type":"error","message":"python-9 runtime is unknown"})"));
                    socket->close(QWebSocketProtocol::CloseCode(code),
                                  code == 1011 ? QStringLiteral("out of cheese") : QString());
                });
            });
            job = run(backendOfPiston, body(Python, EchoLines), true, 10000);
            QCOMPARE(job->message, expected);
        }
    }

    // A /connect answer that is not JSON.
    void pistonMalformedMessage()
    {
        RawHttpServer piston;
        QWebSocketServer sockets(QStringLiteral("piston"), QWebSocketServer::NonSecureMode);
        QVERIFY(piston.listen());
        piston.setWebSocketServer(&sockets);
        piston.answer(200, "OK", json("[]"));
        connect(&sockets, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *socket = sockets.nextPendingConnection();
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [socket] { socket->sendTextMessage(QStringLiteral("{oops")); });
        });
        JobRecorder *job = run(backend(piston.url()), body(Python, EchoLines), true, 10000);
        QVERIFY2(job->message.startsWith(QStringLiteral("Test server sent an answer that is not "
                                                        "Piston's JSON")),
                 qPrintable(job->message));
        QCOMPARE(job->job->failure(), Job::Failure::Internal);
    }

    // A runpad-server that takes the stop signal but never reports the end is hung up on.
    void stopWhenTheServerDoesNotConfirm()
    {
        RawHttpServer server;
        QWebSocketServer sockets(QStringLiteral("deaf"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen());
        server.setWebSocketServer(&sockets);
        server.answer(200, "OK", json("[]"), {{"Server", "runpad-server/0.0-test"}});
        QStringList received;
        QPointer<QWebSocket> session;
        connect(&sockets, &QWebSocketServer::newConnection, this, [&] {
            session = sockets.nextPendingConnection();
            connect(session, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
                received << text;
                if (text.contains(QLatin1String("\"init\"")))
                    session->sendTextMessage(QStringLiteral(R"({"type":"stage","stage":"run"})"));
            });
        });
        PistonBackend *piston = backend(server.url());
        auto *job = new JobRecorder(piston->start(body(Python, EchoLines), true));
        QTRY_VERIFY_WITH_TIMEOUT(job->events.contains(QStringLiteral("stage run")), 10000);
        QVERIFY(piston->isRunPadServer());
        job->job->closeStdin(); // runpad-server understands it: no note
        job->job->stop();
        QVERIFY(!job->over());
        QVERIFY(job->waitForEnd(5000));
        QCOMPARE(job->message, QStringLiteral("Stopped: Test server did not confirm the end of the "
                                              "run within 2 second(s), so RunPad hung up."));
        QVERIFY2(job->endedAfterMs < 4000, qPrintable(QString::number(job->endedAfterMs)));
        QVERIFY(job->text(QStringLiteral("stderr")).isEmpty());
        QTRY_COMPARE(received.size(), 3);
        QCOMPARE(received.at(1), QStringLiteral(R"({"type":"eof"})"));
        QCOMPARE(received.at(2), QStringLiteral(R"({"signal":"SIGKILL","type":"signal"})"));
    }

    void invalidServerUrl()
    {
        PistonBackend *piston = backend(QUrl(QStringLiteral("ftp://example.org")));
        const QString expected = QStringLiteral("The server Test server has no usable URL "
                                                "(\"ftp://example.org\"): it needs http:// or "
                                                "https:// and a host name.");
        QCOMPARE(runtimesOutcome(piston), expected);
        QCOMPARE(run(piston, body(Python, QStringLiteral("print(1)")))->message, expected);
        QCOMPARE(run(piston, body(Python, QStringLiteral("print(1)")), true)->message, expected);
    }

    // A server without a name is named after its URL; only the URL decides whether it is usable.
    void aServerWithoutANameIsUsable()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        server.answer(200, "OK", json("[]"));
        auto *piston = new PistonBackend(remote(server.url(), QString()), this);
        QCOMPARE(runtimesOutcome(piston), QStringLiteral("<runtimes>"));
        QCOMPARE(piston->displayName(), server.url().toDisplayString());
    }

    // Asked again by a slot that takes the answer, the runtimes are asked for again: the first
    // request is over once it has answered, whether the answer was good or bad.
    void runtimesAskedAgainFromTheirAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("runtimes") << 200;
        QTest::newRow("unavailable") << 503;
    }

    void runtimesAskedAgainFromTheirAnswer()
    {
        QFETCH(int, status);
        RawHttpServer server;
        QVERIFY(server.listen());
        server.answer(status, status == 200 ? "OK" : "Service Unavailable", json("[]"));
        PistonBackend *piston = backend(server.url());
        int answers = 0;
        const auto askAgain = [&] {
            if (++answers == 1)
                piston->fetchRuntimes();
        };
        connect(piston, &Backend::runtimesReady, this, askAgain);
        connect(piston, &Backend::unavailable, this, askAgain);
        piston->fetchRuntimes();
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
        QCOMPARE(server.requests.size(), 2);
    }

    // Piston's public instance names the API in its URL.
    void urlWithTheApiPath()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        server.answer(200, "OK", json("[]"));
        QUrl url = server.url();
        url.setPath(QStringLiteral("/api/v2/piston/"));
        QCOMPARE(runtimesOutcome(backend(url)), QStringLiteral("<runtimes>"));
        QCOMPARE(server.requests.first().path, QByteArray("/api/v2/piston/runtimes"));
        url.setPath(QStringLiteral("/piston"));
        QCOMPARE(runtimesOutcome(backend(url)), QStringLiteral("<runtimes>"));
        QCOMPARE(server.requests.last().path, QByteArray("/piston/api/v2/runtimes"));
    }
};

QTEST_GUILESS_MAIN(PistonFailuresTest)
#include "tst_PistonFailures.moc"
