#include "SandboxIsolation.h"

SandboxIsolation::SandboxIsolation(const QJsonObject &hello)
    : m_rootless(hello.value(QStringLiteral("isolation")).toString() == QLatin1String("rootless")),
      m_cgroup(hello.value(QStringLiteral("cgroup")).toString())
{
}

QString SandboxIsolation::summary() const
{
    return m_rootless ? tr("Local sandbox (rootless)") : tr("Local sandbox (privileged)");
}

QStringList SandboxIsolation::enforced() const
{
    QStringList list{
        tr("Own process, mount, network (loopback only), IPC and host-name namespaces"),
        tr("A read-only root with only the toolchains; a private /box and /tmp"),
        m_rootless ? tr("A box user of its own, mapped to your user in a user namespace")
                   : tr("A box user id of its own on this computer"),
        tr("No capabilities, no_new_privs, a seccomp filter against dangerous system calls"),
        tr("Wall-time, CPU-time and output limits"),
    };
    if (hasCgroups())
        list << tr("Memory limit (no swap) and a process cap for the whole box (cgroup %1)").arg(m_cgroup);
    else
        list << tr("A process cap per box (rlimit)");
    return list;
}

QStringList SandboxIsolation::notEnforced() const
{
    QStringList list;
    if (!hasCgroups()) {
        list << tr("Memory limit of the whole box: without cgroups only each process's address "
                   "space is capped, and only when a limit is set");
    }
    if (m_rootless) {
        list << tr("Total size of /box: each file is capped, not the sum (rootless boxes cannot "
                   "mount it)")
             << tr("On this computer the box's processes run as your user; start the helper as a "
                   "system service for box user ids of their own");
    }
    return list;
}

QString SandboxIsolation::details() const
{
    const auto items = [](const QStringList &lines) {
        QString html;
        for (const QString &line : lines)
            html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        return html;
    };
    QString html = QStringLiteral("<b>") + tr("Enforced") + QStringLiteral("</b><ul>") + items(enforced()) +
                   QStringLiteral("</ul>");
    const QStringList missing = notEnforced();
    if (!missing.isEmpty())
        html += QStringLiteral("<b>") + tr("Not enforced") + QStringLiteral("</b><ul>") + items(missing) +
                QStringLiteral("</ul>");
    return html;
}
