#pragma once

#include "RemoteFailure.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <memory>

class PistonEndpoint;
class QNetworkReply;

// One HTTP request to a Piston server (GET, or POST of a JSON body). It follows redirects
// (POST only on 307/308, which keep the method), gives up after a connect and an answer
// timeout, learns from the Server header whether the server is runpad-server, and ends with
// exactly one of succeeded() or failed(), unless abort() came first.
class PistonHttpCall : public QObject {
    Q_OBJECT
public:
    // An empty body means GET. answerTimeoutMs counts from the start.
    PistonHttpCall(std::shared_ptr<PistonEndpoint> endpoint, const QString &endpointName,
                   const QByteArray &body, int answerTimeoutMs, QObject *parent = nullptr);
    ~PistonHttpCall() override;

    void start();
    // Stops the request at once; no signal follows.
    void abort();
    QUrl url() const { return m_url; }

signals:
    void succeeded(const QJsonDocument &document);
    void failed(const RemoteFailure &failure);

private:
    void send();
    void onFinished();
    void fail(RemoteFailure failure);
    void dropReply();

    std::shared_ptr<PistonEndpoint> m_endpoint;
    QByteArray m_body;
    QUrl m_url;
    bool m_redirected = false;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    QTimer m_connectTimer;
    QTimer m_answerTimer;
};
