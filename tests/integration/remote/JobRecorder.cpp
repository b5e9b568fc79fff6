#include "JobRecorder.h"

#include <QTest>

JobRecorder::JobRecorder(Job *job) : QObject(job), job(job)
{
    m_clock.start();
    connect(job, &Job::stageStarted, this,
            [this](const QString &stage) { events << QStringLiteral("stage ") + stage; });
    connect(job, &Job::output, this, [this](const QString &stream, const QString &text) {
        events << QStringLiteral("%1 %2").arg(stream, text);
    });
    connect(job, &Job::stageFinished, this, [this](const QString &stage, const StageResult &r) {
        events << QStringLiteral("exit %1 %2").arg(stage, r.statusLabel());
    });
    connect(job, &Job::finished, this, [this](const ExecuteResult &r) {
        ++ends;
        finished = true;
        result = r;
        endedAfterMs = m_clock.elapsed();
        events << QStringLiteral("finished");
    });
    connect(job, &Job::failed, this, [this](const QString &text) {
        ++ends;
        failed = true;
        message = text;
        endedAfterMs = m_clock.elapsed();
        events << QStringLiteral("failed");
    });
}

bool JobRecorder::waitForEnd(int timeoutMs)
{
    return QTest::qWaitFor([this] { return over(); }, timeoutMs);
}

QString JobRecorder::text(const QString &stream) const
{
    QString all;
    const QString prefix = stream + QLatin1Char(' ');
    for (const QString &event : events)
        if (event.startsWith(prefix))
            all += event.mid(prefix.size());
    return all;
}
