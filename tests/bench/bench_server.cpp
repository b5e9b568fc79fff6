// What runpad-server costs, beside the helper it serves, in one run on one machine:
// - the median latency of a Python hello world through the server (HTTP on a kept-alive
//   loopback connection) and straight through the helper's socket (its execute message), samples
//   interleaved so that both see the same machine; the server should add at most 2 ms;
// - a bounded load on loopback: 100 hello worlds a second for 30 s, sent on schedule whatever the
//   answers do (a new connection each), with the latency percentiles, and then nothing may be left
//   of them: no error, no box, no box process.
// Never fails on timings; fails on errors and leaks. Needs root (the helper does).

#include "HttpTestClient.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QMap>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kSamples = 100;
constexpr int kWarmUp = 5;
constexpr int kLoadPerSecond = 100;
constexpr int kLoadSeconds = 30;
constexpr int kLoadTimeoutMs = 30000;
const QString kBoxUids =
    QStringLiteral("65200:64"); // the bench's own: as many as a helper has by default
const QByteArray kHello = "Hello, World!\n";
constexpr qsizetype kWarmBoxes = 2; // the helper's default

QJsonObject helloBody()
{
    return {{QStringLiteral("language"), QStringLiteral("python")},
            {QStringLiteral("version"), QStringLiteral("*")},
            {QStringLiteral("files"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("content"), QStringLiteral("print('Hello, World!')")}}}}};
}

bool isHello(const QJsonObject &result)
{
    return result.value(QStringLiteral("run"))
               .toObject()
               .value(QStringLiteral("stdout"))
               .toString() == QString::fromLatin1(kHello);
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    return values[index];
}

// The helper's socket, spoken to directly: one execute message, one result line.
class HelperClient {
public:
    bool connectTo(const QString &path)
    {
        m_socket.connectToServer(path);
        return m_socket.waitForConnected(5000);
    }

    std::optional<QJsonObject> execute(const QJsonObject &body)
    {
        QJsonObject message = body;
        message.insert(QStringLiteral("type"), QStringLiteral("execute"));
        message.insert(QStringLiteral("id"), ++m_id);
        m_socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
        m_socket.flush();
        while (!m_buffer.contains('\n')) {
            if (!m_socket.waitForReadyRead(30000))
                return std::nullopt;
            m_buffer += m_socket.readAll();
        }
        const qsizetype newline = m_buffer.indexOf('\n');
        const QJsonObject answer = QJsonDocument::fromJson(m_buffer.left(newline)).object();
        m_buffer.remove(0, newline + 1);
        return answer;
    }

private:
    QLocalSocket m_socket;
    QByteArray m_buffer;
    qint64 m_id = 0;
};

// One request of the load: its own connection, answered and closed (Connection: close). It ends
// with its latency and, if it went wrong, what went wrong.
class LoadRequest : public QObject {
public:
    using Done = std::function<void(const QString &error, double ms)>;

    LoadRequest(const QUrl &server, const QByteArray &bytes, Done done) : m_done(std::move(done))
    {
        m_clock.start();
        connect(&m_socket, &QTcpSocket::connected, this, [this, bytes] { m_socket.write(bytes); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_answer += m_socket.readAll();
            check();
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { finish(problem()); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket.error() != QAbstractSocket::RemoteHostClosedError)
                finish(m_socket.errorString());
        });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this,
                [this] { finish(QStringLiteral("no answer in time")); });
        m_timeout.start(kLoadTimeoutMs);
        m_socket.connectToHost(server.host(), quint16(server.port()));
    }

private:
    // What is wrong with the answer so far: empty once it is a whole, right answer.
    QString problem() const
    {
        const qsizetype headEnd = m_answer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return QStringLiteral("no whole answer");
        const QJsonObject body = QJsonDocument::fromJson(m_answer.mid(headEnd + 4)).object();
        if (!m_answer.startsWith("HTTP/1.1 200 "))
            return QString::fromLatin1(m_answer.left(12)) +
                   body.value(QStringLiteral("message")).toString();
        if (isHello(body))
            return {};
        const QJsonObject run = body.value(QStringLiteral("run")).toObject();
        return QStringLiteral("200, run status %1: %2")
            .arg(run.value(QStringLiteral("status")).toString(),
                 run.value(QStringLiteral("message")).toString());
    }

    void check()
    {
        if (problem().isEmpty())
            finish({});
    }

    void finish(const QString &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timeout.stop();
        m_done(error, double(m_clock.nsecsElapsed()) / 1e6);
        m_socket.abort();
        deleteLater();
    }

    QTcpSocket m_socket;
    QByteArray m_answer;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    Done m_done;
    bool m_finished = false;
};

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time the process has used, user and system, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

