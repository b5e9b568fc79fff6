#include "PistonTestCase.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

const QString PistonTestCase::Python = QStringLiteral("python");

const QString PistonTestCase::EchoLines = QStringLiteral(R"(import sys
while True:
    line = sys.stdin.readline()
    if not line:
        break
    print("echo:" + line.strip(), flush=True)
print("bye", flush=True)
)");

QJsonObject PistonTestCase::body(const QString &language, const QString &code,
                                 const QString &stdinText)
{
    const QString name =
        language == QLatin1String("c") ? QStringLiteral("main.c") : QStringLiteral("main.py");
    QJsonObject request{
        {QStringLiteral("language"), language},
        {QStringLiteral("version"), QStringLiteral("*")},
        {QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                                         {QStringLiteral("content"), code}}}}};
    if (!stdinText.isEmpty())
        request.insert(QStringLiteral("stdin"), stdinText);
    return request;
}

RemoteServer PistonTestCase::remote(const QUrl &url, const QString &name)
{
    return {QStringLiteral("test-id"), name, url};
}

PistonBackend *PistonTestCase::backend(const QUrl &url, const QString &key)
{
    auto *piston = new PistonBackend(remote(url), this);
    piston->setApiKey(key);
    return piston;
}

JobRecorder *PistonTestCase::run(PistonBackend *piston, const QJsonObject &request,
                                 bool interactive, int timeoutMs)
{
    auto *recorder = new JobRecorder(piston->start(request, interactive));
    recorder->waitForEnd(timeoutMs);
    return recorder;
}

QString PistonTestCase::runtimesOutcome(PistonBackend *piston, int timeoutMs)
{
    QSignalSpy ready(piston, &Backend::runtimesReady);
    QSignalSpy unavailable(piston, &Backend::unavailable);
    piston->fetchRuntimes();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !unavailable.isEmpty(); }, timeoutMs))
        return QStringLiteral("<no answer>");
    return ready.isEmpty() ? unavailable.first().first().toString() : QStringLiteral("<runtimes>");
}
