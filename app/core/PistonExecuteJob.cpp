#include "PistonExecuteJob.h"

#include "PistonEndpoint.h"
#include "PistonHttpCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

PistonExecuteJob::PistonExecuteJob(std::shared_ptr<PistonEndpoint> endpoint,
                                   const QJsonObject &body, QObject *parent)
    : Job(parent), m_endpoint(std::move(endpoint)),
      m_call(new PistonHttpCall(
          m_endpoint, QStringLiteral("execute"),
          QJsonDocument(m_endpoint->bodyFor(body)).toJson(QJsonDocument::Compact),
          m_endpoint->runTimeoutMs(body), this))
{
    m_assembler.forwardTo(this);
    connect(m_call, &PistonHttpCall::succeeded, this, &PistonExecuteJob::onAnswer);
    connect(m_call, &PistonHttpCall::failed, this, &PistonExecuteJob::fail);
    // Started from the event loop, so even an immediate failure reaches slots connected after
    // Backend::start() returned.
    QTimer::singleShot(0, this, [this] {
        if (const std::optional<RemoteFailure> failure = m_endpoint->urlFailure())
            fail(*failure);
        else if (!m_over)
            m_call->start();
    });
}

void PistonExecuteJob::writeStdin(const QByteArray &)
{
    if (m_over || std::exchange(m_toldAboutStdin, true))
        return;
    emit output(QStringLiteral("stderr"),
                tr("RunPad: this run was sent to %1 with its input; what is typed now does not "
                   "reach it. Run interactively to type input.\n")
                    .arg(m_endpoint->name()));
}

void PistonExecuteJob::closeStdin()
{
    // The request already carried all of stdin, and the server closes it after that.
}

void PistonExecuteJob::sendSignal(const QString &)
{
    if (m_over)
        return;
    m_call->abort();
    fail({tr("Stopped: RunPad no longer waits for %1. The server may still finish the run, "
             "since HTTP cannot reach the running program.")
              .arg(m_endpoint->name()),
          Failure::Unavailable});
}

void PistonExecuteJob::onAnswer(const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    const bool hasStage = object.value(QStringLiteral("run")).isObject() ||
                          object.value(QStringLiteral("compile")).isObject() ||
                          object.value(QStringLiteral("runs")).isArray();
    if (!document.isObject() || !hasStage) {
        fail(RemoteFailure::malformed(m_endpoint->name(), m_call->url(),
                                      tr("the answer has no run or compile stage")));
        return;
    }
    m_over = true;
    m_assembler.replay(ExecuteResult::fromJson(object));
    emit finished(m_assembler.result());
}

void PistonExecuteJob::fail(const RemoteFailure &failure)
{
    if (m_over)
        return;
    m_over = true;
    setFailure(failure.kind);
    emit failed(failure.message);
}
