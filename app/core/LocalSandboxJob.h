#pragma once

#include "Job.h"

#include <QJsonObject>
#include <functional>

// A job of LocalSandboxBackend, run by the helper as an interactive `init` request. Output arrives
// as `data` messages and is streamed; the full Piston result is assembled from them and the
// `exit` messages when `done` arrives.
class LocalSandboxJob : public Job {
    Q_OBJECT
public:
    // Sends a message about this job to the helper; the backend stamps the job's id on it.
    using Sender = std::function<void(const QJsonObject &message)>;

    LocalSandboxJob(Sender sender, QObject *parent);

    void writeStdin(const QByteArray &data) override;
    void closeStdin() override;
    void sendSignal(const QString &signal) override;

    // A message from the helper about this job.
    void handleMessage(const QJsonObject &message);
    // Ends the job with failed() unless it is already over.
    void fail(const QString &message, Failure failure = Failure::Unavailable);

private:
    void sendIfRunning(const QJsonObject &message);

    Sender m_sender;
    ExecuteResult m_result;
    QString m_stage;
    StageResult m_stageOutput; // stdout, stderr and output of the current stage so far
    bool m_over = false;
};
