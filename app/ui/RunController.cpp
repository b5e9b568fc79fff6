#include "RunController.h"

#include "Backend.h"
#include "Job.h"

RunController::RunController(QObject *parent) : QObject(parent) {}

RunController::~RunController()
{
    if (!m_job)
        return;
    // The job outlives this controller until the backend is done with it.
    m_job->disconnect(this);
    connect(m_job, &Job::finished, m_job, &QObject::deleteLater);
    connect(m_job, &Job::failed, m_job, &QObject::deleteLater);
    m_job->stop();
}

void RunController::start(Backend *backend, ExecuteRequest request)
{
    if (isRunning())
        return;
    if (m_outputLimit > 0)
        request.outputLimit = m_outputLimit;
    // With stdin open the program waits for a person to type, so its wall time is the backend's
    // maximum (-1); CPU time keeps its limit, which a program waiting for input does not use.
    if (request.stdin.isEmpty() && request.runTimeout == 0)
        request.runTimeout = -1;
    Job *job = backend ? backend->start(request, /*interactive=*/true) : nullptr;
    if (!job) {
        emit failed(backend ? tr("%1 could not start the program.").arg(backend->displayName())
                            : tr("There is no backend to run the program on."));
        return;
    }
    m_job = job;
    connect(job, &Job::stageStarted, this, &RunController::stageStarted);
    connect(job, &Job::output, this, &RunController::output);
    connect(job, &Job::finished, this, [this](const ExecuteResult &result) {
        release();
        emit finished(result);
    });
    connect(job, &Job::failed, this, [this](const QString &message) {
        release();
        emit failed(message);
    });
    // A remote removed or changed in the settings takes its backend, and its jobs, along.
    connect(job, &QObject::destroyed, this, [this] {
        setStdinOpen(false);
        emit runningChanged(false);
        emit failed(tr("The program stopped: its backend was removed or changed."));
    });
    if (request.stdin.isEmpty())
        setStdinOpen(true);
    else
        job->closeStdin();
    emit runningChanged(true);
}

void RunController::writeStdin(const QString &text)
{
    if (m_job && m_stdinOpen)
        m_job->writeStdin(text.toUtf8());
}

void RunController::closeStdin()
{
    if (!m_job || !m_stdinOpen)
        return;
    m_job->closeStdin();
    setStdinOpen(false);
}

void RunController::stop()
{
    if (m_job)
        m_job->stop();
}

void RunController::release()
{
    m_job->disconnect(this);
    m_job->deleteLater();
    m_job.clear();
    setStdinOpen(false);
    emit runningChanged(false);
}

void RunController::setStdinOpen(bool open)
{
    m_stdinOpen = open;
}
