#include "LocalSandboxBackend.h"

#include "HelperConnection.h"
#include "LocalSandboxJob.h"
#include "SandboxIsolation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QtDebug>

#include <unistd.h>
#include <utility>

namespace {

constexpr int HelperStartTimeoutMs = 30000; // the helper probes every toolchain before READY
constexpr int HandshakeTimeoutMs = 10000;
constexpr int HelperCannotIsolateExitCode = 3;

QString privateSocketPath()
{
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString dir = !runtimeDir.isEmpty() ? runtimeDir + QStringLiteral("/runpad")
                                              : QStringLiteral("/tmp/runpad-%1").arg(::getuid());
    return dir + QStringLiteral("/sandbox.sock");
}

QString defaultHelperProgram()
{
    // Beside us in a build tree; in libexec once installed (bin/../libexec, where
    // sandbox/CMakeLists.txt installs it); else wherever PATH finds it.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + QStringLiteral("/runpad-sandbox"),
        appDir + QStringLiteral("/../libexec/runpad-sandbox"),
        QStandardPaths::findExecutable(QStringLiteral("runpad-sandbox")),
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return candidates.first();
}

// The helper's last non-empty stderr line: its own explanation of why it stopped.
QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return QString::fromLocal8Bit(lines.constLast().trimmed());
}

} // namespace

class LocalSandboxBackend::Private {
public:
    enum class State { Idle, Connecting, StartingHelper, Handshaking, Ready };

    explicit Private(LocalSandboxBackend *q) : q(q) {}

    QString startSocketPath() const;
    void send(qint64 id, const QJsonObject &message);
    void ensureConnecting();
    void connectToNextCandidate();
    bool tryNextCandidate();
    void connectTo(const QString &path);
    void startHelper();
    void onHelperOutput();
    void onHelperFinished(int exitCode, QProcess::ExitStatus status);
    void onConnectionClosed(const QString &reason);
    void onMessage(qint64 id, const QJsonObject &message);
    void onHello(const QJsonObject &message);
    void connectionLost();
    void giveUp(const QString &message);
    void failEverything(const QString &message, bool unavailable);
    void dropConnection();
    void dropHelper();

    LocalSandboxBackend *q;
    QString helperProgram;
    QString explicitSocketPath;
    QStringList systemSocketPaths = LocalSandboxBackend::defaultSystemSocketPaths();
    State state = State::Idle;
    QStringList candidates;      // sockets still to try before starting a helper
    QString connectedSocketPath; // where the current connection goes
    HelperConnection *connection = nullptr;
    QProcess *helper = nullptr;
    QByteArray helperStdout;
    QByteArray helperStderr;
    QTimer deadline; // for the helper to get ready, then for its hello
    qint64 lastId = 0;
    qint64 helloId = 0;
    bool wholeResults = false;
    QList<QPair<qint64, QJsonObject>> pending; // waiting for the connection
    QHash<qint64, QPointer<LocalSandboxJob>> jobs;
    QSet<qint64> runtimeRequests;
};

QString LocalSandboxBackend::Private::startSocketPath() const
{
    if (!explicitSocketPath.isEmpty())
        return explicitSocketPath;
    const QString fromEnvironment = qEnvironmentVariable("RUNPAD_SANDBOX_SOCKET");
    return fromEnvironment.isEmpty() ? privateSocketPath() : fromEnvironment;
}

void LocalSandboxBackend::Private::send(qint64 id, const QJsonObject &message)
{
    if (state == State::Ready) {
        connection->send(id, message);
        return;
    }
    pending.append({id, message});
    ensureConnecting();
}

void LocalSandboxBackend::Private::ensureConnecting()
{
    if (state != State::Idle)
        return;
    state = State::Connecting;
    candidates.clear();
    // A system helper (the systemd socket) is preferred unless a socket was chosen explicitly.
    if (explicitSocketPath.isEmpty() && qEnvironmentVariableIsEmpty("RUNPAD_SANDBOX_SOCKET")) {
        for (const QString &path : std::as_const(systemSocketPaths)) {
            if (QFileInfo::exists(path))
                candidates.append(path);
        }
    }
    candidates.append(startSocketPath());
    connectToNextCandidate();
}

void LocalSandboxBackend::Private::connectToNextCandidate()
{
    if (candidates.isEmpty())
        startHelper();
    else
        connectTo(candidates.takeFirst());
}

