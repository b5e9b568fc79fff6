#include "PistonConnectJob.h"

#include "PistonEndpoint.h"
#include "PistonHttpCall.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>
#include <QtDebug>

namespace {

constexpr int JobCompleted = 4999; // Piston's close code for a run that is over
constexpr int ServerBusy = 4006;   // RunPad's: the server cannot take the run now
constexpr int StopGraceMs = 2000;  // for the server to report a killed run before we hang up
constexpr int ErrorCloseMs = 1000; // for the close that follows an error message

QJsonObject message(const QString &type)
{
    return {{QStringLiteral("type"), type}};
}

// Piston's close codes (api/src/api/v2.js) and RunPad's, as a person would say them.
RemoteFailure closeFailure(const QString &server, int code, const QString &reason,
                           const QString &signal)
{
    QString what;
    Job::Failure kind = Job::Failure::Rejected;
    switch (code) {
    case 4000:
        what = PistonConnectJob::tr("the run was already initialized");
        kind = Job::Failure::Internal;
        break;
    case 4001:
        what = PistonConnectJob::tr("the run request did not arrive in time");
        kind = Job::Failure::Unavailable;
        break;
    case 4002:
        what = reason.isEmpty() ? PistonConnectJob::tr("an error was reported") : reason;
        break;
    case 4003:
        what = PistonConnectJob::tr("input arrived before the run was initialized");
        kind = Job::Failure::Internal;
        break;
    case 4004:
        what = PistonConnectJob::tr("a program's input is the only stream that can be written");
        kind = Job::Failure::Internal;
        break;
    case 4005:
        what = PistonConnectJob::tr("it does not know the signal %1").arg(signal);
        break;
    case ServerBusy:
        what = PistonConnectJob::tr("it is busy; try again later");
        kind = Job::Failure::Unavailable;
        break;
    default:
        return {PistonConnectJob::tr("The connection to %1 was lost while the program ran (close "
                                     "code %2%3).")
                    .arg(server)
                    .arg(code)
                    .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason),
                Job::Failure::Unavailable};
    }
    return {PistonConnectJob::tr("%1 ended the session: %2 (close code %3).")
                .arg(server, what)
                .arg(code),
            kind};
}

} // namespace

PistonConnectJob::PistonConnectJob(std::shared_ptr<PistonEndpoint> endpoint,
                                   const QJsonObject &body, QObject *parent)
    : Job(parent), m_endpoint(std::move(endpoint)), m_body(body)
{
    m_assembler.forwardTo(this);
    for (QTimer *timer : {&m_connectTimer, &m_answerTimer, &m_stopTimer, &m_errorTimer})
        timer->setSingleShot(true);
    connect(&m_errorTimer, &QTimer::timeout, this, [this] { failWithServerError(0); });
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(RemoteFailure::connectTimeout(m_endpoint->name(), m_endpoint->connectUrl(),
                                           m_connectTimer.interval()));
    });
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        fail(RemoteFailure::answerTimeout(m_endpoint->name(), m_answerTimer.interval()));
    });
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        fail({tr("Stopped: %1 did not confirm the end of the run within %n second(s), so RunPad "
                 "hung up.",
                 nullptr, StopGraceMs / 1000)
                  .arg(m_endpoint->name()),
              Failure::Unavailable});
    });
    // Piston ignores stdin in init; it is sent as input once the run starts, like typed input.
    const QString stdinText = m_body.take(QStringLiteral("stdin")).toString();
    m_body.insert(QStringLiteral("type"), QStringLiteral("init"));
    if (!stdinText.isEmpty())
        writeStdin(stdinText.toUtf8());
    // From the event loop, so even an immediate failure reaches slots connected after start().
    QTimer::singleShot(0, this, &PistonConnectJob::begin);
}

PistonConnectJob::~PistonConnectJob()
{
    closeSocket();
}

