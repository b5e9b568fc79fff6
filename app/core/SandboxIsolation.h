#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the local helper's boxes enforce, from its hello answer ("isolation": privileged or
// rootless, "cgroup": v1, v2 or none), in words for the status bar and its tooltip.
class SandboxIsolation {
    Q_DECLARE_TR_FUNCTIONS(SandboxIsolation)
public:
    explicit SandboxIsolation(const QJsonObject &hello);

    bool isRootless() const { return m_rootless; }
    bool hasCgroups() const { return m_cgroup == QLatin1String("v1") || m_cgroup == QLatin1String("v2"); }

    // "Local sandbox (privileged)" or "Local sandbox (rootless)".
    QString summary() const;
    QStringList enforced() const;
    QStringList notEnforced() const;
    // Both lists as rich text, for a tooltip.
    QString details() const;

private:
    bool m_rootless = false;
    QString m_cgroup;
};
