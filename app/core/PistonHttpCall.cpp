#include "PistonHttpCall.h"

#include "PistonEndpoint.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

constexpr int MaxRedirects = 5;

} // namespace

PistonHttpCall::PistonHttpCall(std::shared_ptr<PistonEndpoint> endpoint,
                               const QString &endpointName, const QByteArray &body,
                               int answerTimeoutMs, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_body(body),
      m_url(m_endpoint->apiUrl(endpointName))
{
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(qMin(m_endpoint->connectTimeoutMs(), answerTimeoutMs));
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(answerTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(RemoteFailure::connectTimeout(m_endpoint->name(), m_url, m_connectTimer.interval()));
    });
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        fail(RemoteFailure::answerTimeout(m_endpoint->name(), m_answerTimer.interval()));
    });
}

PistonHttpCall::~PistonHttpCall()
{
    dropReply();
}

void PistonHttpCall::start()
{
    m_answerTimer.start();
    send();
}

void PistonHttpCall::abort()
{
    m_connectTimer.stop();
    m_answerTimer.stop();
    dropReply();
}

void PistonHttpCall::send()
{
    dropReply();
    m_sslErrors.clear();
    QNetworkRequest request = m_endpoint->request(m_url);
    if (m_body.isEmpty()) {
        m_reply = m_endpoint->network()->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        m_reply = m_endpoint->network()->post(request, m_body);
    }
    // Until the request is out, silence means the server cannot be reached; after, it means the
    // run takes its time, which the answer timer covers.
    m_connectTimer.start();
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    connect(m_reply, &QNetworkReply::requestSent, &m_connectTimer, &QTimer::stop);
#endif
    connect(m_reply, &QNetworkReply::uploadProgress, &m_connectTimer, [this](qint64 sent) {
        if (sent > 0)
            m_connectTimer.stop();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, &m_connectTimer, &QTimer::stop);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_reply, &QNetworkReply::finished, this, &PistonHttpCall::onFinished);
}

void PistonHttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_connectTimer.stop();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        fail(RemoteFailure::fromNetworkError(m_endpoint->name(), m_url, reply->error(),
                                             reply->errorString(), m_sslErrors));
        return;
    }
    m_endpoint->learnFrom(reply->rawHeader("Server"));
    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    const QString name = m_endpoint->name();

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool post = !m_body.isEmpty();
        if (post && status != 307 && status != 308) {
            fail({tr("%1 redirected the request to %2 (HTTP %3), which would turn the run into a "
                     "GET request. Change the server's URL to where it redirects.")
                      .arg(name, target.toDisplayString())
                      .arg(status),
                  Job::Failure::Rejected});
            return;
        }
        if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
            fail({tr("%1 redirected the request from HTTPS to the insecure %2; RunPad does not "
                     "follow it.")
                      .arg(name, target.toDisplayString()),
                  Job::Failure::Rejected});
            return;
        }
        if (++m_redirects > MaxRedirects) {
            fail({tr("%1 redirected the request more than %2 times; the last target was %3.")
                      .arg(name)
                      .arg(MaxRedirects)
                      .arg(target.toDisplayString()),
                  Job::Failure::Rejected});
            return;
        }
        m_url = target;
        m_redirected = true;
        send();
        return;
    }
    if (status < 200 || status >= 300) {
        fail(RemoteFailure::fromHttpStatus(name, m_url, status, body,
                                           reply->rawHeader("Retry-After"),
                                           m_endpoint->sendsKeyTo(m_url)));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(RemoteFailure::malformed(
            name, m_url,
            body.trimmed().isEmpty()
                ? tr("the answer is empty")
                : tr("%1 at byte %2").arg(error.errorString()).arg(error.offset)));
        return;
    }
    abort();
    emit succeeded(document);
}

void PistonHttpCall::fail(RemoteFailure failure)
{
    abort();
    if (m_redirected)
        failure.redirectedTo(m_url);
    emit failed(failure);
}

void PistonHttpCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->disconnect(&m_connectTimer);
    reply->abort();
    reply->deleteLater();
}
