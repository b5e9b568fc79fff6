#pragma once

#include "RemoteFailure.h"
#include "RemoteServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

// What a PistonBackend and its jobs share about one server: where it is, the API key, the
// network access, the timeouts, and whether it turned out to be runpad-server (which understands
// RunPad's additions to Piston, such as closing stdin). Jobs keep it alive after the backend.
class PistonEndpoint : public QObject {
    Q_OBJECT
public:
    enum class Kind { Unknown, Piston, RunPadServer };

    explicit PistonEndpoint(const RemoteServer &server);

    RemoteServer server() const { return m_server; }
    QString name() const;
    // What a request fails with when the server's URL cannot be used (RemoteServer::urlProblem);
    // nullopt when it can.
    std::optional<RemoteFailure> urlFailure() const;
    QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString &key) { m_apiKey = key; }

    // https://host/prefix + "/api/v2/" + endpoint. A base URL that already names the API
    // (Piston's public one is https://emkc.org/api/v2/piston) only gets the endpoint appended.
    QUrl apiUrl(const QString &endpoint) const;
    // The WebSocket URL of /api/v2/connect (ws or wss after the base URL's scheme).
    QUrl connectUrl() const;
    // A request to url with the Authorization header, when the url is on the server's own host
    // (a redirect elsewhere does not get the key).
    QNetworkRequest request(const QUrl &url) const;
    bool sendsKeyTo(const QUrl &url) const;

    QNetworkAccessManager *network() const { return m_network; }

    Kind kind() const { return m_kind; }
    QString software() const { return m_software; }
    // The Server header of an answer: "runpad-server/<version>" marks runpad-server.
    void learnFrom(const QByteArray &serverHeader);

    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    int marginMs() const { return m_marginMs; }
    void setMarginMs(int ms) { m_marginMs = ms; }
    // How long a run may take, from Piston's execute body: its compile and run timeouts (each
    // run's, with several stdins) plus the margin for queueing, transfer and building boxes.
    int runTimeoutMs(const QJsonObject &body) const;
    // The execute body as this server takes it. Piston refuses negative time limits, so -1
    // ("the server's maximum", which runpad-server takes) is left out there, and Piston's
    // default applies; -1 memory limits are Piston's own "no request limit" and stay.
    QJsonObject bodyFor(QJsonObject body) const;

signals:
    // kind() became known or changed.
    void identified();

private:
    RemoteServer m_server;
    QString m_apiKey;
    QNetworkAccessManager *m_network;
    Kind m_kind = Kind::Unknown;
    QString m_software;
    int m_connectTimeoutMs = 10000;
    int m_marginMs = 30000;
};
