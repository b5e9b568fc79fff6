// What the status bar says about the local sandbox, from the helper's hello answer.

#include "SandboxIsolation.h"

#include <QTest>

class SandboxIsolationTest : public QObject {
    Q_OBJECT

private slots:
    void privilegedWithCgroups()
    {
        const SandboxIsolation isolation({{QStringLiteral("isolation"), QStringLiteral("privileged")},
                                          {QStringLiteral("cgroup"), QStringLiteral("v1")}});
        QCOMPARE(isolation.summary(), QStringLiteral("Local sandbox (privileged)"));
        QVERIFY(!isolation.isRootless());
        QVERIFY(isolation.enforced().contains(
            QStringLiteral("Memory limit (no swap) and a process cap for the whole box (cgroup v1)")));
        QVERIFY(isolation.enforced().contains(QStringLiteral("A box user id of its own on this computer")));
        QVERIFY(isolation.notEnforced().isEmpty());
        QVERIFY(!isolation.details().contains(QStringLiteral("Not enforced")));
    }

    void rootlessWithoutCgroups()
    {
        const SandboxIsolation isolation({{QStringLiteral("isolation"), QStringLiteral("rootless")},
                                          {QStringLiteral("cgroup"), QStringLiteral("none")}});
        QCOMPARE(isolation.summary(), QStringLiteral("Local sandbox (rootless)"));
        QVERIFY(isolation.enforced().contains(QStringLiteral("A process cap per box (rlimit)")));
        QVERIFY(isolation.enforced().contains(
            QStringLiteral("A box user of its own, mapped to your user in a user namespace")));
        const QStringList missing = isolation.notEnforced();
        QCOMPARE(missing.size(), 3);
        QVERIFY(missing.first().startsWith(QStringLiteral("Memory limit of the whole box")));
        // Rich text for a tooltip, each line an item, escaped.
        const QString details = isolation.details();
        QVERIFY(details.contains(QStringLiteral("<b>Not enforced</b><ul><li>Memory limit of the whole box")));
        QCOMPARE(details.count(QStringLiteral("<li>")), isolation.enforced().size() + missing.size());
    }

    void rootlessWithDelegatedCgroups()
    {
        const SandboxIsolation isolation({{QStringLiteral("isolation"), QStringLiteral("rootless")},
                                          {QStringLiteral("cgroup"), QStringLiteral("v2")}});
        QVERIFY(isolation.hasCgroups());
        QCOMPARE(isolation.notEnforced().size(), 2);
    }
};

QTEST_GUILESS_MAIN(SandboxIsolationTest)
#include "SandboxIsolationTest.moc"
