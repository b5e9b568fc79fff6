#include "RemoteFailure.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace {

// "host:port", the port always given, so "connection refused" says where exactly.
QString address(const QUrl &url)
{
    const int port = url.port(
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

// Piston and runpad-server explain a refusal in {"message": "..."}; anything else is shown as it
// is when it is short text, since a proxy's HTML page would only be noise.
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QString message = document.object().value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            return message;
    }
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty() || text.size() > 200 || text.startsWith(QLatin1Char('<')))
        return {};
    return text;
}

QString withMessage(const QString &sentence, const QString &message)
{
    return message.isEmpty() ? sentence + QLatin1Char('.')
                             : QStringLiteral("%1: %2").arg(sentence, message);
}

// Retry-After is either seconds or an HTTP date (RFC 9110).
QString whenToRetry(const QByteArray &retryAfter)
{
    bool isNumber = false;
    const qint64 seconds = retryAfter.trimmed().toLongLong(&isNumber);
    if (isNumber && seconds >= 0)
        return RemoteFailure::tr("try again in %n second(s)", nullptr, int(seconds));
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(retryAfter.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (date.isValid()) {
        date.setTimeSpec(Qt::UTC);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(date);
        if (wait <= 0)
            return RemoteFailure::tr("try again now");
        return RemoteFailure::tr("try again in %n second(s) (at %1)", nullptr, int(wait))
            .arg(QLocale().toString(date.toLocalTime().time(), QLocale::ShortFormat));
    }
    return RemoteFailure::tr("try again later");
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace

RemoteFailure RemoteFailure::tlsFailure(const QString &server, const QString &errorString,
                                        const QList<QSslError> &sslErrors)
{
    QStringList problems;
    for (const QSslError &error : sslErrors)
        if (!problems.contains(error.errorString()))
            problems.append(error.errorString());
    const QString why = problems.isEmpty() ? errorString : problems.join(QStringLiteral("; "));
    return {tr("The secure connection to %1 failed: %2. RunPad does not send code or keys to a "
               "server whose certificate it cannot verify.")
                .arg(server, why),
            Job::Failure::Unavailable};
}

RemoteFailure RemoteFailure::fromNetworkError(const QString &server, const QUrl &url,
                                              QNetworkReply::NetworkError error,
                                              const QString &errorString,
                                              const QList<QSslError> &sslErrors)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return fromSocketError(server, url, QAbstractSocket::ConnectionRefusedError, errorString,
                               sslErrors);
    case QNetworkReply::HostNotFoundError:
        return fromSocketError(server, url, QAbstractSocket::HostNotFoundError, errorString,
                               sslErrors);
    case QNetworkReply::RemoteHostClosedError:
        return fromSocketError(server, url, QAbstractSocket::RemoteHostClosedError, errorString,
                               sslErrors);
    case QNetworkReply::SslHandshakeFailedError:
        return tlsFailure(server, errorString, sslErrors);
    default:
        if (!sslErrors.isEmpty())
            return tlsFailure(server, errorString, sslErrors);
        return {tr("The request to %1 failed: %2.").arg(server, errorString),
                Job::Failure::Unavailable};
    }
}

RemoteFailure RemoteFailure::fromSocketError(const QString &server, const QUrl &url,
                                             QAbstractSocket::SocketError error,
                                             const QString &errorString,
                                             const QList<QSslError> &sslErrors)
{
    if (!sslErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError)
        return tlsFailure(server, errorString, sslErrors);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return {tr("Cannot reach %1: nothing accepts connections at %2 (connection refused). Is "
                   "the server running, and is the port right?")
                    .arg(server, address(url)),
                Job::Failure::Unavailable};
    case QAbstractSocket::HostNotFoundError:
        return {tr("Cannot reach %1: the host name %2 was not found (DNS). Check the server's URL "
                   "and the network connection.")
                    .arg(server, url.host()),
                Job::Failure::Unavailable};
    case QAbstractSocket::RemoteHostClosedError:
        return {tr("%1 closed the connection before it answered (%2).").arg(server, address(url)),
                Job::Failure::Unavailable};
    default:
        return {tr("The connection to %1 (%2) failed: %3.").arg(server, address(url), errorString),
                Job::Failure::Unavailable};
    }
}

