#include "ConnectSession.h"

#include "JobQueue.h"
#include "LocalSandboxBackend.h"

#include <QJsonDocument>

namespace {

// The signals the helper delivers (Linux's names), and Piston's aliases of some of them.
// Piston also accepts SIGEMT, SIGINFO and SIGLOST, which Linux does not have.
QString canonicalSignal(const QString &name)
{
    static const QStringList known = {
        QStringLiteral("SIGHUP"),    QStringLiteral("SIGINT"),    QStringLiteral("SIGQUIT"),
        QStringLiteral("SIGILL"),    QStringLiteral("SIGTRAP"),   QStringLiteral("SIGABRT"),
        QStringLiteral("SIGBUS"),    QStringLiteral("SIGFPE"),    QStringLiteral("SIGKILL"),
        QStringLiteral("SIGUSR1"),   QStringLiteral("SIGSEGV"),   QStringLiteral("SIGUSR2"),
        QStringLiteral("SIGPIPE"),   QStringLiteral("SIGALRM"),   QStringLiteral("SIGTERM"),
        QStringLiteral("SIGSTKFLT"), QStringLiteral("SIGCHLD"),   QStringLiteral("SIGCONT"),
        QStringLiteral("SIGSTOP"),   QStringLiteral("SIGTSTP"),   QStringLiteral("SIGTTIN"),
        QStringLiteral("SIGTTOU"),   QStringLiteral("SIGURG"),    QStringLiteral("SIGXCPU"),
        QStringLiteral("SIGXFSZ"),   QStringLiteral("SIGVTALRM"), QStringLiteral("SIGPROF"),
        QStringLiteral("SIGWINCH"),  QStringLiteral("SIGIO"),     QStringLiteral("SIGPWR"),
        QStringLiteral("SIGSYS"),
    };
    if (known.contains(name))
        return name;
    if (name == QLatin1String("SIGCLD"))
        return QStringLiteral("SIGCHLD");
    if (name == QLatin1String("SIGIOT"))
        return QStringLiteral("SIGABRT");
    if (name == QLatin1String("SIGPOLL"))
        return QStringLiteral("SIGIO");
    if (name == QLatin1String("SIGUNUSED"))
        return QStringLiteral("SIGSYS");
    return {};
}

QJsonObject exitMessage(const QString &stage, const StageResult &result)
{
    QJsonObject message = result.toJson();
    message.remove(QStringLiteral("stdout"));
    message.remove(QStringLiteral("stderr"));
    message.remove(QStringLiteral("output"));
    message.insert(QStringLiteral("type"), QStringLiteral("exit"));
    message.insert(QStringLiteral("stage"), stage);
    return message;
}

} // namespace

ConnectSession::ConnectSession(std::unique_ptr<QWebSocket> socket, LocalSandboxBackend *backend,
                               JobQueue *queue, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_backend(backend), m_queue(queue)
{
    m_clock.start();
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ConnectSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this] { notifyError(tr("messages must be JSON text, not binary")); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &ConnectSession::onDisconnected);
    m_initTimer.setSingleShot(true);
    connect(&m_initTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::AwaitingInit)
            close(InitializationTimeout, QStringLiteral("Initialization Timeout"));
    });
    m_initTimer.start(InitTimeoutMs);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, m_socket.get(), &QWebSocket::abort);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QTimer::singleShot(0, this, &ConnectSession::onDisconnected);
}

ConnectSession::~ConnectSession()
{
    if (m_job)
        m_job->deleteLater();
}

void ConnectSession::onText(const QString &text)
{
    if (m_state == State::Over)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject()) {
        notifyError(document.isNull() ? tr("malformed JSON: %1").arg(error.errorString())
                                      : tr("a message must be a JSON object"));
        return;
    }
    const QJsonObject message = document.object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("init")) {
        if (m_state != State::AwaitingInit)
            close(AlreadyInitialized, QStringLiteral("Already Initialized"));
        else
            init(message);
        return;
    }
    if (type != QLatin1String("data") && type != QLatin1String("signal") &&
        type != QLatin1String("eof")) {
        notifyError(message.value(QStringLiteral("type")).isString()
                        ? tr("unknown message type '%1'").arg(type)
                        : tr("type is required as a string"));
        return;
    }
    if (m_state == State::AwaitingInit) {
        close(NotYetInitialized, QStringLiteral("Not yet initialized"));
        return;
    }
    if (type == QLatin1String("data")) {
        if (message.value(QStringLiteral("stream")).toString() != QLatin1String("stdin")) {
            close(CanOnlyWriteToStdin, QStringLiteral("Can only write to stdin"));
            return;
        }
        if (!message.value(QStringLiteral("data")).isString()) {
            notifyError(tr("data is required as a string"));
            return;
        }
    } else if (type == QLatin1String("signal")) {
        const QString signal = canonicalSignal(message.value(QStringLiteral("signal")).toString());
        if (signal.isEmpty()) {
            close(InvalidSignal, QStringLiteral("Invalid signal"));
            return;
        }
        toJob({{QStringLiteral("type"), type}, {QStringLiteral("signal"), signal}});
        return;
    }
    toJob(message);
}

