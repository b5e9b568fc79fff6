#pragma once

#include "Job.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

// Why a request to a remote server failed: a sentence a person understands, naming the server,
// and the kind of failure a job reports with it.
struct RemoteFailure {
    Q_DECLARE_TR_FUNCTIONS(RemoteFailure)

public:
    QString message;
    Job::Failure kind = Job::Failure::Unavailable;

    // No HTTP answer: the connection failed (refused, DNS, TLS, closed, ...).
    static RemoteFailure fromNetworkError(const QString &server, const QUrl &url,
                                          QNetworkReply::NetworkError error,
                                          const QString &errorString,
                                          const QList<QSslError> &sslErrors);
    static RemoteFailure fromSocketError(const QString &server, const QUrl &url,
                                         QAbstractSocket::SocketError error,
                                         const QString &errorString,
                                         const QList<QSslError> &sslErrors);
    // An HTTP answer that is not a success. body may carry Piston's {"message": ...};
    // retryAfter is the Retry-After header; keySent says whether an API key went with it.
    static RemoteFailure fromHttpStatus(const QString &server, const QUrl &url, int status,
                                        const QByteArray &body, const QByteArray &retryAfter,
                                        bool keySent);
    // An answer that is not the JSON a Piston server sends.
    static RemoteFailure malformed(const QString &server, const QUrl &url, const QString &detail);
    // The server's URL cannot be used (RemoteServer::isValid() is false).
    static RemoteFailure invalidUrl(const QString &server, const QUrl &url);
    static RemoteFailure connectTimeout(const QString &server, const QUrl &url, int ms);
    static RemoteFailure answerTimeout(const QString &server, int ms);

    // Adds where a redirect led, so a failure after one says where it ended.
    RemoteFailure &redirectedTo(const QUrl &url);

private:
    static RemoteFailure tlsFailure(const QString &server, const QString &errorString,
                                    const QList<QSslError> &sslErrors);
};

Q_DECLARE_METATYPE(RemoteFailure)
