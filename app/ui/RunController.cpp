#include "RunController.h"

#include "Backend.h"
#include "Job.h"

RunController::RunController(Backend *backend, QObject *parent)
    : QObject(parent), m_backend(backend)
{
}

RunController::~RunController()
{
    if (!m_job)
        return;
    // The job outlives this controller until the backend is done with it.
    connect(m_job, &Job::finished, m_job, &QObject::deleteLater);
    connect(m_job, &Job::failed, m_job, &QObject::deleteLater);
    m_job->stop();
}

void RunController::start(ExecuteRequest request)
{
    if (isRunning())
        return;
    if (m_outputLimit > 0)
        request.outputLimit = m_outputLimit;
    m_job = m_backend->start(request, /*interactive=*/true);
    connect(m_job, &Job::stageStarted, this, &RunController::stageStarted);
    connect(m_job, &Job::output, this, &RunController::output);
    connect(m_job, &Job::finished, this, [this](const ExecuteResult &result) {
        release();
        emit finished(result);
    });
    connect(m_job, &Job::failed, this, [this](const QString &message) {
        release();
        emit failed(message);
    });
    m_job->closeStdin();
    emit runningChanged(true);
}

void RunController::stop()
{
    if (m_job)
        m_job->stop();
}

void RunController::release()
{
    m_job->deleteLater();
    m_job.clear();
    emit runningChanged(false);
}