RemoteFailure RemoteFailure::fromHttpStatus(const QString &server, const QUrl &url, int status,
                                            const QByteArray &body, const QByteArray &retryAfter,
                                            bool keySent)
{
    const QString message = serverMessage(body);
    switch (status) {
    case 400:
        return {withMessage(tr("%1 rejected the request").arg(server), message),
                Job::Failure::Rejected};
    case 401:
        return {keySent ? tr("%1 did not accept the API key (HTTP 401 Unauthorized). Check the key "
                             "in the server's settings.")
                              .arg(server)
                        : tr("%1 needs an API key (HTTP 401 Unauthorized). Enter one in the "
                             "server's settings.")
                              .arg(server),
                Job::Failure::Rejected};
    case 403:
        return {keySent ? tr("%1 refused access with this API key (HTTP 403 Forbidden). Check the "
                             "key in the server's settings.")
                              .arg(server)
                        : tr("%1 refused access (HTTP 403 Forbidden); it probably needs an API "
                             "key. Enter one in the server's settings.")
                              .arg(server),
                Job::Failure::Rejected};
    case 404:
        return {tr("There is no Piston API at %1 (HTTP 404 Not Found from %2): the URL is "
                   "probably not a Piston server's. Check the server's URL.")
                    .arg(url.toDisplayString(), server),
                Job::Failure::Rejected};
    case 413:
        return {withMessage(tr("The request is too large for %1 (HTTP 413)").arg(server), message),
                Job::Failure::Rejected};
    case 415:
        return {tr("%1 did not accept the request as JSON (HTTP 415 Unsupported Media Type%2); "
                   "it is probably not a Piston server.")
                    .arg(server, message.isEmpty() ? QString() : QStringLiteral(": ") + message),
                Job::Failure::Rejected};
    case 429:
        return {tr("%1 has had too many requests (HTTP 429 Too Many Requests); %2.")
                    .arg(server, whenToRetry(retryAfter)),
                Job::Failure::Unavailable};
    case 500:
        return {withMessage(tr("%1 had an internal error (HTTP 500)").arg(server), message),
                Job::Failure::Internal};
    default:
        break;
    }
    if (status >= 500 && status < 600) {
        const QString phrase = reasonPhrase(status);
        QString text =
            withMessage(tr("%1 cannot run code right now (HTTP %2%3)")
                            .arg(server)
                            .arg(status)
                            .arg(phrase.isEmpty() ? QString() : QLatin1Char(' ') + phrase),
                        message);
        if (!retryAfter.isEmpty())
            text += QLatin1Char(' ') + tr("The server says: %1.").arg(whenToRetry(retryAfter));
        return {text, Job::Failure::Unavailable};
    }
    return {withMessage(
                tr("%1 answered %2 with HTTP %3").arg(server, url.toDisplayString()).arg(status),
                message),
            Job::Failure::Internal};
}

RemoteFailure RemoteFailure::malformed(const QString &server, const QUrl &url,
                                       const QString &detail)
{
    return {tr("%1 sent an answer that is not Piston's JSON (from %2): %3. Is it a Piston server?")
                .arg(server, url.toDisplayString(), detail),
            Job::Failure::Internal};
}

RemoteFailure RemoteFailure::invalidUrl(const QString &server, const QUrl &url)
{
    return {tr("The server %1 has no usable URL (\"%2\"): it needs http:// or https:// and a host "
               "name.")
                .arg(server, url.toDisplayString()),
            Job::Failure::Rejected};
}

RemoteFailure RemoteFailure::connectTimeout(const QString &server, const QUrl &url, int ms)
{
    return {
        tr("Cannot reach %1: no connection to %2 within %n second(s).", nullptr, (ms + 999) / 1000)
            .arg(server, address(url)),
        Job::Failure::Unavailable};
}

RemoteFailure RemoteFailure::answerTimeout(const QString &server, int ms)
{
    return {tr("%1 did not answer within %n second(s) (the run's time limits and a margin), so "
               "RunPad stopped waiting.",
               nullptr, (ms + 999) / 1000)
                .arg(server),
            Job::Failure::Unavailable};
}

RemoteFailure &RemoteFailure::redirectedTo(const QUrl &url)
{
    message +=
        QLatin1Char(' ') + tr("(The request was redirected to %1.)").arg(url.toDisplayString());
    return *this;
}
