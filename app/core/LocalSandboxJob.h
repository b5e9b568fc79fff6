#pragma once

#include "Job.h"
#include "ResultAssembler.h"

#include <QJsonObject>
#include <functional>

// A job of LocalSandboxBackend. Run by the helper as an interactive `init` request, its output
// arrives as `data` messages and is streamed, and the full result is assembled when `done`
// arrives; run as an `execute` request (several stdins), the helper's whole `result` is replayed
// stage by stage and ends the job.
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
    ResultAssembler m_assembler;
    bool m_over = false;
};