// A system helper that refuses us, does not answer or is not compatible is passed over for the
// next socket, and finally for a helper of our own. False if there is nothing left to try.
bool LocalSandboxBackend::Private::tryNextCandidate()
{
    if (candidates.isEmpty() || state != State::Handshaking)
        return false;
    qWarning("runpad-sandbox: %s does not serve us; trying %s", qPrintable(connectedSocketPath),
             qPrintable(candidates.first()));
    deadline.stop();
    dropConnection();
    state = State::Connecting;
    connectToNextCandidate();
    return true;
}

void LocalSandboxBackend::Private::connectTo(const QString &path)
{
    connectedSocketPath = path;
    connection = new HelperConnection(q);
    QObject::connect(connection, &HelperConnection::connected, q, [this] {
        state = State::Handshaking;
        helloId = ++lastId;
        connection->send(helloId, {{QStringLiteral("type"), QStringLiteral("hello")}});
        deadline.start(HandshakeTimeoutMs);
    });
    QObject::connect(connection, &HelperConnection::messageReceived, q,
                     [this](qint64 id, const QJsonObject &message) { onMessage(id, message); });
    QObject::connect(connection, &HelperConnection::connectionMessage, q,
                     [](const QJsonObject &message) {
                         qWarning("runpad-sandbox: %s",
                                  qPrintable(message.value(QStringLiteral("message")).toString()));
                     });
    QObject::connect(connection, &HelperConnection::closed, q,
                     [this](const QString &reason) { onConnectionClosed(reason); });
    connection->connectToHelper(path);
}

void LocalSandboxBackend::Private::startHelper()
{
    const QString socketPath = startSocketPath();
    const QString dirPath = QFileInfo(socketPath).absolutePath();
    if (!QDir().mkpath(dirPath)) {
        giveUp(LocalSandboxBackend::tr("Cannot create the folder %1 for the sandbox helper.")
                   .arg(dirPath));
        return;
    }
    // The default folder must be ours alone: whoever can write there can pose as the helper. A
    // folder chosen explicitly is left as it is (it may well be /tmp).
    if (socketPath == privateSocketPath()) {
        const QFileInfo dir(dirPath);
        if (dir.isSymLink() || dir.ownerId() != ::getuid()) {
            giveUp(
                LocalSandboxBackend::tr(
                    "The folder %1 belongs to someone else, so the sandbox helper cannot use it.")
                    .arg(dirPath));
            return;
        }
        QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    state = State::StartingHelper;
    helperStdout.clear();
    helperStderr.clear();
    helper = new QProcess(q);
    helper->setProgram(helperProgram.isEmpty() ? defaultHelperProgram() : helperProgram);
    helper->setArguments({QStringLiteral("daemon"), QStringLiteral("--socket"), socketPath,
                          QStringLiteral("--exit-with-parent")});
    QObject::connect(helper, &QProcess::readyReadStandardOutput, q, [this] { onHelperOutput(); });
    QObject::connect(helper, &QProcess::readyReadStandardError, q, [this] {
        // Only its last words matter; a chatty helper must not grow without bound.
        helperStderr = (helperStderr + helper->readAllStandardError()).right(64 * 1024);
    });
    QObject::connect(
        helper, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), q,
        [this](int exitCode, QProcess::ExitStatus status) { onHelperFinished(exitCode, status); });
    QObject::connect(helper, &QProcess::errorOccurred, q, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString program = helper->program();
        giveUp(QFileInfo::exists(program)
                   ? LocalSandboxBackend::tr("The sandbox helper %1 could not be started: %2.")
                         .arg(program, helper->errorString())
                   : LocalSandboxBackend::tr("The sandbox helper is not installed: %1 does not "
                                             "exist.")
                         .arg(program));
    });
    deadline.start(HelperStartTimeoutMs);
    helper->start(QIODevice::ReadOnly);
}

void LocalSandboxBackend::Private::onHelperOutput()
{
    helperStdout.append(helper->readAllStandardOutput());
    if (state != State::StartingHelper)
        return;
    const qsizetype newline = helperStdout.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = helperStdout.left(newline).trimmed();
    if (!line.startsWith("READY ")) {
        giveUp(LocalSandboxBackend::tr("The sandbox helper said something unexpected: %1")
                   .arg(QString::fromLocal8Bit(line)));
        return;
    }
    deadline.stop();
    state = State::Connecting;
    connectTo(QString::fromLocal8Bit(line.mid(6)));
}

