// runpad-server over real HTTP and WebSocket, in front of a real runpad-sandbox helper: Piston's
// routes, status codes and messages, the server's own limits, and nothing left behind.

#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "WebSocketTestClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

using Response = HttpTestClient::Response;

// The test's own box uid range, beside the other test programs'.
const QString BoxUids = QStringLiteral("65140:16");

QJsonObject pythonBody(const QString &code, const QJsonObject &extra = {})
{
    QJsonObject body{
        {QStringLiteral("language"), QStringLiteral("python")},
        {QStringLiteral("version"), QStringLiteral("*")},
        {QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("content"), code}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject cBody(const QString &code)
{
    QJsonObject body = pythonBody(code);
    body.insert(QStringLiteral("language"), QStringLiteral("c"));
    return body;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A program that says it is ready, then sleeps; the marker in its arguments finds its process.
QJsonObject sleeper(const QByteArray &marker)
{
    return pythonBody(QStringLiteral("import time\nprint('ready', flush=True)\ntime.sleep(60)\n"),
                      {{QStringLiteral("args"), QJsonArray{QString::fromLatin1(marker)}},
                       {QStringLiteral("run_timeout"), 60000},
                       {QStringLiteral("run_cpu_time"), 60000}});
}

QList<int> processesWith(const QByteArray &marker)
{
    QList<int> found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (pid.toInt() > 0 && cmdline.open(QIODevice::ReadOnly) &&
            cmdline.readAll().contains(marker))
            found << pid.toInt();
    }
    return found;
}

QByteArray newMarker()
{
    return "marker-" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

// The bytes of a WebSocket upgrade request, as a browser or a client library sends it.
QByteArray upgradeRequest(const QByteArray &path, const HttpTestClient::Headers &headers = {})
{
    QByteArray bytes =
        "GET " + path +
        " HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
        "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    return bytes + "\r\n";
}

} // namespace

class ServerTest : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{BoxUids};
    QStringList m_arguments;

    // (Re)starts the server with these arguments unless it runs with them already.
    bool serve(const QStringList &arguments = {})
    {
        if (m_server.serverRunning() && arguments == m_arguments)
            return true;
        m_arguments = arguments;
        if (m_server.start(arguments))
            return true;
        qWarning("%s", qPrintable(m_server.errorString()));
        return false;
    }

    std::optional<Response> request(const QByteArray &method, const QByteArray &path,
                                    const QByteArray &body = {},
                                    const HttpTestClient::Headers &headers = {})
    {
        HttpTestClient client;
        if (!client.connectTo(m_server.url()))
            return std::nullopt;
        return client.request(method, path, body, headers);
    }

    std::optional<Response> execute(const QJsonObject &body,
                                    const HttpTestClient::Headers &extra = {})
    {
        return request("POST", "/api/v2/execute", json(body),
                       HttpTestClient::jsonHeaders() + extra);
    }

    // The running server refuses a request without the token and serves one with it.
    void requireToken(const QByteArray &token)
    {
        const auto none = request("GET", "/api/v2/runtimes");
        QVERIFY(none);
        QCOMPARE(none->status, 401);
        const auto wrong = request("GET", "/api/v2/runtimes", {}, {{"Authorization", "Bearer x"}});
        QVERIFY(wrong);
        QCOMPARE(wrong->status, 401);
        const auto right =
            execute(pythonBody(QStringLiteral("print(1)")), {{"Authorization", "Bearer " + token}});
        QVERIFY(right);
        QCOMPARE(right->status, 200);
        QCOMPARE(right->json()["run"]["stdout"].toString(), QStringLiteral("1\n"));
    }

    static bool writeFile(const QString &path, const QByteArray &bytes,
                          QFile::Permissions permissions)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() &&
               file.setPermissions(permissions);
    }

    // A session that has sent its init and seen its program start.
    bool startSession(WebSocketTestClient &client, const QJsonObject &body)
    {
        if (!client.open(m_server.url()))
            return false;
        QJsonObject init = body;
        init.insert(QStringLiteral("type"), QStringLiteral("init"));
        client.send(init);
        return !client.waitFor(QStringLiteral("stage")).isEmpty();
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(ServerProcess::helperProgram()))
            QSKIP("runpad-sandbox is not built");
        QVERIFY2(serve(), qPrintable(m_server.errorString()));
    }

    void cleanup()
    {
        // Whatever a test did, no box and no box process outlives its job.
        QVERIFY2(m_server.waitUntilNoBoxes(),
                 qPrintable(m_server.boxDirectories().join(QLatin1Char(' ')) + QLatin1Char('\n') +
                            m_server.boxProcesses().join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        QCOMPARE(m_server.boxProcesses(), QStringList());
        QCOMPARE(m_server.boxDirectories(), QStringList());
    }

    // --- GET /api/v2/runtimes ---

    void runtimesHavePistonsShape()
    {
        const auto response = request("GET", "/api/v2/runtimes");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->header("content-type").startsWith("application/json"));
        QVERIFY(response->header("server").startsWith("runpad-server/"));
        const QJsonArray runtimes = response->json().array();
        QVERIFY(!runtimes.isEmpty());
        QHash<QString, QStringList> aliases;
        for (const QJsonValue &value : runtimes) {
            const QJsonObject runtime = value.toObject();
            QCOMPARE(QStringList(runtime.keys()),
                     (QStringList{QStringLiteral("aliases"), QStringLiteral("language"),
                                  QStringLiteral("version")}));
            QVERIFY(runtime.value(QStringLiteral("version")).isString());
            QVERIFY(runtime.value(QStringLiteral("aliases")).isArray());
            for (const QJsonValue &alias : runtime.value(QStringLiteral("aliases")).toArray())
                aliases[runtime.value(QStringLiteral("language")).toString()] << alias.toString();
        }
        // Piston's canonical names in `language`, the other names in `aliases`.
        QVERIFY(aliases.contains(QStringLiteral("python")));
        for (const char *alias : {"py", "py3", "python3"})
            QVERIFY2(aliases[QStringLiteral("python")].contains(QLatin1String(alias)), alias);
        QVERIFY(aliases.contains(QStringLiteral("c++")));
        for (const char *alias : {"cpp", "g++"})
            QVERIFY2(aliases[QStringLiteral("c++")].contains(QLatin1String(alias)), alias);
        QVERIFY(!aliases.contains(QStringLiteral("cpp")));
    }

    // --- POST /api/v2/execute ---

    void executeHelloWorld()
    {
        const auto response = execute(pythonBody(QStringLiteral("print('Hello, World!')")));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const QJsonObject result = response->json().object();
        QCOMPARE(result.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QVERIFY(!result.value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(!result.contains(QStringLiteral("compile")));
        const QJsonObject run = result.value(QStringLiteral("run")).toObject();
        QCOMPARE(run.value(QStringLiteral("stdout")).toString(), QStringLiteral("Hello, World!\n"));
        QCOMPARE(run.value(QStringLiteral("output")).toString(), QStringLiteral("Hello, World!\n"));
        QCOMPARE(run.value(QStringLiteral("stderr")).toString(), QString());
        QCOMPARE(run.value(QStringLiteral("code")).toInt(-1), 0);
        QVERIFY(run.value(QStringLiteral("signal")).isNull());
        QVERIFY(run.value(QStringLiteral("status")).isNull());
        QVERIFY(run.value(QStringLiteral("message")).isNull());
        for (const char *key : {"cpu_time", "wall_time", "memory"})
            QVERIFY2(run.value(QLatin1String(key)).toDouble() > 0, key);
    }

    void executeStdinAndArgs()
    {
        const auto response = execute(pythonBody(
            QStringLiteral("import sys\nprint(input()[::-1], '|'.join(sys.argv[1:]))\n"),
            {{QStringLiteral("stdin"), QStringLiteral("olleh\n")},
             {QStringLiteral("args"), QJsonArray{QStringLiteral("a b"), QStringLiteral("c")}}}));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json()["run"]["stdout"].toString(), QStringLiteral("hello a b|c\n"));
    }

    void executeCompileErrorHasNoRun()
    {
        const auto response = execute(cBody(QStringLiteral("int main(void) { return 0 }\n")));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const QJsonObject result = response->json().object();
        const QJsonObject compile = result.value(QStringLiteral("compile")).toObject();
        QCOMPARE(compile.value(QStringLiteral("status")).toString(), QStringLiteral("RE"));
        QVERIFY(compile.value(QStringLiteral("code")).toInt() != 0);
        QVERIFY(
            compile.value(QStringLiteral("stderr")).toString().contains(QLatin1String("error")));
        QVERIFY(!result.contains(QStringLiteral("run")));
    }

    void executeCompiledRelaysTheCache()
    {
        // Unique source: the first run compiles, the second is served from the helper's cache.
        const QString source = QStringLiteral("#include <stdio.h>\n/* %1 */\nint main(void) { "
                                              "puts(\"compiled\"); return 0; }\n")
                                   .arg(QUuid::createUuid().toString());
        for (const bool cached : {false, true}) {
            const auto response = execute(cBody(source));
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            const QJsonObject compile = response->json()["compile"].toObject();
            QCOMPARE(compile.value(QStringLiteral("status")), QJsonValue(QJsonValue::Null));
            // The helper's result as it came: "cached" is there, false as well as true.
            QCOMPARE(compile.value(QStringLiteral("cached")), QJsonValue(cached));
            QCOMPARE(response->json()["run"]["stdout"].toString(), QStringLiteral("compiled\n"));
        }
    }

    void executeStdinsGiveRuns()
    {
        const auto response =
            execute(pythonBody(QStringLiteral("print(int(input()) * 2)"),
                               {{QStringLiteral("stdins"),
                                 QJsonArray{QStringLiteral("1\n"), QStringLiteral("21\n")}}}));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const QJsonObject result = response->json().object();
        QVERIFY(!result.contains(QStringLiteral("run")));
        const QJsonArray runs = result.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0]["stdout"].toString(), QStringLiteral("2\n"));
        QCOMPARE(runs[1]["stdout"].toString(), QStringLiteral("42\n"));
    }

    void executeTimeout()
    {
        const auto response = execute(pythonBody(QStringLiteral("import time\ntime.sleep(10)"),
                                                 {{QStringLiteral("run_timeout"), 300}}));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const QJsonObject run = response->json()["run"].toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("TO"));
        QCOMPARE(run.value(QStringLiteral("signal")).toString(), QStringLiteral("SIGKILL"));
    }

    void validationMessages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QByteArray &body, const char *message) {
            QTest::newRow(name) << body << QString::fromUtf8(message);
        };
        row("no language", "{}", "language is required as a string");
        row("language not a string", R"({"language":3})", "language is required as a string");
        row("no version", R"({"language":"python"})", "version is required as a string");
        row("no files", R"({"language":"python","version":"*"})", "files is required as an array");
        row("files not an array", R"({"language":"python","version":"*","files":"x"})",
            "files is required as an array");
        row("file without content", R"({"language":"python","version":"*","files":[{}]})",
            "files[0].content is required as a string");
        row("unknown language", R"({"language":"nosuch","version":"*","files":[{"content":"x"}]})",
            "nosuch-* runtime is unknown");
        row("unknown version", R"({"language":"python","version":"1.2","files":[{"content":"x"}]})",
            "python-1.2 runtime is unknown");
        row("no utf8 file",
            R"({"language":"python","version":"*","files":[{"content":"eA==","encoding":"base64"}]})",
            "files must include at least one utf8 encoded file");
        row("limit not a number",
            R"({"language":"python","version":"*","files":[{"content":"x"}],"run_timeout":"1"})",
            "If specified, run_timeout must be a number");
        row("limit too large",
            R"({"language":"python","version":"*","files":[{"content":"x"}],"run_timeout":1e9})",
            "run_timeout cannot exceed the configured limit of 300000");
        row("limit negative",
            R"({"language":"python","version":"*","files":[{"content":"x"}],"compile_memory_limit":-5})",
            "compile_memory_limit must be non-negative");
        row("malformed JSON", "{\"language\":",
            "the request body is not valid JSON: unterminated object (at byte 12)");
        row("not an object", "[1, 2]",
            "the request body must be a JSON object: Piston's execute request");
    }

    void validationMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto response =
            request("POST", "/api/v2/execute", body, HttpTestClient::jsonHeaders());
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(response->message(), message);
        QCOMPARE(response->json().object().keys(), QStringList{QStringLiteral("message")});
    }

    void notJsonIs415_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                              << QByteArray("language=python");
        QTest::newRow("plain text") << QByteArray("text/plain") << QByteArray("print(1)");
        QTest::newRow("no type, no JSON") << QByteArray() << QByteArray("print(1)");
        QTest::newRow("JSON labelled as XML")
            << QByteArray("application/xml") << json(pythonBody(QStringLiteral("print(1)")));
    }

    void notJsonIs415()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        HttpTestClient::Headers headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const auto response = request("POST", "/api/v2/execute", body, headers);
        QVERIFY(response);
        QCOMPARE(response->status, 415);
        QCOMPARE(response->message(), QStringLiteral("requests must be of type application/json"));
    }

    void unlabelledJsonIsTaken()
    {
        // What the npm piston-client sends: JSON without a Content-Type, which node-fetch labels
        // text/plain.
        const QByteArray body = json(pythonBody(QStringLiteral("print(6 * 7)")));
        const auto response = request("POST", "/api/v2/execute", body,
                                      {{"Content-Type", "text/plain;charset=UTF-8"}});
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json()["run"]["stdout"].toString(), QStringLiteral("42\n"));
    }

    void unknownRoutesAre404_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("root") << QByteArray("GET") << QByteArray("/");
        QTest::newRow("packages") << QByteArray("GET") << QByteArray("/api/v2/packages");
        QTest::newRow("GET execute") << QByteArray("GET") << QByteArray("/api/v2/execute");
        QTest::newRow("POST runtimes") << QByteArray("POST") << QByteArray("/api/v2/runtimes");
        QTest::newRow("v1") << QByteArray("POST") << QByteArray("/api/v1/execute");
    }

    void unknownRoutesAre404()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const auto response =
            request(method, path, method == "POST" ? QByteArray("{}") : QByteArray(),
                    HttpTestClient::jsonHeaders());
        QVERIFY(response);
        QCOMPARE(response->status, 404);
        QCOMPARE(response->body, QByteArray(R"({"message":"Not Found"})"));
        QVERIFY(response->header("server").startsWith("runpad-server/"));
    }

    void connectWithoutUpgradeIs426()
    {
        const auto response = request("GET", "/api/v2/connect");
        QVERIFY(response);
        QCOMPARE(response->status, 426);
        QCOMPARE(response->header("upgrade"), QByteArray("websocket"));
        QVERIFY(response->message().contains(QLatin1String("WebSocket")));
    }

    void logsOneLinePerRequest()
    {
        QVERIFY(request("GET", "/no/such/page"));
        QVERIFY(QTest::qWaitFor(
            [this] { return m_server.serverLog().contains("127.0.0.1 GET /no/such/page 404 "); }));
        const QList<QByteArray> lines = m_server.serverLog().split('\n');
        for (const QByteArray &line : lines) {
            if (line.contains("/no/such/page"))
                QVERIFY2(line.endsWith(" ms"), line.constData());
        }
    }

    // --- Connections and limits ---

    void keepAliveServesSeveralRequests()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const auto runtimes = client.request("GET", "/api/v2/runtimes");
        QVERIFY(runtimes);
        QCOMPARE(runtimes->status, 200);
        QCOMPARE(runtimes->header("connection"), QByteArray("keep-alive"));
        const auto missing = client.request("GET", "/nothing");
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        for (int i = 0; i < 3; ++i) {
            const auto result = client.request("POST", "/api/v2/execute",
                                               json(pythonBody(QStringLiteral("print(%1)").arg(i))),
                                               HttpTestClient::jsonHeaders());
            QVERIFY(result);
            QCOMPARE(result->json()["run"]["stdout"].toString(), QStringLiteral("%1\n").arg(i));
        }
        QVERIFY(client.isConnected());
        // Connection: close is honoured.
        const auto last = client.request("GET", "/api/v2/runtimes", {}, {{"Connection", "close"}});
        QVERIFY(last);
        QCOMPARE(last->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClosed());
    }

    void pipelinedAnswersKeepTheirOrder()
    {
        // The slow job is asked first; its answer must still come first.
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const QByteArray slow =
            json(pythonBody(QStringLiteral("import time\ntime.sleep(0.5)\nprint('slow')")));
        const QByteArray fast = json(pythonBody(QStringLiteral("print('fast')")));
        QByteArray both;
        for (const QByteArray &body : {slow, fast}) {
            both += "POST /api/v2/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        client.send(both);
        const auto first = client.readResponse();
        const auto second = client.readResponse();
        QVERIFY(first && second);
        QCOMPARE(first->json()["run"]["stdout"].toString(), QStringLiteral("slow\n"));
        QCOMPARE(second->json()["run"]["stdout"].toString(), QStringLiteral("fast\n"));
    }

    void tokenIsRequired()
    {
        QVERIFY(serve({QStringLiteral("--token"), QStringLiteral("s3cret")}));
        const auto none = request("GET", "/api/v2/runtimes");
        QVERIFY(none);
        QCOMPARE(none->status, 401);
        QCOMPARE(none->header("www-authenticate"), QByteArray("Bearer"));
        QVERIFY(none->message().contains(QLatin1String("Authorization: Bearer")));
        const auto wrong =
            execute(pythonBody(QStringLiteral("print(1)")), {{"Authorization", "Bearer nope"}});
        QVERIFY(wrong);
        QCOMPARE(wrong->status, 401);
        QVERIFY(wrong->message().contains(QLatin1String("not this server's")));
        const auto bearer =
            execute(pythonBody(QStringLiteral("print(1)")), {{"Authorization", "Bearer s3cret"}});
        QVERIFY(bearer);
        QCOMPARE(bearer->status, 200);
        const auto bare = request("GET", "/api/v2/runtimes", {}, {{"Authorization", "s3cret"}});
        QVERIFY(bare);
        QCOMPARE(bare->status, 200);

        // A WebSocket is refused before the upgrade, and taken with the token.
        HttpTestClient refused;
        QVERIFY(refused.connectTo(m_server.url()));
        refused.send(upgradeRequest("/api/v2/connect"));
        const auto upgrade = refused.readResponse();
        QVERIFY(upgrade);
        QCOMPARE(upgrade->status, 401);
        WebSocketTestClient accepted;
        QVERIFY(accepted.open(m_server.url(), "Bearer s3cret"));
        accepted.send({{QStringLiteral("type"), QStringLiteral("init")}});
        QCOMPARE(accepted.waitForClose(), 4002); // no language: the request, not the token
        QVERIFY(serve());
    }

    void tokenOnCommandLineWarns()
    {
        QVERIFY(serve({QStringLiteral("--token"), QStringLiteral("s3cret")}));
        QVERIFY2(m_server.serverLog().contains("warning: --token shows the token to every user"),
                 m_server.serverLog().constData());
        QVERIFY(serve());
        QVERIFY2(!m_server.serverLog().contains("warning"), m_server.serverLog().constData());
    }

    void tokenFromTheEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RUNPAD_SERVER_TOKEN"), QStringLiteral("env-s3cret"));
        m_server.setServerEnvironment(environment);
        const bool started = m_server.start();
        m_server.setServerEnvironment(QProcessEnvironment::systemEnvironment());
        m_arguments = {QStringLiteral("(token in the environment)")}; // serve() must restart
        QVERIFY2(started, qPrintable(m_server.errorString()));
        requireToken("env-s3cret");
        QVERIFY2(!m_server.serverLog().contains("warning"), m_server.serverLog().constData());
        QVERIFY(serve());
    }

    void tokenFromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token"));
        QVERIFY(writeFile(path, "file-s3cret\n", QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(serve({QStringLiteral("--token-file"), path}));
        requireToken("file-s3cret");
        QVERIFY2(!m_server.serverLog().contains("warning"), m_server.serverLog().constData());

        // A file every user can read is taken, with a warning.
        const QString shared = dir.filePath(QStringLiteral("shared-token"));
        QVERIFY(writeFile(shared, "shared-s3cret", QFile::ReadOwner | QFile::ReadOther));
        QVERIFY(serve({QStringLiteral("--token-file"), shared}));
        requireToken("shared-s3cret");
        QVERIFY2(m_server.serverLog().contains("is readable by every user"),
                 m_server.serverLog().constData());
        QVERIFY(serve());
    }

    void badTokenFailsAtStart_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environmentToken"); // null: RUNPAD_SERVER_TOKEN unset
        QTest::addColumn<QString>("message");
        const QString file = QStringLiteral("--token-file");
        const QString missing = QDir::tempPath() + QStringLiteral("/runpad-no-such-token-file");
        QTest::newRow("missing file")
            << QStringList{file, missing} << QString()
            << QStringLiteral("cannot read the token file %1: ").arg(missing);
        QTest::newRow("directory") << QStringList{file, QDir::tempPath()} << QString()
                                   << QStringLiteral("cannot read the token file %1: it is a "
                                                     "directory")
                                          .arg(QDir::tempPath());
        QTest::newRow("empty file") << QStringList{file, QStringLiteral("/dev/null")} << QString()
                                    << QStringLiteral("the token file /dev/null has no token");
        QTest::newRow("both options")
            << QStringList{file, QStringLiteral("/dev/null"), QStringLiteral("--token"),
                           QStringLiteral("x")}
            << QString() << QStringLiteral("--token and --token-file both give the token");
        QTest::newRow("empty variable") << QStringList{} << QStringLiteral("")
                                        << QStringLiteral("$RUNPAD_SERVER_TOKEN is set but empty");
    }

    // A token that cannot be had stops the server before it serves anything, in words.
    void badTokenFailsAtStart()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environmentToken);
        QFETCH(QString, message);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environmentToken.isNull())
            environment.insert(QStringLiteral("RUNPAD_SERVER_TOKEN"), environmentToken);
        m_server.setServerEnvironment(environment);
        const bool started = m_server.start(arguments);
        m_server.setServerEnvironment(QProcessEnvironment::systemEnvironment());
        QVERIFY(!started);
        QVERIFY2(m_server.errorString().contains(message), qPrintable(m_server.errorString()));
        QVERIFY(serve());
    }

    void tooLargeBodyIs413()
    {
        QVERIFY(serve({QStringLiteral("--max-body"), QStringLiteral("1000")}));
        // A Content-Length over the limit is refused at once, before any of the body is sent.
        HttpTestClient early;
        QVERIFY(early.connectTo(m_server.url()));
        early.send("POST /api/v2/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Content-Length: 50000000\r\n\r\n");
        const auto refused = early.readResponse(5000);
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
        QCOMPARE(refused->message(),
                 QStringLiteral("the request body is larger than the server accepts (at most 1000 "
                                "bytes, this one has 50000000)"));
        QCOMPARE(refused->header("connection"), QByteArray("close"));
        QVERIFY(early.waitForClosed());

        // A client that sends its whole body anyway still gets the answer.
        HttpTestClient late;
        QVERIFY(late.connectTo(m_server.url()));
        late.sendRequest("POST", "/api/v2/execute", QByteArray(2 * 1024 * 1024, ' '),
                         HttpTestClient::jsonHeaders());
        const auto lateRefused = late.readResponse(10000);
        QVERIFY(lateRefused);
        QCOMPARE(lateRefused->status, 413);

        // A body of exactly the limit is taken.
        QByteArray body = json(pythonBody(QStringLiteral("print('fits')")));
        body.insert(body.size() - 1, QByteArray(",\"padding\":\"") +
                                         QByteArray(1000 - body.size() - 13, 'x') + "\"");
        QCOMPARE(body.size(), 1000);
        const auto fits = request("POST", "/api/v2/execute", body, HttpTestClient::jsonHeaders());
        QVERIFY(fits);
        QCOMPARE(fits->status, 200);
        QCOMPARE(fits->json()["run"]["stdout"].toString(), QStringLiteral("fits\n"));

        // A chunked body has no length to check first: it is refused.
        HttpTestClient chunked;
        QVERIFY(chunked.connectTo(m_server.url()));
        chunked.send(
            "POST /api/v2/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        const auto lengthRequired = chunked.readResponse(5000);
        QVERIFY(lengthRequired);
        QCOMPARE(lengthRequired->status, 411);

        // A head has a limit of its own.
        HttpTestClient bigHead;
        QVERIFY(bigHead.connectTo(m_server.url()));
        bigHead.send("GET /api/v2/runtimes HTTP/1.1\r\nHost: x\r\nX-Filler: " +
                     QByteArray(70 * 1024, 'x') + "\r\n\r\n");
        const auto headTooLarge = bigHead.readResponse(5000);
        QVERIFY(headTooLarge);
        QCOMPARE(headTooLarge->status, 431);

        // So is a WebSocket message over the limit (1009: message too big).
        WebSocketTestClient socket;
        QVERIFY(startSession(socket, pythonBody(QStringLiteral("input()"))));
        socket.send({{QStringLiteral("type"), QStringLiteral("data")},
                     {QStringLiteral("stream"), QStringLiteral("stdin")},
                     {QStringLiteral("data"), QString(2000, QLatin1Char('x'))}});
        QCOMPARE(socket.waitForClose(), 1009);
        QVERIFY(serve());
    }

    void rateLimitIs429WithRetryAfter()
    {
        QVERIFY(serve({QStringLiteral("--rate-limit"), QStringLiteral("2")}));
        QList<int> statuses;
        std::optional<Response> limited;
        for (int i = 0; i < 3; ++i) {
            const auto response = request("GET", "/api/v2/runtimes");
            QVERIFY(response);
            statuses << response->status;
            if (response->status == 429)
                limited = response;
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 429}));
        QCOMPARE(limited->header("retry-after"), QByteArray("1"));
        QCOMPARE(limited->message(),
                 QStringLiteral("too many requests: this server takes 2 a second from one address; "
                                "try again in 1 s"));
        QTest::qWait(1100);
        const auto again = request("GET", "/api/v2/runtimes");
        QVERIFY(again);
        QCOMPARE(again->status, 200);
        QVERIFY(serve());
    }

    void queueWaitsThenRefusesWith503()
    {
        QVERIFY(serve({QStringLiteral("--max-jobs"), QStringLiteral("1"),
                       QStringLiteral("--max-queue"), QStringLiteral("1")}));
        const QByteArray marker = newMarker();
        const QByteArray slow =
            json(pythonBody(QStringLiteral("import time\ntime.sleep(2.5)\nprint('first')"),
                            {{QStringLiteral("args"), QJsonArray{QString::fromLatin1(marker)}},
                             {QStringLiteral("run_timeout"), 10000}}));
        HttpTestClient first, second, third;
        QVERIFY(first.connectTo(m_server.url()) && second.connectTo(m_server.url()) &&
                third.connectTo(m_server.url()));
        QElapsedTimer clock;
        clock.start();
        first.sendRequest("POST", "/api/v2/execute", slow, HttpTestClient::jsonHeaders());
        QVERIFY(QTest::qWaitFor([&] { return !processesWith(marker).isEmpty(); }));
        second.sendRequest("POST", "/api/v2/execute",
                           json(pythonBody(QStringLiteral("print('second')"))),
                           HttpTestClient::jsonHeaders());
        QTest::qWait(500); // the second is queued before the third comes
        third.sendRequest("POST", "/api/v2/execute",
                          json(pythonBody(QStringLiteral("print('third')"))),
                          HttpTestClient::jsonHeaders());
        const auto busy = third.readResponse();
        QVERIFY(busy);
        QCOMPARE(busy->status, 503);
        QCOMPARE(busy->message(), QStringLiteral("the server is busy: 1 jobs are running and 1 are "
                                                 "waiting, as many as it takes; try again later"));
        const auto secondAnswer = second.readResponse();
        QVERIFY(secondAnswer);
        QCOMPARE(secondAnswer->json()["run"]["stdout"].toString(), QStringLiteral("second\n"));
        // It waited for the first job's slot.
        QVERIFY2(clock.elapsed() >= 2500, qPrintable(QString::number(clock.elapsed())));
        const auto firstAnswer = first.readResponse();
        QVERIFY(firstAnswer);
        QCOMPARE(firstAnswer->json()["run"]["stdout"].toString(), QStringLiteral("first\n"));

        // A WebSocket session is a job once initialised: with the slot taken and no room to
        // wait, it is told so and closed with RunPad's 4006.
        QVERIFY(serve({QStringLiteral("--max-jobs"), QStringLiteral("1"),
                       QStringLiteral("--max-queue"), QStringLiteral("0")}));
        WebSocketTestClient running, refused;
        QVERIFY(startSession(running, pythonBody(QStringLiteral("input()"))));
        QVERIFY(refused.open(m_server.url()));
        QJsonObject init = pythonBody(QStringLiteral("print(1)"));
        init.insert(QStringLiteral("type"), QStringLiteral("init"));
        refused.send(init);
        QCOMPARE(refused.waitForClose(), 4006);
        QVERIFY(refused.waitFor(QStringLiteral("error"))[QStringLiteral("message")]
                    .toString()
                    .startsWith(QLatin1String("the server is busy")));
        running.abort();
        QVERIFY(serve());
    }

    void corsPreflightAndHeaders()
    {
        const QByteArray page = "https://app.example";
        // Without --cors, no page is allowed anything.
        const auto closed = request("GET", "/api/v2/runtimes", {}, {{"Origin", page}});
        QVERIFY(closed);
        QCOMPARE(closed->header("access-control-allow-origin"), QByteArray());
        const auto foreignPost =
            execute(pythonBody(QStringLiteral("print(1)")), {{"Origin", "https://evil.example"}});
        QVERIFY(foreignPost);
        QCOMPARE(foreignPost->status, 403);
        QVERIFY(foreignPost->message().contains(QLatin1String("--cors https://evil.example")));

        QVERIFY(serve({QStringLiteral("--cors"), QString::fromLatin1(page)}));
        const auto preflight = request("OPTIONS", "/api/v2/execute", {},
                                       {{"Origin", page},
                                        {"Access-Control-Request-Method", "POST"},
                                        {"Access-Control-Request-Headers", "content-type"}});
        QVERIFY(preflight);
        QCOMPARE(preflight->status, 204);
        QCOMPARE(preflight->header("access-control-allow-origin"), page);
        QVERIFY(preflight->header("access-control-allow-methods").contains("POST"));
        QVERIFY(preflight->header("access-control-allow-headers").contains("Content-Type"));
        QVERIFY(preflight->header("access-control-allow-headers").contains("Authorization"));

        const auto allowed = execute(pythonBody(QStringLiteral("print(1)")), {{"Origin", page}});
        QVERIFY(allowed);
        QCOMPARE(allowed->status, 200);
        QCOMPARE(allowed->header("access-control-allow-origin"), page);
        const auto other =
            request("GET", "/api/v2/runtimes", {}, {{"Origin", "https://evil.example"}});
        QVERIFY(other);
        QCOMPARE(other->header("access-control-allow-origin"), QByteArray());
        QCOMPARE(other->header("vary"), QByteArray("Origin"));

        // WebSockets: the allowed page connects, another is refused before the upgrade.
        WebSocketTestClient fromPage(QString::fromLatin1(page));
        QVERIFY(fromPage.open(m_server.url()));
        HttpTestClient fromElsewhere;
        QVERIFY(fromElsewhere.connectTo(m_server.url()));
        fromElsewhere.send(upgradeRequest("/api/v2/connect", {{"Origin", "https://evil.example"}}));
        const auto refused = fromElsewhere.readResponse();
        QVERIFY(refused);
        QCOMPARE(refused->status, 403);
        QVERIFY(serve());
    }

    void upgradeElsewhereIs404()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        client.send(upgradeRequest("/api/v2/elsewhere"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 404);
        QCOMPARE(response->message(), QStringLiteral("Not Found"));
    }

    void clientLeavingKillsTheJob()
    {
        const QByteArray marker = newMarker();
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        client.sendRequest("POST", "/api/v2/execute", json(sleeper(marker)),
                           HttpTestClient::jsonHeaders());
        QVERIFY(QTest::qWaitFor([&] { return !processesWith(marker).isEmpty(); }, 30000));
        // The box's processes and directory are what cleanup() counts.
        QVERIFY(!m_server.boxProcesses().isEmpty());
        QVERIFY(!m_server.boxDirectories().isEmpty());
        client.abort();
        QVERIFY(QTest::qWaitFor([&] { return processesWith(marker).isEmpty(); }, 10000));
    }

    void lostHelperIs503()
    {
        const QByteArray marker = newMarker();
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        client.sendRequest("POST", "/api/v2/execute", json(sleeper(marker)),
                           HttpTestClient::jsonHeaders());
        QVERIFY(QTest::qWaitFor([&] { return !processesWith(marker).isEmpty(); }, 30000));
        m_server.stopHelper();
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 503);
        QVERIFY2(response->message().contains(QLatin1String("stopped unexpectedly")),
                 qPrintable(response->message()));
        QVERIFY(processesWith(marker).isEmpty());
        // A fresh helper and server for the tests that follow.
        m_server.stop();
        m_arguments = {QStringLiteral("unset")};
        QVERIFY(serve());
    }

    void headHasNoBody()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        client.sendRequest("HEAD", "/nothing");
        client.sendRequest("GET", "/api/v2/runtimes");
        // The length is that of the body not sent; the next answer follows right after the head.
        const auto head = client.readResponse(5000, true);
        QVERIFY(head);
        QCOMPARE(head->status, 404);
        QVERIFY(head->header("content-length").toInt() > 0);
        const auto next = client.readResponse(5000);
        QVERIFY(next);
        QCOMPARE(next->status, 200);
        QVERIFY(next->json().isArray());
    }

    // --- WebSocket /api/v2/connect ---

    void interactiveSession()
    {
        WebSocketTestClient client;
        QVERIFY(
            startSession(client, pythonBody(QStringLiteral("while True:\n"
                                                           "    try:\n"
                                                           "        line = input()\n"
                                                           "    except EOFError:\n"
                                                           "        break\n"
                                                           "    print(line.upper(), flush=True)\n"
                                                           "print('bye')\n"))));
        const QJsonObject runtime = client.received().first();
        QCOMPARE(runtime.value(QStringLiteral("type")).toString(), QStringLiteral("runtime"));
        QCOMPARE(runtime.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QVERIFY(!runtime.value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(client.waitFor(QStringLiteral("stage"))[QStringLiteral("stage")].toString(),
                 QStringLiteral("run"));
        // Read a line, answer, and again: each answer comes before the next line is sent.
        for (const QString &line : {QStringLiteral("hello"), QStringLiteral("again")}) {
            client.send({{QStringLiteral("type"), QStringLiteral("data")},
                         {QStringLiteral("stream"), QStringLiteral("stdin")},
                         {QStringLiteral("data"), line + QLatin1Char('\n')}});
            QVERIFY(
                client.waitForOutput(QStringLiteral("stdout"), line.toUpper() + QLatin1Char('\n'))
                    .endsWith(line.toUpper() + QLatin1Char('\n')));
        }
        client.send({{QStringLiteral("type"), QStringLiteral("eof")}});
        QCOMPARE(client.waitForClose(), 4999);
        QCOMPARE(client.closeReason(), QStringLiteral("Job Completed"));
        QCOMPARE(client.output(QStringLiteral("stdout")), QStringLiteral("HELLO\nAGAIN\nbye\n"));
        const QJsonObject exit = client.waitFor(QStringLiteral("exit"));
        QCOMPARE(exit.value(QStringLiteral("stage")).toString(), QStringLiteral("run"));
        QCOMPARE(exit.value(QStringLiteral("code")).toInt(-1), 0);
        QVERIFY(exit.value(QStringLiteral("signal")).isNull());
        QVERIFY(!exit.contains(QStringLiteral("stdout")));
        const QStringList types = client.types();
        QCOMPARE(types.first(), QStringLiteral("runtime"));
        QCOMPARE(types.at(1), QStringLiteral("stage"));
        QCOMPARE(types.last(), QStringLiteral("exit"));
        QCOMPARE(types.count(QStringLiteral("data")), types.size() - 3);
    }

    void interactiveCompiledProgram()
    {
        WebSocketTestClient client;
        QVERIFY(client.open(m_server.url()));
        QJsonObject init =
            cBody(QStringLiteral("#include <stdio.h>\n/* %1 */\nint main(void) { "
                                 "int n; scanf(\"%d\", &n); printf(\"%d\\n\", n * 3); }\n")
                      .arg(QUuid::createUuid().toString()));
        init.insert(QStringLiteral("type"), QStringLiteral("init"));
        client.send(init);
        // Sent during the compile: it waits for the run stage.
        client.send({{QStringLiteral("type"), QStringLiteral("data")},
                     {QStringLiteral("stream"), QStringLiteral("stdin")},
                     {QStringLiteral("data"), QStringLiteral("14\n")}});
        QCOMPARE(client.waitForClose(), 4999);
        QCOMPARE(client.output(QStringLiteral("stdout")), QStringLiteral("42\n"));
        QStringList stages;
        for (const QJsonObject &message : client.received()) {
            if (message.value(QStringLiteral("type")).toString() != QLatin1String("data"))
                stages << message.value(QStringLiteral("type")).toString() + QLatin1Char(' ') +
                              message.value(QStringLiteral("stage")).toString();
        }
        QCOMPARE(stages, (QStringList{QStringLiteral("runtime "), QStringLiteral("stage compile"),
                                      QStringLiteral("exit compile"), QStringLiteral("stage run"),
                                      QStringLiteral("exit run")}));
    }

    void eofClosesStdin()
    {
        WebSocketTestClient client;
        QVERIFY(startSession(
            client, pythonBody(QStringLiteral("import sys\nprint(len(sys.stdin.read()))"))));
        client.send({{QStringLiteral("type"), QStringLiteral("data")},
                     {QStringLiteral("stream"), QStringLiteral("stdin")},
                     {QStringLiteral("data"), QStringLiteral("abcd")}});
        client.send({{QStringLiteral("type"), QStringLiteral("eof")}});
        QCOMPARE(client.waitForClose(), 4999);
        QCOMPARE(client.output(QStringLiteral("stdout")), QStringLiteral("4\n"));
    }

    void signalsReachTheProgram()
    {
        WebSocketTestClient client;
        QVERIFY(startSession(
            client,
            pythonBody(QStringLiteral("import signal, sys, time\n"
                                      "def handler(number, frame):\n"
                                      "    print('got', signal.Signals(number).name, flush=True)\n"
                                      "    sys.exit(3)\n"
                                      "signal.signal(signal.SIGUSR1, handler)\n"
                                      "print('ready', flush=True)\n"
                                      "time.sleep(30)\n"))));
        client.waitForOutput(QStringLiteral("stdout"), QStringLiteral("ready\n"));
        client.send({{QStringLiteral("type"), QStringLiteral("signal")},
                     {QStringLiteral("signal"), QStringLiteral("SIGUSR1")}});
        QCOMPARE(client.waitForClose(), 4999);
        QCOMPARE(client.output(QStringLiteral("stdout")), QStringLiteral("ready\ngot SIGUSR1\n"));
        QCOMPARE(client.waitFor(QStringLiteral("exit"))[QStringLiteral("code")].toInt(), 3);

        // SIGKILL ends it at once, as status SG.
        WebSocketTestClient killed;
        QVERIFY(startSession(killed, sleeper(newMarker())));
        killed.waitForOutput(QStringLiteral("stdout"), QStringLiteral("ready\n"));
        killed.send({{QStringLiteral("type"), QStringLiteral("signal")},
                     {QStringLiteral("signal"), QStringLiteral("SIGKILL")}});
        QCOMPARE(killed.waitForClose(10000), 4999);
        const QJsonObject exit = killed.waitFor(QStringLiteral("exit"));
        QCOMPARE(exit[QStringLiteral("signal")].toString(), QStringLiteral("SIGKILL"));
        QCOMPARE(exit[QStringLiteral("status")].toString(), QStringLiteral("SG"));
    }

    void closeCodes_data()
    {
        QTest::addColumn<QStringList>("messages"); // sent in order; "INIT" is a valid init
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("error"); // the error message sent before, if any
        const QString init = QStringLiteral("INIT");
        QTest::newRow("4000 second init") << QStringList{init, init} << 4000
                                          << QStringLiteral("Already Initialized") << QString();
        QTest::newRow("4001 no init")
            << QStringList() << 4001 << QStringLiteral("Initialization Timeout") << QString();
        QTest::newRow("4002 unknown runtime")
            << QStringList{QStringLiteral(
                   R"({"type":"init","language":"nosuch","version":"*","files":[{"content":"x"}]})")}
            << 4002 << QStringLiteral("Notified Error")
            << QStringLiteral("nosuch-* runtime is unknown");
        QTest::newRow("4002 malformed JSON")
            << QStringList{QStringLiteral("{not json")} << 4002 << QStringLiteral("Notified Error")
            << QStringLiteral("malformed JSON: ");
        QTest::newRow("4002 stdins")
            << QStringList{QStringLiteral(
                   R"({"type":"init","language":"python","version":"*","files":[{"content":"x"}],"stdins":["1"]})")}
            << 4002 << QStringLiteral("Notified Error")
            << QStringLiteral(
                   "stdins is for execute; an interactive run reads what the client sends");
        QTest::newRow("4003 data first")
            << QStringList{QStringLiteral(R"({"type":"data","stream":"stdin","data":"x"})")} << 4003
            << QStringLiteral("Not yet initialized") << QString();
        QTest::newRow("4003 signal first")
            << QStringList{QStringLiteral(R"({"type":"signal","signal":"SIGKILL"})")} << 4003
            << QStringLiteral("Not yet initialized") << QString();
        QTest::newRow("4004 stdout")
            << QStringList{init, QStringLiteral(R"({"type":"data","stream":"stdout","data":"x"})")}
            << 4004 << QStringLiteral("Can only write to stdin") << QString();
        QTest::newRow("4005 invalid signal")
            << QStringList{init, QStringLiteral(R"({"type":"signal","signal":"SIGNOPE"})")} << 4005
            << QStringLiteral("Invalid signal") << QString();
    }

    void closeCodes()
    {
        QFETCH(QStringList, messages);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(QString, error);
        WebSocketTestClient client;
        QVERIFY(client.open(m_server.url()));
        QJsonObject init = sleeper(newMarker());
        init.insert(QStringLiteral("type"), QStringLiteral("init"));
        QElapsedTimer clock;
        clock.start();
        for (const QString &message : messages) {
            if (message == QLatin1String("INIT")) {
                client.send(init);
                QVERIFY(!client.waitFor(QStringLiteral("stage")).isEmpty());
            } else {
                client.sendText(message);
            }
        }
        QCOMPARE(client.waitForClose(), code);
        QCOMPARE(client.closeReason(), reason);
        const QJsonObject sentError = client.waitFor(QStringLiteral("error"), 0);
        if (error.isEmpty())
            QVERIFY(sentError.isEmpty());
        else
            QVERIFY2(sentError[QStringLiteral("message")].toString().startsWith(error),
                     qPrintable(sentError[QStringLiteral("message")].toString()));
        if (code == 4001)
            QVERIFY(clock.elapsed() >= 900 && clock.elapsed() < 5000);
    }

    void webSocketClientLeavingKillsTheJob()
    {
        const QByteArray marker = newMarker();
        WebSocketTestClient client;
        QVERIFY(startSession(client, sleeper(marker)));
        client.waitForOutput(QStringLiteral("stdout"), QStringLiteral("ready\n"));
        QVERIFY(!processesWith(marker).isEmpty());
        client.abort();
        QVERIFY(QTest::qWaitFor([&] { return processesWith(marker).isEmpty(); }, 10000));
        QVERIFY(QTest::qWaitFor(
            [this] { return m_server.serverLog().contains("GET /api/v2/connect 101 closed"); }));
    }
};

QTEST_GUILESS_MAIN(ServerTest)
#include "tst_server.moc"
