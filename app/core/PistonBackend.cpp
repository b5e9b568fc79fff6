#include "PistonBackend.h"

#include "PistonConnectJob.h"
#include "PistonEndpoint.h"
#include "PistonExecuteJob.h"
#include "PistonHttpCall.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

class PistonBackend::Private {
public:
    std::shared_ptr<PistonEndpoint> endpoint;
    QPointer<PistonHttpCall> runtimesCall;
};

PistonBackend::PistonBackend(const RemoteServer &server, QObject *parent)
    : Backend(parent), d(new Private)
{
    d->endpoint = std::make_shared<PistonEndpoint>(server);
    connect(d->endpoint.get(), &PistonEndpoint::identified, this, &PistonBackend::updateStatus);
    setStatus(tr("Remote: %1").arg(d->endpoint->name()), d->endpoint->apiUrl({}).toDisplayString());
}

PistonBackend::~PistonBackend()
{
    delete d;
}

RemoteServer PistonBackend::server() const
{
    return d->endpoint->server();
}

void PistonBackend::setApiKey(const QString &key)
{
    d->endpoint->setApiKey(key);
}

void PistonBackend::setTimeouts(int connectMs, int marginMs)
{
    d->endpoint->setConnectTimeoutMs(connectMs);
    d->endpoint->setMarginMs(marginMs);
}

bool PistonBackend::isRunPadServer() const
{
    return d->endpoint->kind() == PistonEndpoint::Kind::RunPadServer;
}

std::optional<bool> PistonBackend::takesStdins() const
{
    if (d->endpoint->kind() == PistonEndpoint::Kind::Unknown)
        return std::nullopt;
    return isRunPadServer();
}

QString PistonBackend::displayName() const
{
    return d->endpoint->name();
}

void PistonBackend::updateStatus()
{
    const QString name = d->endpoint->name();
    const QString url = d->endpoint->apiUrl({}).toDisplayString();
    if (isRunPadServer())
        setStatus(tr("Remote: %1 (runpad-server)").arg(name),
                  tr("%1<br>%2: a RunPad server; interactive runs can close the program's input "
                     "(Ctrl+D) and send it signals.")
                      .arg(url.toHtmlEscaped(), d->endpoint->software().toHtmlEscaped()));
    else
        setStatus(tr("Remote: %1 (Piston)").arg(name),
                  tr("%1<br>A Piston server: interactive runs cannot close the program's input "
                     "(Ctrl+D) and signals do not reach the program; Stop hangs up.")
                      .arg(url.toHtmlEscaped()));
}

void PistonBackend::fetchRuntimes()
{
    if (const std::optional<RemoteFailure> failure = d->endpoint->urlFailure()) {
        QTimer::singleShot(0, this,
                           [this, message = failure->message] { emit unavailable(message); });
        return;
    }
    if (d->runtimesCall)
        return; // the answer to the request on its way serves this one too
    auto *call =
        new PistonHttpCall(d->endpoint, QStringLiteral("runtimes"), {},
                           d->endpoint->connectTimeoutMs() + d->endpoint->marginMs(), this);
    d->runtimesCall = call;
    // Cleared as soon as it has answered, not when it is deleted later: a request made while the
    // answer is handed out (by a slot that asks again) is a new one.
    connect(call, &PistonHttpCall::succeeded, this, [this, call](const QJsonDocument &document) {
        d->runtimesCall = nullptr;
        call->deleteLater();
        if (!document.isArray()) {
            emit unavailable(RemoteFailure::malformed(displayName(), call->url(),
                                                      tr("the runtimes are not a JSON array"))
                                 .message);
            return;
        }
        RuntimeList runtimes;
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            const Runtime runtime = Runtime::fromJson(value.toObject());
            if (runtime.language.isEmpty()) {
                emit unavailable(RemoteFailure::malformed(displayName(), call->url(),
                                                          tr("a runtime has no language"))
                                     .message);
                return;
            }
            runtimes.append(runtime);
        }
        emit runtimesReady(runtimes);
    });
    connect(call, &PistonHttpCall::failed, this, [this, call](const RemoteFailure &failure) {
        d->runtimesCall = nullptr;
        call->deleteLater();
        emit unavailable(failure.message);
    });
    call->start();
}

Job *PistonBackend::start(const QJsonObject &body, bool interactive)
{
    if (interactive)
        return new PistonConnectJob(d->endpoint, body, this);
    return new PistonExecuteJob(d->endpoint, body, this);
}