void LocalSandboxBackend::Private::onHelperFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString said = lastLine(helperStderr);
    helper->deleteLater();
    helper = nullptr;
    if (state != State::StartingHelper) {
        connectionLost();
        return;
    }
    QString why;
    if (status == QProcess::CrashExit)
        why = LocalSandboxBackend::tr("The sandbox helper crashed while starting.");
    else if (exitCode == HelperCannotIsolateExitCode)
        why = LocalSandboxBackend::tr("The sandbox helper cannot build a sandbox on this computer: "
                                      "it needs root, or user namespaces for a rootless sandbox.");
    else
        why = LocalSandboxBackend::tr("The sandbox helper stopped while starting (exit code %1).")
                  .arg(exitCode);
    giveUp(said.isEmpty() ? why : why + QLatin1Char(' ') + said);
}

void LocalSandboxBackend::Private::onConnectionClosed(const QString &reason)
{
    const State was = state;
    dropConnection();
    if (was == State::Ready) {
        connectionLost();
        return;
    }
    // Nothing was sent yet. A helper that is still dying may accept a connection and then drop it,
    // so that counts as nobody listening.
    deadline.stop();
    if (!candidates.isEmpty() || !helper) {
        connectToNextCandidate();
        return;
    }
    // Our own helper said READY, yet its socket does not answer.
    giveUp(LocalSandboxBackend::tr("Cannot connect to the sandbox helper at %1: %2")
               .arg(connectedSocketPath, reason));
}

void LocalSandboxBackend::Private::onMessage(qint64 id, const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    if (id == helloId) {
        onHello(message);
    } else if (runtimeRequests.remove(id)) {
        if (type == QLatin1String("runtimes")) {
            RuntimeList runtimes;
            const QJsonArray array = message.value(QStringLiteral("runtimes")).toArray();
            for (const QJsonValue &runtime : array)
                runtimes.append(Runtime::fromJson(runtime.toObject()));
            emit q->runtimesReady(runtimes);
        } else {
            emit q->unavailable(message.value(QStringLiteral("message")).toString());
        }
    } else if (const QPointer<LocalSandboxJob> job = jobs.value(id)) {
        job->handleMessage(message);
    }
}

void LocalSandboxBackend::Private::onHello(const QJsonObject &message)
{
    deadline.stop();
    const int protocol = message.value(QStringLiteral("protocol")).toInt(1);
    if (message.value(QStringLiteral("type")).toString() != QLatin1String("hello") ||
        protocol != 1) {
        if (tryNextCandidate())
            return;
        giveUp(LocalSandboxBackend::tr("The program at %1 is not a compatible sandbox helper.")
                   .arg(connectedSocketPath));
        return;
    }
    state = State::Ready;
    const SandboxIsolation isolation(message);
    q->setStatus(isolation.summary(), isolation.details());
    const QList<QPair<qint64, QJsonObject>> toSend = std::exchange(pending, {});
    for (const auto &[id, queued] : toSend)
        connection->send(id, queued);
}

void LocalSandboxBackend::Private::connectionLost()
{
    dropConnection();
    dropHelper();
    state = State::Idle;
    failEverything(LocalSandboxBackend::tr("The sandbox helper stopped unexpectedly; it will be "
                                           "restarted for the next run."),
                   false);
}

void LocalSandboxBackend::Private::giveUp(const QString &message)
{
    deadline.stop();
    dropConnection();
    dropHelper();
    state = State::Idle;
    q->setStatus(LocalSandboxBackend::tr("Local sandbox unavailable"), QString());
    failEverything(message, true);
}

void LocalSandboxBackend::Private::failEverything(const QString &message, bool unavailable)
{
    // Everything is taken out first: a slot may start a new request, which must find a clean slate.
    pending.clear();
    const bool runtimesWanted = !std::exchange(runtimeRequests, {}).isEmpty();
    const auto lostJobs = std::exchange(jobs, {});
    for (const QPointer<LocalSandboxJob> &job : lostJobs) {
        if (job)
            job->fail(message);
    }
    // A lost helper is restarted on demand, so it makes the backend unavailable only for a
    // runtimes request that was waiting.
    if (unavailable || runtimesWanted)
        emit q->unavailable(message);
}

