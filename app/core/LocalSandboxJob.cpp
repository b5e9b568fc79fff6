#include "LocalSandboxJob.h"

#include <QtDebug>

LocalSandboxJob::LocalSandboxJob(Sender sender, QObject *parent)
    : Job(parent), m_sender(std::move(sender))
{
    m_assembler.forwardTo(this);
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
    if (m_over || m_assembler.take(message))
        return;
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("done")) {
        m_over = true;
        emit finished(m_assembler.result());
    } else if (type == QLatin1String("result")) {
        m_over = true;
        m_assembler.replay(ExecuteResult::fromJson(message));
        emit finished(m_assembler.result());
    } else if (type == QLatin1String("error")) {
        const QString text = message.value(QStringLiteral("message")).toString();
        // Stdin the helper could not take is dropped, but the job goes on (PROTOCOL.md).
        if (text.startsWith(QLatin1String("stdin is full"))) {
            emit output(QStringLiteral("stderr"), QStringLiteral("RunPad: %1\n").arg(text));
            return;
        }
        fail(text, ResultAssembler::failureOf(text));
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