void PistonConnectJob::begin()
{
    if (m_over)
        return;
    if (const std::optional<RemoteFailure> failure = m_endpoint->urlFailure()) {
        fail(*failure);
        return;
    }
    if (m_endpoint->kind() != PistonEndpoint::Kind::Unknown) {
        openSocket();
        return;
    }
    // A WebSocket handshake tells little when it fails and hides the Server header, so a server
    // met for the first time is asked for its runtimes: that answers both.
    m_probe = new PistonHttpCall(m_endpoint, QStringLiteral("runtimes"), {},
                                 2 * m_endpoint->connectTimeoutMs(), this);
    connect(m_probe, &PistonHttpCall::succeeded, this, &PistonConnectJob::openSocket);
    connect(m_probe, &PistonHttpCall::failed, this, &PistonConnectJob::fail);
    m_probe->start();
}

void PistonConnectJob::openSocket()
{
    if (m_over)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &PistonConnectJob::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &PistonConnectJob::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &PistonConnectJob::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &PistonConnectJob::onSocketError);
    connect(m_socket, &QWebSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    m_connectTimer.start(m_endpoint->connectTimeoutMs());
    const QUrl url = m_endpoint->connectUrl();
    // The key goes along exactly as with HTTP: only to the server's own host.
    m_socket->open(m_endpoint->request(url));
}

void PistonConnectJob::onConnected()
{
    m_connectTimer.stop();
    m_open = true;
    m_answerTimer.start(m_endpoint->runTimeoutMs(m_body));
    m_socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(m_endpoint->bodyFor(m_body)).toJson(QJsonDocument::Compact)));
}

void PistonConnectJob::onMessage(const QString &text)
{
    if (m_over)
        return;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject()) {
        fail(RemoteFailure::malformed(m_endpoint->name(), m_endpoint->connectUrl(),
                                      error.error != QJsonParseError::NoError
                                          ? tr("%1 in a message").arg(error.errorString())
                                          : tr("a message is not a JSON object")));
        return;
    }
    const QJsonObject object = document.object();
    if (m_assembler.take(object)) {
        if (!m_runStarted && m_assembler.currentStage() == QLatin1String("run")) {
            m_runStarted = true;
            for (const QJsonObject &queued : std::exchange(m_queued, {}))
                deliver(queued);
        }
        return;
    }
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("error")) {
        // The close code that follows tells what kind of failure it is (4002, RunPad's 4006).
        m_serverError = object.value(QStringLiteral("message")).toString(tr("it gave no reason"));
        m_errorTimer.start(ErrorCloseMs);
    } else if (type == QLatin1String("done")) {
        finish();
    } else {
        qWarning("PistonConnectJob: ignoring a '%s' message", qPrintable(type));
    }
}

