#include "Backend.h"

Backend::Backend(QObject *parent) : QObject(parent)
{
    // Qt 5 looks signal argument types up by name at run time (queued connections, QSignalSpy),
    // and a typedef such as RuntimeList is only known by name once registered.
    qRegisterMetaType<RuntimeList>("RuntimeList");
    qRegisterMetaType<StageResult>();
    qRegisterMetaType<ExecuteResult>();
}

void Backend::setStatus(const QString &status, const QString &details)
{
    m_status = status;
    m_statusDetails = details;
    emit statusChanged(status, details);
}
