#include "LocalSandboxJob.h"

#include <QtDebug>

namespace {

// The helper's error messages about a job (PROTOCOL.md): its own failures and a full box uid
// range have fixed openings; everything else is a request it refused.
Job::Failure failureOf(const QString &message)
{
    if (message.startsWith(QLatin1String("internal error")))
        return Job::Failure::Internal;
    if (message.startsWith(QLatin1String("the sandbox is busy")))
        return Job::Failure::Unavailable;
    return Job::Failure::Rejected;
}

} // namespace

LocalSandboxJob::LocalSandboxJob(Sender sender, QObject *parent)
    : Job(parent), m_sender(std::move(sender))
{
}

void LocalSandboxJob::writeStdin(const QByteArray &data)
{
    sendIfRunning({{QStringLiteral("type"), QStringLiteral("data")},
                   {QStringLiteral("stream"), QStringLiteral("stdin")},
                   {QStringLiteral("data"), QString::fromUtf8(data)}});
}

void LocalSandboxJob::closeStdin()
{
    sendIfRunning({{QStringLiteral("type"), QStringLiteral("eof")}});
}

void LocalSandboxJob::sendSignal(const QString &signal)
{
    sendIfRunning(
        {{QStringLiteral("type"), QStringLiteral("signal")}, {QStringLiteral("signal"), signal}});
}

void LocalSandboxJob::sendIfRunning(const QJsonObject &message)
{
    // After the end the helper would only answer "no running job with this id".
    if (!m_over)
        m_sender(message);
}

void LocalSandboxJob::handleMessage(const QJsonObject &message)
{
    if (m_over)
        return;
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("runtime")) {
        m_result.language = message.value(QStringLiteral("language")).toString();
        m_result.version = message.value(QStringLiteral("version")).toString();
    } else if (type == QLatin1String("stage")) {
        m_stage = message.value(QStringLiteral("stage")).toString();
        m_stageOutput = StageResult();
        emit stageStarted(m_stage);
    } else if (type == QLatin1String("data")) {
        const QString stream = message.value(QStringLiteral("stream")).toString();
        const QString text = message.value(QStringLiteral("data")).toString();
        if (stream == QLatin1String("stdout"))
            m_stageOutput.stdout += text;
        else if (stream == QLatin1String("stderr"))
            m_stageOutput.stderr += text;
        else
            return;
        m_stageOutput.output += text;
        emit output(stream, text);
    } else if (type == QLatin1String("exit")) {
        const QString stage = message.value(QStringLiteral("stage")).toString(m_stage);
        StageResult result = StageResult::fromJson(message);
        emit stageFinished(stage, result);
        result.stdout = m_stageOutput.stdout;
        result.stderr = m_stageOutput.stderr;
        result.output = m_stageOutput.output;
        (stage == QLatin1String("compile") ? m_result.compile : m_result.run) = result;
        m_stageOutput = StageResult();
    } else if (type == QLatin1String("done")) {
        m_over = true;
        emit finished(m_result);
    } else if (type == QLatin1String("error")) {
        const QString text = message.value(QStringLiteral("message")).toString();
        // Stdin the helper could not take is dropped, but the job goes on (PROTOCOL.md).
        if (text.startsWith(QLatin1String("stdin is full"))) {
            emit output(QStringLiteral("stderr"), QStringLiteral("RunPad: %1\n").arg(text));
            return;
        }
        fail(text, failureOf(text));
    } else {
        qWarning("LocalSandboxJob: ignoring a '%s' message", qPrintable(type));
    }
}

void LocalSandboxJob::fail(const QString &message, Failure failure)
{
    if (m_over)
        return;
    m_over = true;
    setFailure(failure);
    emit failed(message);
}
