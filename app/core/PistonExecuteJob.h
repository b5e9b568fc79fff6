#pragma once

#include "Job.h"
#include "ResultAssembler.h"

#include <QJsonObject>
#include <memory>

class PistonEndpoint;
class PistonHttpCall;
struct RemoteFailure;

// A non-interactive run on a Piston server: POST /api/v2/execute with the body as it is. The
// answer is the whole result; its stages and output are then emitted as if they had streamed,
// so the console shows it like a local run.
class PistonExecuteJob : public Job {
    Q_OBJECT
public:
    PistonExecuteJob(std::shared_ptr<PistonEndpoint> endpoint, const QJsonObject &body,
                     QObject *parent);

    // The request carries all stdin; what comes later cannot reach the program (a note says so).
    void writeStdin(const QByteArray &data) override;
    void closeStdin() override;
    // Any signal cancels the request: HTTP has no way to reach the running program.
    void sendSignal(const QString &signal) override;

private:
    void onAnswer(const QJsonDocument &document);
    void fail(const RemoteFailure &failure);

    std::shared_ptr<PistonEndpoint> m_endpoint;
    PistonHttpCall *m_call;
    ResultAssembler m_assembler;
    bool m_over = false;
    bool m_toldAboutStdin = false;
};
