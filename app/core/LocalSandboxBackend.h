#pragma once

#include "Backend.h"

#include <QString>

// Runs code through the local runpad-sandbox helper over its UNIX socket. Connects to a running
// helper, or starts one as a child process; if the helper dies it is started again on the next
// request; if it cannot be started, unavailable() says why in words a person understands.
class LocalSandboxBackend : public Backend {
    Q_OBJECT
public:
    explicit LocalSandboxBackend(QObject *parent = nullptr);
    ~LocalSandboxBackend() override;

    // Defaults: the runpad-sandbox next to the running executable (else in ../libexec/runpad/,
    // else on PATH). The socket: $RUNPAD_SANDBOX_SOCKET if set; else the system helper's
    // /run/runpad/sandbox.sock if one listens there; else a private per-user directory
    // ($XDG_RUNTIME_DIR/runpad/, else /tmp/runpad-<uid>/), where a helper is started if needed.
    void setHelperProgram(const QString &path);
    void setSocketPath(const QString &path);
    QString socketPath() const;

    QString displayName() const override;
    void fetchRuntimes() override;
    Job *start(const ExecuteRequest &request, bool interactive) override;

private:
    class Private;
    Private *d;
};
