#pragma once

#include "Backend.h"

#include <QString>
#include <QStringList>

// Runs code through the local runpad-sandbox helper over its UNIX socket. Connects to a running
// helper, or starts one as a child process; if the helper dies it is started again on the next
// request; if it cannot be started, unavailable() says why in words a person understands.
class LocalSandboxBackend : public Backend {
    Q_OBJECT
public:
    explicit LocalSandboxBackend(QObject *parent = nullptr);
    ~LocalSandboxBackend() override;

    // Defaults: the runpad-sandbox next to the running executable (else in ../libexec/,
    // else on PATH). The socket: $RUNPAD_SANDBOX_SOCKET if set; else the system helper's
    // (systemSocketPaths()) if one exists there and answers hello; else a private per-user
    // directory ($XDG_RUNTIME_DIR/runpad/, else /tmp/runpad-<uid>/), where a helper is started
    // as a child if none answers.
    void setHelperProgram(const QString &path);
    // Why no local helper can run here, found without starting one: not Linux (a phone), or no
    // helper to start and none listening. Empty when one may run; if it then fails to start,
    // unavailable() says why.
    QString unavailableReason() const;
    // A socket chosen explicitly: only this one is used (the system helper's is not tried).
    void setSocketPath(const QString &path);
    // Where the current connection goes, else where a helper would be started.
    QString socketPath() const;

    // The system helper's sockets, tried in order before the private one: by default the
    // systemd socket, /run/runpad-sandbox.sock (packaging/systemd). An empty list never uses one.
    static QStringList defaultSystemSocketPaths();
    void setSystemSocketPaths(const QStringList &paths);
    QStringList systemSocketPaths() const;

    // With whole results, a job that is not interactive goes to the helper as `execute`: its
    // output comes all at once at the end, and finished() carries the helper's result as it came
    // (`runs`, `compile.cached`), which is what a server relaying it wants. Without (the
    // default), it goes as `init` and streams, except a body with `stdins`, which only `execute`
    // takes.
    void setWholeResults(bool whole);

    QString displayName() const override;
    void fetchRuntimes() override;
    using Backend::start;
    Job *start(const QJsonObject &body, bool interactive) override;
    std::optional<bool> takesStdins() const override { return true; }

private:
    class Private;
    Private *d;
};