bool measureLatency(ServerProcess &server)
{
    HttpTestClient http;
    HelperClient helper;
    if (!http.connectTo(server.url()) || !helper.connectTo(server.helperSocket())) {
        fprintf(stderr, "cannot connect to the server or the helper\n");
        return false;
    }
    const QJsonObject body = helloBody();
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    std::vector<double> throughServer, throughHelper;
    for (int i = 0; i < kWarmUp + kSamples; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto response =
            http.request("POST", "/api/v2/execute", json, HttpTestClient::jsonHeaders());
        const double serverMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        const auto result = helper.execute(body);
        const double helperMs = double(clock.nsecsElapsed()) / 1e6;
        if (!response || response->status != 200 || !isHello(response->json().object()) ||
            !result || !isHello(*result)) {
            fprintf(stderr, "a hello world went wrong: %s | %s\n",
                    response ? response->body.constData() : "no answer",
                    result ? QJsonDocument(*result).toJson(QJsonDocument::Compact).constData()
                           : "no answer");
            return false;
        }
        if (i >= kWarmUp) {
            throughServer.push_back(serverMs);
            throughHelper.push_back(helperMs);
        }
    }
    const double serverMedian = percentile(throughServer, 0.5);
    const double helperMedian = percentile(throughHelper, 0.5);
    const double added = serverMedian - helperMedian;
    printf("name=server_python_hello median_ms=%.3f helper_ms=%.3f ratio=%.3f added_ms=%.3f "
           "target=added_ms<=2 status=%s\n",
           serverMedian, helperMedian, serverMedian / helperMedian, added,
           added <= 2.0 ? "OK" : "OVER");
    return true;
}

bool loadTest(ServerProcess &server)
{
    const QByteArray json = QJsonDocument(helloBody()).toJson(QJsonDocument::Compact);
    const QByteArray request =
        "POST /api/v2/execute HTTP/1.1\r\nHost: " + server.url().authority().toUtf8() +
        "\r\nContent-Type: application/json\r\nConnection: close\r\n"
        "Content-Length: " +
        QByteArray::number(json.size()) + "\r\n\r\n" + json;
    const qint64 rssBefore = residentKiB(server.serverPid());
    const double cpuBefore = cpuSeconds(server.serverPid());
    const int total = kLoadPerSecond * kLoadSeconds;
    int sent = 0, answered = 0, errors = 0, inFlight = 0, mostInFlight = 0;
    std::vector<double> latencies;
    QMap<QString, int> errorKinds;
    QElapsedTimer clock;
    clock.start();
    // Requests leave on schedule (open loop): the n-th at n/rate seconds, late ones at once.
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    pacer.setInterval(2);
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        while (sent < total && clock.nsecsElapsed() >= qint64(sent) * 1000000000 / kLoadPerSecond) {
            ++sent;
            mostInFlight = std::max(mostInFlight, ++inFlight);
            new LoadRequest(server.url(), request, [&](const QString &error, double ms) {
                --inFlight;
                ++answered;
                if (error.isEmpty()) {
                    latencies.push_back(ms);
                } else {
                    ++errors;
                    ++errorKinds[error];
                }
            });
        }
        if (sent == total)
            pacer.stop();
    });
    pacer.start();
    if (!QTest::qWaitFor([&] { return answered == total; }, (kLoadSeconds + 60) * 1000)) {
        fprintf(stderr, "the load did not finish: %d of %d answered\n", answered, total);
        return false;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const qint64 rssAfter = residentKiB(server.serverPid());
    const double serverCpuMs = (cpuSeconds(server.serverPid()) - cpuBefore) * 1000.0;
    printf("name=server_load requests=%d rate_per_s=%d duration_s=%.1f errors=%d most_in_flight=%d "
           "p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f server_cpu_ms_per_request=%.2f "
           "server_rss_kib_before=%lld after=%lld\n",
           total, kLoadPerSecond, seconds, errors, mostInFlight, percentile(latencies, 0.5),
           percentile(latencies, 0.9), percentile(latencies, 0.99), percentile(latencies, 1.0),
           serverCpuMs / total, static_cast<long long>(rssBefore),
           static_cast<long long>(rssAfter));
    for (auto it = errorKinds.cbegin(); it != errorKinds.cend(); ++it)
        printf("  error x%d: %s\n", it.value(), qPrintable(it.key()));
    return errors == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (::geteuid() != 0) {
        printf("SKIP: the sandbox helper needs root\n");
        return 0;
    }
    ServerProcess server(kBoxUids);
    // The helper as it is deployed: boxes built ahead of their jobs (its default).
    server.setHelperArguments({});
    if (!server.start()) {
        fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    printf("samples=%d (medians, after %d to warm up), box uids %s\n", kSamples, kWarmUp,
           qPrintable(kBoxUids));
    bool ok = measureLatency(server) && loadTest(server);

    // Once idle, nothing of the jobs is left: only the helper's warm boxes, and after it stops,
    // nothing at all.
    QTest::qWait(2000);
    const qsizetype boxesIdle = server.boxDirectories().size();
    const qsizetype processesIdle = server.boxProcesses().size();
    server.stop();
    const bool clean = server.waitUntilNoBoxes(30000);
    printf("name=server_leaks box_dirs_idle=%lld box_processes_idle=%lld (the helper's warm boxes) "
           "box_dirs_after_stop=%lld box_processes_after_stop=%lld status=%s\n",
           static_cast<long long>(boxesIdle), static_cast<long long>(processesIdle),
           static_cast<long long>(server.boxDirectories().size()),
           static_cast<long long>(server.boxProcesses().size()), clean ? "OK" : "LEAK");
    // A warm box is a directory and two processes (its init and the program's stand-in).
    ok = ok && clean && boxesIdle <= kWarmBoxes && processesIdle <= 2 * kWarmBoxes;
    return ok ? 0 : 1;
}
