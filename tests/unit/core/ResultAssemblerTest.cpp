// ResultAssembler: the messages of an interactive run (the helper's, Piston's /connect) become the
// streamed signals and Piston's result; a whole result replays as the same signals. Also
// LocalSandboxJob on top of it, for both ways the helper answers.

#include "ResultAssembler.h"
#include "LocalSandboxJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// Every signal of a job or an assembler, in order, as one line each.
class Recorder : public QObject {
public:
    template <typename Source> explicit Recorder(Source *source)
    {
        connect(source, &Source::stageStarted, this,
                [this](const QString &stage) { lines << QStringLiteral("stage %1").arg(stage); });
        connect(source, &Source::output, this, [this](const QString &stream, const QString &text) {
            lines << QStringLiteral("%1 %2").arg(stream, text);
        });
        connect(source, &Source::stageFinished, this,
                [this](const QString &stage, const StageResult &result) {
                    QVERIFY(result.stdout.isEmpty() && result.stderr.isEmpty() &&
                            result.output.isEmpty());
                    lines << QStringLiteral("exit %1 %2 %3")
                                 .arg(stage, result.statusLabel())
                                 .arg(result.code.value_or(-1));
                });
    }
    QStringList lines;
};

} // namespace

class ResultAssemblerTest : public QObject {
    Q_OBJECT

private slots:
    void assemblesTheHelpersMessages()
    {
        ResultAssembler assembler;
        Recorder recorder(&assembler);
        const char *messages[] = {
            R"({"type":"runtime","language":"c","version":"12.2.0"})",
            R"({"type":"stage","stage":"compile"})",
            R"({"type":"data","stream":"stderr","data":"warning: x\n"})",
            R"({"type":"exit","stage":"compile","code":0,"signal":null,"status":null,
                "cpu_time":40,"wall_time":55,"memory":1000,"cached":true})",
            R"({"type":"stage","stage":"run"})",
            R"({"type":"data","stream":"stdout","data":"a"})",
            R"({"type":"data","stream":"stderr","data":"b"})",
            R"({"type":"data","stream":"stdout","data":"c"})",
            R"({"type":"exit","stage":"run","code":3,"signal":null,"status":"RE",
                "message":"Exited with error status 3","cpu_time":1,"wall_time":2,"memory":3})",
        };
        for (const char *message : messages)
            QVERIFY(assembler.take(json(message)));
        QVERIFY(!assembler.take(json(R"({"type":"done"})")));
        QCOMPARE(recorder.lines,
                 QStringList({"stage compile", "stderr warning: x\n", "exit compile OK 0",
                              "stage run", "stdout a", "stderr b", "stdout c", "exit run RE 3"}));
        const ExecuteResult result = assembler.result();
        QCOMPARE(result.language, QStringLiteral("c"));
        QCOMPARE(result.version, QStringLiteral("12.2.0"));
        QVERIFY(result.compile && result.compile->cached == true);
        QCOMPARE(result.compile->stderr, QStringLiteral("warning: x\n"));
        QCOMPARE(result.compile->cpuTimeMs, 40);
        QCOMPARE(result.run->stdout, QStringLiteral("ac"));
        QCOMPARE(result.run->stderr, QStringLiteral("b"));
        QCOMPARE(result.run->output, QStringLiteral("abc"));
        QCOMPARE(result.run->message, QStringLiteral("Exited with error status 3"));
        QCOMPARE(result.run->memoryBytes, 3);
    }

    // Piston's exit message has only code and signal: the status follows as in its execute answer.
    void pistonExitMessagesGetAStatus()
    {
        ResultAssembler assembler;
        assembler.take(json(R"({"type":"stage","stage":"compile"})"));
        assembler.take(json(R"({"type":"exit","stage":"compile","code":0,"signal":null})"));
        QVERIFY(assembler.result().compile->status.isEmpty());
        assembler.take(json(R"({"type":"stage","stage":"run"})"));
        assembler.take(json(R"({"type":"exit","stage":"run","code":2,"signal":null})"));
        QCOMPARE(assembler.result().run->status, QStringLiteral("RE"));
        QCOMPARE(assembler.result().run->message, QStringLiteral("Exited with error status 2"));
        assembler.take(json(R"({"type":"stage","stage":"run"})"));
        assembler.take(json(R"({"type":"exit","stage":"run","code":null,"signal":"SIGKILL"})"));
        QCOMPARE(assembler.result().run->status, QStringLiteral("SG"));
        QCOMPARE(assembler.result().run->signal, QStringLiteral("SIGKILL"));
    }

    void currentStage()
    {
        ResultAssembler assembler;
        QVERIFY(assembler.currentStage().isEmpty());
        assembler.take(json(R"({"type":"stage","stage":"run"})"));
        QCOMPARE(assembler.currentStage(), QStringLiteral("run"));
        assembler.take(json(R"({"type":"exit","stage":"run","code":0})"));
        QVERIFY(assembler.currentStage().isEmpty());
    }

    // A whole result streams like a local run: output split back into its streams, in order.
    void replaysAWholeResult()
    {
        const ExecuteResult result = ExecuteResult::fromJson(json(R"({
            "language":"python","version":"3.11.2",
            "compile":{"stdout":"","stderr":"w\n","output":"w\n","code":0,"signal":null,
                       "status":null,"message":null},
            "run":{"stdout":"one\nthree\n","stderr":"two\n","output":"one\ntwo\nthree\n",
                   "code":1,"signal":null,"status":"RE","message":"Exited with error status 1"}
        })"));
        ResultAssembler assembler;
        Recorder recorder(&assembler);
        assembler.replay(result);
        QCOMPARE(recorder.lines,
                 QStringList({"stage compile", "stderr w\n", "exit compile OK 0", "stage run",
                              "stdout one\n", "stderr two\n", "stdout three\n", "exit run RE 1"}));
        QCOMPARE(assembler.result().toJson(), result.toJson());
    }

    // A server that leaves `output` out, or caps it differently, still shows every byte.
    void replayWithoutInterleavedOutput()
    {
        ExecuteResult result;
        StageResult run;
        run.stdout = QStringLiteral("out");
        run.stderr = QStringLiteral("err");
        run.output = QStringLiteral("ou"); // capped
        run.code = 0;
        result.run = run;
        ResultAssembler assembler;
        Recorder recorder(&assembler);
        assembler.replay(result);
        QCOMPARE(recorder.lines, QStringList({"stage run", "stdout ou", "stdout t", "stderr err",
                                              "exit run OK 0"}));
    }

    void replaysEveryRunOfSeveralStdins()
    {
        const ExecuteResult result = ExecuteResult::fromJson(json(R"({
            "language":"c","version":"12",
            "compile":{"stdout":"","stderr":"","output":"","code":0,"cached":false},
            "runs":[{"stdout":"1","stderr":"","output":"1","code":0},
                    {"stdout":"","stderr":"boom","output":"boom","code":null,"signal":"SIGSEGV",
                     "status":"SG"}]
        })"));
        ResultAssembler assembler;
        Recorder recorder(&assembler);
        assembler.replay(result);
        QCOMPARE(recorder.lines,
                 QStringList({"stage compile", "exit compile OK 0", "stage run", "stdout 1",
                              "exit run OK 0", "stage run", "stderr boom", "exit run SG -1"}));
        QCOMPARE(assembler.result().runs.size(), 2);
    }

    void failureKinds()
    {
        QCOMPARE(ResultAssembler::failureOf(QStringLiteral("internal error: fork failed")),
                 Job::Failure::Internal);
        QCOMPARE(ResultAssembler::failureOf(QStringLiteral("the sandbox is busy: every box")),
                 Job::Failure::Busy);
        QCOMPARE(ResultAssembler::failureOf(QStringLiteral("python-9 runtime is unknown")),
                 Job::Failure::Rejected);
    }

    // LocalSandboxJob: an interactive job ends with `done`, an execute job with its `result`.
    void localJobStreamsUntilDone()
    {
        QList<QJsonObject> sent;
        LocalSandboxJob job([&](const QJsonObject &message) { sent << message; }, nullptr);
        Recorder recorder(&job);
        QSignalSpy finished(&job, &Job::finished);
        job.handleMessage(json(R"({"type":"runtime","language":"bash","version":"5.2"})"));
        job.handleMessage(json(R"({"type":"stage","stage":"run"})"));
        job.writeStdin("hi\n");
        job.closeStdin();
        job.handleMessage(json(R"({"type":"data","stream":"stdout","data":"hi\n"})"));
        job.handleMessage(json(R"({"type":"exit","stage":"run","code":0,"status":null})"));
        job.handleMessage(json(R"({"type":"done"})"));
        QCOMPARE(finished.size(), 1);
        const ExecuteResult result = finished.first().first().value<ExecuteResult>();
        QCOMPARE(result.run->stdout, QStringLiteral("hi\n"));
        QCOMPARE(result.language, QStringLiteral("bash"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("data"));
        QCOMPARE(sent.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("eof"));
        // Over: nothing more goes to the helper.
        job.stop();
        QCOMPARE(sent.size(), 2);
    }

    void localJobTakesAWholeResult()
    {
        LocalSandboxJob job([](const QJsonObject &) {}, nullptr);
        Recorder recorder(&job);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy failed(&job, &Job::failed);
        const QJsonObject message = json(R"({"type":"result","id":7,"language":"c","version":"12",
            "compile":{"stdout":"","stderr":"","output":"","code":0,"cached":true},
            "runs":[{"stdout":"a\n","stderr":"","output":"a\n","code":0},
                    {"stdout":"b\n","stderr":"","output":"b\n","code":0}]})");
        job.handleMessage(message);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 0);
        const ExecuteResult result = finished.first().first().value<ExecuteResult>();
        QCOMPARE(result.runs.size(), 2);
        QCOMPARE(result.runs.at(1).stdout, QStringLiteral("b\n"));
        QCOMPARE(result.compile->cached, std::optional<bool>(true));
        QCOMPARE(recorder.lines,
                 QStringList({"stage compile", "exit compile OK 0", "stage run", "stdout a\n",
                              "exit run OK 0", "stage run", "stdout b\n", "exit run OK 0"}));
        // Exactly one end.
        job.handleMessage(json(R"({"type":"error","message":"internal error: late"})"));
        QCOMPARE(failed.size(), 0);
    }

    void localJobFailsOnAnError()
    {
        LocalSandboxJob job([](const QJsonObject &) {}, nullptr);
        QSignalSpy failed(&job, &Job::failed);
        QSignalSpy output(&job, &Job::output);
        job.handleMessage(
            json(R"({"type":"error","message":"stdin is full: 64 MiB are waiting"})"));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(output.size(), 1);
        job.handleMessage(json(R"({"type":"error","message":"the sandbox is busy: all in use"})"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(job.failure(), Job::Failure::Busy);
    }

    // The helper's `runtime` message is the job's accepted(), before its first stage.
    void localJobSaysItWasAccepted()
    {
        LocalSandboxJob job([](const QJsonObject &) {}, nullptr);
        QStringList events;
        connect(&job, &Job::accepted, this, [&](const QString &language, const QString &version) {
            events << QStringLiteral("accepted %1 %2").arg(language, version);
        });
        connect(&job, &Job::stageStarted, this,
                [&](const QString &stage) { events << QStringLiteral("stage ") + stage; });
        job.handleMessage(json(R"({"type":"runtime","language":"bash","version":"5.2.15"})"));
        job.handleMessage(json(R"({"type":"stage","stage":"run"})"));
        QCOMPARE(events, QStringList({"accepted bash 5.2.15", "stage run"}));
    }
};

QTEST_GUILESS_MAIN(ResultAssemblerTest)
#include "ResultAssemblerTest.moc"