void ConnectSession::init(QJsonObject message)
{
    m_initTimer.stop();
    message.remove(QStringLiteral("type"));
    // Piston ignores stdin in init: the program's input comes as data messages.
    message.remove(QStringLiteral("stdin"));
    m_state = State::Waiting;
    m_ticket = m_queue->enqueue([this, message] {
        m_state = State::Running;
        m_job = m_backend->start(message, true);
        run();
    });
    if (m_ticket == 0)
        notifyError(m_queue->busyMessage(), ServerBusy);
}

void ConnectSession::run()
{
    connect(m_job, &Job::accepted, this, [this](const QString &language, const QString &version) {
        send({{QStringLiteral("type"), QStringLiteral("runtime")},
              {QStringLiteral("language"), language},
              {QStringLiteral("version"), version}});
    });
    connect(m_job, &Job::stageStarted, this, [this](const QString &stage) {
        send({{QStringLiteral("type"), QStringLiteral("stage")}, {QStringLiteral("stage"), stage}});
    });
    connect(m_job, &Job::output, this, [this](const QString &stream, const QString &text) {
        send({{QStringLiteral("type"), QStringLiteral("data")},
              {QStringLiteral("stream"), stream},
              {QStringLiteral("data"), text}});
    });
    connect(m_job, &Job::stageFinished, this,
            [this](const QString &stage, const StageResult &result) {
                send(exitMessage(stage, result));
            });
    connect(m_job, &Job::finished, this, [this] {
        m_jobOver = true;
        close(JobCompleted, QStringLiteral("Job Completed"));
        jobEnded();
    });
    connect(m_job, &Job::failed, this, [this](const QString &message) {
        m_jobOver = true;
        const Job::Failure failure = m_job->failure();
        notifyError(message, failure == Job::Failure::Unavailable || failure == Job::Failure::Busy
                                 ? ServerBusy
                                 : NotifiedError);
        jobEnded();
    });
    const QList<QJsonObject> early = std::exchange(m_early, {});
    for (const QJsonObject &message : early)
        toJob(message);
}

void ConnectSession::toJob(const QJsonObject &message)
{
    if (!m_job) {
        m_earlyBytes += message.value(QStringLiteral("data")).toString().size();
        if (m_earlyBytes > MaxEarlyStdinBytes) {
            notifyError(tr("stdin is full: %1 MiB wait for the program, which has not started yet")
                            .arg(MaxEarlyStdinBytes >> 20));
            return;
        }
        m_early.append(message);
        return;
    }
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("data"))
        m_job->writeStdin(message.value(QStringLiteral("data")).toString().toUtf8());
    else if (type == QLatin1String("eof"))
        m_job->closeStdin();
    else
        m_job->sendSignal(message.value(QStringLiteral("signal")).toString());
}

void ConnectSession::send(const QJsonObject &message)
{
    if (m_state != State::Over)
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void ConnectSession::notifyError(const QString &message, int code)
{
    // A close reason may hold only 123 bytes: the message goes first, as its own message.
    send({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("message"), message}});
    close(code,
          code == ServerBusy ? QStringLiteral("Server Busy") : QStringLiteral("Notified Error"));
}

void ConnectSession::close(int code, const QString &reason)
{
    if (m_state == State::Over)
        return;
    m_closeCode = code;
    m_initTimer.stop();
    if (m_state == State::Waiting) {
        m_queue->release(m_ticket);
    } else if (m_state == State::Running && m_job && !m_jobOver) {
        // A session closed early (an error, a second init) takes its program with it.
        m_job->stop();
    }
    m_state = State::Over;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    m_closeTimer.start(CloseTimeoutMs);
    deleteWhenDone();
}

void ConnectSession::jobEnded()
{
    m_queue->release(m_ticket);
    m_ticket = 0;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    deleteWhenDone();
}

void ConnectSession::onDisconnected()
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    if (m_state != State::Over) {
        // The client went away: its program goes too.
        m_closeCode = m_socket->closeCode();
        if (m_state == State::Waiting)
            m_queue->release(m_ticket);
        else if (m_job && !m_jobOver)
            m_job->stop();
        m_state = State::Over;
    }
    deleteWhenDone();
}

void ConnectSession::deleteWhenDone()
{
    if (!m_disconnected || m_job)
        return;
    if (!m_ended) {
        m_ended = true;
        emit ended(m_closeCode, m_clock.elapsed());
    }
    deleteLater();
}