void PistonConnectJob::onSocketError()
{
    if (m_over || m_open)
        return; // a connection that was open ends in onDisconnected(), with its close code
    const QString name = m_endpoint->name();
    const QUrl url = m_endpoint->connectUrl();
    // A refused handshake only shows as text: "...Unhandled http status code: 401 (...)".
    static const QRegularExpression statusPattern(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch status = statusPattern.match(m_socket->errorString());
    if (status.hasMatch()) {
        fail(RemoteFailure::fromHttpStatus(name, url, status.captured(1).toInt(), {}, {},
                                           m_endpoint->sendsKeyTo(url)));
        return;
    }
    fail(RemoteFailure::fromSocketError(name, url, m_socket->error(), m_socket->errorString(),
                                        m_sslErrors));
}

void PistonConnectJob::onDisconnected()
{
    if (m_over)
        return;
    if (!m_open) {
        onSocketError();
        if (!m_over)
            fail(RemoteFailure::fromSocketError(m_endpoint->name(), m_endpoint->connectUrl(),
                                                QAbstractSocket::RemoteHostClosedError, {}, {}));
        return;
    }
    const int code = m_socket->closeCode();
    if (!m_serverError.isNull()) {
        failWithServerError(code);
        return;
    }
    if (code == JobCompleted) {
        finish();
        return;
    }
    if (m_stopping) {
        fail({tr("Stopped: the run on %1 was ended.").arg(m_endpoint->name()),
              Failure::Unavailable});
        return;
    }
    fail(closeFailure(m_endpoint->name(), code, m_socket->closeReason(), m_lastSignal));
}

void PistonConnectJob::failWithServerError(int closeCode)
{
    const Failure kind =
        closeCode == ServerBusy ? Failure::Unavailable : ResultAssembler::failureOf(m_serverError);
    const QString name = m_endpoint->name();
    switch (kind) {
    case Failure::Rejected:
        fail({tr("%1 rejected the request: %2").arg(name, m_serverError), kind});
        break;
    case Failure::Unavailable:
    case Failure::Busy:
        fail({tr("%1 cannot run it now: %2").arg(name, m_serverError), kind});
        break;
    case Failure::Internal:
        fail({tr("%1 failed while running it: %2").arg(name, m_serverError), kind});
        break;
    }
}

void PistonConnectJob::writeStdin(const QByteArray &data)
{
    sendOrQueue({{QStringLiteral("type"), QStringLiteral("data")},
                 {QStringLiteral("stream"), QStringLiteral("stdin")},
                 {QStringLiteral("data"), QString::fromUtf8(data)}});
}

void PistonConnectJob::closeStdin()
{
    sendOrQueue(message(QStringLiteral("eof")));
}

void PistonConnectJob::sendSignal(const QString &signal)
{
    if (m_over)
        return;
    const bool kill = signal == QLatin1String("SIGKILL");
    if (!m_open) {
        if (kill)
            fail({tr("Stopped before %1 started the run.").arg(m_endpoint->name()),
                  Failure::Unavailable});
        return;
    }
    if (m_endpoint->kind() == PistonEndpoint::Kind::RunPadServer) {
        m_lastSignal = signal;
        QJsonObject request = message(QStringLiteral("signal"));
        request.insert(QStringLiteral("signal"), signal);
        deliver(request);
        if (kill) {
            m_stopping = true;
            m_stopTimer.start(StopGraceMs);
        }
        return;
    }
    // Piston accepts signal messages but never hands them to the program; hanging up is the
    // only way to stop it.
    if (kill) {
        m_stopping = true;
        fail(
            {tr("Stopped: RunPad hung up on %1, which ends the run there.").arg(m_endpoint->name()),
             Failure::Unavailable});
        return;
    }
    if (!std::exchange(m_toldAboutSignals, true))
        note(tr("RunPad: %1 runs Piston, which does not pass signals such as %2 on to the "
                "program; Stop ends the run.\n")
                 .arg(m_endpoint->name(), signal));
}

void PistonConnectJob::sendOrQueue(const QJsonObject &message)
{
    if (m_over)
        return;
    if (m_open && m_runStarted)
        deliver(message);
    else
        m_queued.append(message);
}

void PistonConnectJob::deliver(const QJsonObject &message)
{
    if (m_over || !m_socket)
        return;
    if (message.value(QStringLiteral("type")).toString() == QLatin1String("eof") &&
        m_endpoint->kind() != PistonEndpoint::Kind::RunPadServer) {
        if (!std::exchange(m_toldAboutEof, true))
            note(tr("RunPad: %1 runs Piston, which has no way to close a program's input (end "
                    "of input, Ctrl+D); the program reads on until it ends or is stopped.\n")
                     .arg(m_endpoint->name()));
        return;
    }
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void PistonConnectJob::note(const QString &text)
{
    emit output(QStringLiteral("stderr"), text);
}

void PistonConnectJob::finish()
{
    if (m_over)
        return;
    m_over = true;
    closeSocket();
    emit finished(m_assembler.result());
}

void PistonConnectJob::fail(const RemoteFailure &failure)
{
    if (m_over)
        return;
    m_over = true;
    closeSocket();
    setFailure(failure.kind);
    emit failed(failure.message);
}

void PistonConnectJob::closeSocket()
{
    m_connectTimer.stop();
    m_answerTimer.stop();
    m_stopTimer.stop();
    m_errorTimer.stop();
    if (m_probe)
        m_probe->abort();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close();
    else
        m_socket->abort();
}