void LocalSandboxBackend::Private::dropConnection()
{
    if (connection) {
        connection->disconnect(q);
        connection->deleteLater();
        connection = nullptr;
    }
}

void LocalSandboxBackend::Private::dropHelper()
{
    if (!helper)
        return;
    // The helper cleans up its boxes on SIGTERM. Its QProcess deletes itself once the helper has
    // gone; if we exit first, --exit-with-parent ends the helper.
    helper->disconnect(q);
    helper->setParent(nullptr);
    QObject::connect(helper, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), helper,
                     &QObject::deleteLater);
    helper->terminate();
    helper = nullptr;
}

LocalSandboxBackend::LocalSandboxBackend(QObject *parent) : Backend(parent), d(new Private(this))
{
    d->deadline.setSingleShot(true);
    connect(&d->deadline, &QTimer::timeout, this, [this] {
        if (d->tryNextCandidate())
            return;
        d->giveUp(
            d->state == Private::State::StartingHelper
                ? tr("The sandbox helper did not get ready within %n seconds.", nullptr,
                     HelperStartTimeoutMs / 1000)
                : tr("The sandbox helper at %1 does not answer.").arg(d->connectedSocketPath));
    });
}

LocalSandboxBackend::~LocalSandboxBackend()
{
    d->deadline.stop();
    d->dropConnection();
    d->dropHelper();
    delete d;
}

void LocalSandboxBackend::setHelperProgram(const QString &path)
{
    d->helperProgram = path;
}

QString LocalSandboxBackend::unavailableReason() const
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    // A helper that already listens (the system's, or one named) is tried as it comes.
    if (!d->explicitSocketPath.isEmpty() || !qEnvironmentVariableIsEmpty("RUNPAD_SANDBOX_SOCKET"))
        return {};
    for (const QString &path : std::as_const(d->systemSocketPaths)) {
        if (QFileInfo::exists(path))
            return {};
    }
    const QString program = d->helperProgram.isEmpty() ? defaultHelperProgram() : d->helperProgram;
    if (QFileInfo(program).isExecutable())
        return {};
    return tr("runpad-sandbox is neither beside RunPad, nor in ../libexec, nor on PATH");
#else
    return tr("this system has no Linux namespaces and cgroups to build a sandbox from");
#endif
}

void LocalSandboxBackend::setSocketPath(const QString &path)
{
    d->explicitSocketPath = path;
}

QString LocalSandboxBackend::socketPath() const
{
    return d->state == Private::State::Ready ? d->connectedSocketPath : d->startSocketPath();
}

QStringList LocalSandboxBackend::defaultSystemSocketPaths()
{
    return {QStringLiteral("/run/runpad-sandbox.sock")};
}

void LocalSandboxBackend::setSystemSocketPaths(const QStringList &paths)
{
    d->systemSocketPaths = paths;
}

QStringList LocalSandboxBackend::systemSocketPaths() const
{
    return d->systemSocketPaths;
}

void LocalSandboxBackend::setWholeResults(bool whole)
{
    d->wholeResults = whole;
}

QString LocalSandboxBackend::displayName() const
{
    return tr("Local sandbox");
}

void LocalSandboxBackend::fetchRuntimes()
{
    const qint64 id = ++d->lastId;
    d->runtimeRequests.insert(id);
    d->send(id, {{QStringLiteral("type"), QStringLiteral("runtimes")}});
}

Job *LocalSandboxBackend::start(const QJsonObject &body, bool interactive)
{
    const qint64 id = ++d->lastId;
    auto *job =
        new LocalSandboxJob([this, id](const QJsonObject &message) { d->send(id, message); }, this);
    d->jobs.insert(id, job);
    // Connected first, so the job has left the table before the caller's slots may delete it.
    const auto forget = [this, id] { d->jobs.remove(id); };
    connect(job, &Job::finished, this, forget);
    connect(job, &Job::failed, this, forget);

    // The helper takes several stdins only in an execute request (PROTOCOL.md); an interactive
    // body with them goes as init all the same, for the helper to refuse it in its own words.
    const bool whole = !interactive && (d->wholeResults || body.contains(QStringLiteral("stdins")));
    QJsonObject message = body;
    message.insert(QStringLiteral("type"),
                   whole ? QStringLiteral("execute") : QStringLiteral("init"));
    d->send(id, message);
    if (!interactive && !whole)
        job->closeStdin();
    return job;
}
