#include "ManyRuns.h"

#include "Backend.h"
#include "Job.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace {

struct Pending {
    QJsonObject body;
    QList<int> indexes; // the runs it makes, in order
};

// A helper whose boxes are all in use turns a job away at once; a box is free again as soon as
// some job ends, so a turned-away request waits a little and goes again.
constexpr int busyRetryMs = 100;
constexpr int maxBusyRetries = 300;

} // namespace

class ManyRuns::Private {
public:
    Backend *backend = nullptr;
    ExecuteRequest program;
    QStringList inputs;
    QList<Pending> queue;
    QHash<Job *, Pending> running;
    QSet<int> started; // runStarted() was emitted for these
    int busyRetries = 0;
    QList<QMetaObject::Connection> probe;
    int parallel = 1;
    int unreported = 0;
    bool active = false;
    quint64 generation = 0; // a queued emission of an earlier start is dropped
};

ManyRuns::ManyRuns(Backend *backend, QObject *parent) : QObject(parent), d(new Private)
{
    d->backend = backend;
}

ManyRuns::~ManyRuns()
{
    stop();
    delete d;
}

bool ManyRuns::isRunning() const
{
    return d->active;
}

void ManyRuns::start(const ExecuteRequest &program, const QStringList &inputs)
{
    stop();
    d->active = true;
    d->program = program;
    d->inputs = inputs;
    d->unreported = int(inputs.size());
    const quint64 generation = d->generation;
    if (inputs.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (d->generation == generation && d->active) {
                d->active = false;
                emit finished();
            }
        });
        return;
    }
    if (const std::optional<bool> batched = d->backend->takesStdins()) {
        queueRuns(*batched);
        return;
    }
    // A remote server says what it is in its first answer: ask it once.
    const auto decide = [this, generation] {
        if (d->generation != generation)
            return;
        for (const auto &connection : std::as_const(d->probe))
            disconnect(connection);
        d->probe.clear();
        queueRuns(d->backend->takesStdins().value_or(false));
    };
    d->probe << connect(d->backend, &Backend::runtimesReady, this, decide)
             << connect(d->backend, &Backend::unavailable, this,
                        [this, generation](const QString &why) {
                            if (d->generation == generation)
                                fail(why);
                        });
    d->backend->fetchRuntimes();
}

void ManyRuns::startEach(const QList<ExecuteRequest> &requests)
{
    stop();
    d->active = true;
    d->parallel = maxParallel();
    d->unreported = int(requests.size());
    for (int i = 0; i < requests.size(); ++i)
        d->queue.append({requests[i].toJson(), {i}});
    if (requests.isEmpty()) {
        const quint64 generation = d->generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (d->generation == generation && d->active) {
                d->active = false;
                emit finished();
            }
        });
        return;
    }
    startNext();
}

void ManyRuns::queueRuns(bool batched)
{
    if (batched) {
        // One box after another: runs side by side would share the CPU and distort the times.
        d->parallel = 1;
        for (int first = 0; first < d->inputs.size(); first += maxInputsPerRequest()) {
            const int count = int(qMin<qsizetype>(maxInputsPerRequest(), d->inputs.size() - first));
            QJsonObject body = d->program.toJson();
            body.remove(QStringLiteral("stdin"));
            QJsonArray stdins;
            QList<int> indexes;
            for (int i = first; i < first + count; ++i) {
                stdins.append(d->inputs[i]);
                indexes.append(i);
            }
            body.insert(QStringLiteral("stdins"), stdins);
            d->queue.append({body, indexes});
        }
    } else {
        d->parallel = maxParallel();
        for (int i = 0; i < d->inputs.size(); ++i) {
            ExecuteRequest request = d->program;
            request.stdin = d->inputs[i];
            d->queue.append({request.toJson(), {i}});
        }
    }
    startNext();
}

void ManyRuns::startNext()
{
    while (d->active && !d->queue.isEmpty() && d->running.size() < d->parallel) {
        const Pending next = d->queue.takeFirst();
        launch(next.body, next.indexes);
    }
}

void ManyRuns::launch(const QJsonObject &body, const QList<int> &indexes)
{
    Job *job = d->backend->start(body, false);
    // The backend is done with a job once it has ended: whoever is still listening, it goes then.
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::failed, job, &QObject::deleteLater);
    d->running.insert(job, {body, indexes});
    connect(job, &Job::finished, this, [this, job, indexes](const ExecuteResult &result) {
        onJobFinished(job, indexes, result);
    });
    connect(job, &Job::failed, this,
            [this, job](const QString &message) { onJobFailed(job, message); });
    for (int index : indexes) {
        if (!d->started.contains(index)) {
            d->started.insert(index);
            emit runStarted(index);
        }
    }
}

void ManyRuns::onJobFinished(Job *job, const QList<int> &indexes, const ExecuteResult &result)
{
    forget(job);
    const QPointer<ManyRuns> self(this);
    const quint64 generation = d->generation;
    const auto stillOurs = [&] { return self && d->generation == generation && d->active; };

    if (result.compileFailed()) {
        stop();
        emit compileFailed(*result.compile);
        return;
    }
    QList<StageResult> runs = result.runs;
    if (runs.isEmpty() && result.run)
        runs.append(*result.run);
    for (int i = 0; i < indexes.size(); ++i) {
        if (i >= runs.size()) {
            fail(tr("%1 returned %2 results for %3 inputs")
                     .arg(d->backend->displayName())
                     .arg(runs.size())
                     .arg(indexes.size()));
            return;
        }
        --d->unreported;
        emit runFinished(indexes[i], runs[i]);
        if (!stillOurs())
            return;
    }
    if (d->unreported == 0 && d->running.isEmpty() && d->queue.isEmpty()) {
        d->active = false;
        emit finished();
        return;
    }
    startNext();
}

void ManyRuns::onJobFailed(Job *job, const QString &message)
{
    const Pending pending = d->running.value(job);
    forget(job);
    if (job->failure() == Job::Failure::Busy && ++d->busyRetries <= maxBusyRetries) {
        d->queue.prepend(pending);
        const quint64 generation = d->generation;
        QTimer::singleShot(busyRetryMs, this, [this, generation] {
            if (d->generation == generation)
                startNext();
        });
        return;
    }
    fail(message);
}

void ManyRuns::forget(Job *job)
{
    disconnect(job, nullptr, this, nullptr);
    d->running.remove(job);
}

void ManyRuns::fail(const QString &message)
{
    stop();
    emit failed(message);
}

void ManyRuns::stop()
{
    ++d->generation;
    d->active = false;
    for (const auto &connection : std::as_const(d->probe))
        disconnect(connection);
    d->probe.clear();
    d->queue.clear();
    d->started.clear();
    d->busyRetries = 0;
    const QList<Job *> jobs = d->running.keys();
    d->running.clear();
    for (Job *job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->stop();
    }
}
