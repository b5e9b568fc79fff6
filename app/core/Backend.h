#pragma once

#include "ExecuteRequest.h"
#include "Job.h"
#include "Runtime.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <optional>

// A place where code runs: the local sandbox helper, or a remote Piston-compatible server.
// Everything is asynchronous; nothing blocks the caller's thread.
class Backend : public QObject {
    Q_OBJECT
public:
    explicit Backend(QObject *parent = nullptr);

    virtual QString displayName() const = 0;
    // Asks for the runtimes; answers with runtimesReady() or unavailable().
    virtual void fetchRuntimes() = 0;
    // Starts a request given as Piston's execute body, passed on as it is (RunPad's additions such
    // as output_limit included), so a server can relay what its client sent. The job streams its
    // output; stdin in the request is written first and the job's stdin stays open until
    // closeStdin() when interactive is true.
    virtual Job *start(const QJsonObject &body, bool interactive) = 0;
    Job *start(const ExecuteRequest &request, bool interactive)
    {
        return start(request.toJson(), interactive);
    }

    // Whether it takes RunPad's `stdins` (one compile, then each input in a box of its own);
    // nullopt while that is not known yet: a remote server before its first answer, which
    // fetchRuntimes() brings.
    virtual std::optional<bool> takesStdins() const { return false; }

    // The last statusChanged(), for a view that connects late.
    QString status() const { return m_status; }
    QString statusDetails() const { return m_statusDetails; }

signals:
    void runtimesReady(const RuntimeList &runtimes);
    // The backend cannot be used right now; the message says why, in words a person understands.
    void unavailable(const QString &message);
    // A line for the status bar, e.g. "Local sandbox (privileged)", and rich text for its
    // tooltip (what is and is not enforced), possibly empty.
    void statusChanged(const QString &status, const QString &details);

protected:
    // Remembers the status and emits statusChanged().
    void setStatus(const QString &status, const QString &details);

private:
    QString m_status;
    QString m_statusDetails;
};
