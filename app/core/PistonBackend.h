#pragma once

#include "Backend.h"
#include "RemoteServer.h"

#include <QJsonObject>
#include <QString>

// Runs code on a remote Piston API v2 server (Piston itself or runpad-server).
class PistonBackend : public Backend {
    Q_OBJECT
public:
    explicit PistonBackend(const RemoteServer &server, QObject *parent = nullptr);
    ~PistonBackend() override;
    RemoteServer server() const;
    // Sent as the Authorization header as it is (Piston's public instance wants the bare key;
    // runpad-server takes "Bearer <token>" or the bare token). Empty: no header.
    void setApiKey(const QString &key);
    QString displayName() const override; // the server's name
    void fetchRuntimes() override;        // GET /api/v2/runtimes
    using Backend::start;
    // interactive: WebSocket /api/v2/connect; else POST /api/v2/execute.
    Job *start(const QJsonObject &body, bool interactive) override;

    // How long to wait for a connection, and what a run may take beyond its own time limits
    // (queueing, transfer, building the sandbox). Defaults: 10 s and 30 s.
    void setTimeouts(int connectMs, int marginMs);
    // Whether the server answered as runpad-server (known after its first answer).
    bool isRunPadServer() const;
    // runpad-server takes them; Piston does not.
    std::optional<bool> takesStdins() const override;

private:
    void updateStatus();

    class Private;
    Private *d;
};
