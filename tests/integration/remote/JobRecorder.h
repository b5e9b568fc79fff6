#pragma once

#include "Job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

// Everything a job says, in order, and how it ended: what a console would show.
class JobRecorder : public QObject {
    Q_OBJECT
public:
    explicit JobRecorder(Job *job);

    // Waits until the job finished or failed; false if it did neither in time.
    bool waitForEnd(int timeoutMs = 60000);
    bool over() const { return finished || failed; }
    // What came on a stream so far.
    QString text(const QString &stream) const;

    Job *job;
    QStringList events; // "stage run", "stdout hi\n", "exit run OK 0", "finished", "failed ..."
    bool finished = false;
    bool failed = false;
    int ends = 0;
    QString message;
    ExecuteResult result;
    qint64 endedAfterMs = -1;

private:
    QElapsedTimer m_clock;
};
