#pragma once

#include "ExecuteRequest.h"
#include "ExecuteResult.h"
#include "StageResult.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class Backend;
class Job;

// Runs programs on a backend for the practice features, as few times compiled as the backend
// allows. start(): one program on many inputs, as one execute with RunPad's `stdins` where the
// backend takes them (the local sandbox, runpad-server: compiled once, each input in a fresh
// box), else one request per input. startEach(): requests that differ in more than stdin (args,
// files), one request each. Separate requests run at most maxParallel() at once.
class ManyRuns : public QObject {
    Q_OBJECT
public:
    explicit ManyRuns(Backend *backend, QObject *parent = nullptr);
    ~ManyRuns() override;

    static constexpr int maxParallel() { return 4; }
    // The helper takes at most this many stdins in one request (sandbox/PROTOCOL.md).
    static constexpr int maxInputsPerRequest() { return 1000; }

    void start(const ExecuteRequest &program, const QStringList &inputs);
    void startEach(const QList<ExecuteRequest> &requests);
    // Kills what runs and emits nothing more.
    void stop();
    bool isRunning() const;

signals:
    // Run number index (of the inputs or requests) has been handed to the backend.
    void runStarted(int index);
    void runFinished(int index, const StageResult &run);
    // The program did not compile; nothing more is run or reported.
    void compileFailed(const StageResult &compile);
    // Every run has finished.
    void finished();
    // The backend could not run it (unreachable, refused the request, ...); nothing more comes.
    void failed(const QString &message);

private:
    void queueRuns(bool batched);
    void startNext();
    void launch(const QJsonObject &body, const QList<int> &indexes);
    void onJobFinished(Job *job, const QList<int> &indexes, const ExecuteResult &result);
    void onJobFailed(Job *job, const QString &message);
    void forget(Job *job);
    void fail(const QString &message);

    class Private;
    Private *d;
};
