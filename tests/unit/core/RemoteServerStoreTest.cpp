// RemoteServerStore: the remotes round-trip through a settings file of the test's own, and API
// keys go where the keychain's answer says. No keychain service runs on the test machines, so
// keys land in the settings file: the test checks that this was found out from the keychain
// itself (its own reason in the warning), once with no D-Bus at all and once with a bare session
// bus that answers reads but cannot store anything.

#include "PrivateSettings.h"
#include "RemoteServerStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

RemoteServer remote(const QString &name, const QString &url, const QString &id = {})
{
    return {id, name, QUrl(url)};
}

// readKey() as a value; "<none>" if the callback did not come.
QString readKey(RemoteServerStore &store, const QString &id)
{
    QString key = QStringLiteral("<none>");
    bool called = false;
    store.readKey(id, [&](const QString &value) {
        QVERIFY(!called);
        called = true;
        key = value;
    });
    if (!QTest::qWaitFor([&] { return called; }, 10000))
        return QStringLiteral("<none>");
    return key;
}

QString writeKey(RemoteServerStore &store, const QString &id, const QString &key)
{
    QString error = QStringLiteral("<no answer>");
    bool called = false;
    store.writeKey(id, key, [&](const QString &value) {
        called = true;
        error = value;
    });
    if (!QTest::qWaitFor([&] { return called; }, 10000))
        return QStringLiteral("<no answer>");
    return error;
}

QByteArray settingsFileContents()
{
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class RemoteServerStoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        usePrivateSettings(m_dir.path(), QStringLiteral("RemoteServerStoreTest"));
        QVERIFY2(QSettings().fileName().startsWith(m_dir.path()),
                 qPrintable(QSettings().fileName()));
    }

    void cleanup() { QSettings().clear(); }

    void validity()
    {
        QVERIFY(remote(QStringLiteral("a"), QStringLiteral("http://h:2000")).isValid());
        QVERIFY(remote(QStringLiteral("a"), QStringLiteral("https://emkc.org/api/v2/piston"))
                    .isValid());
        QVERIFY(!remote(QString(), QStringLiteral("http://h")).isValid());
        QVERIFY(!remote(QStringLiteral("  "), QStringLiteral("http://h")).isValid());
        QVERIFY(!remote(QStringLiteral("a"), QStringLiteral("ftp://h")).isValid());
        QVERIFY(!remote(QStringLiteral("a"), QStringLiteral("http://")).isValid());
        QVERIFY(!remote(QStringLiteral("a"), QStringLiteral("h:2000")).isValid());
        QVERIFY(!remote(QStringLiteral("a"), QString()).isValid());
        // Why not, in words: the settings dialog and runpad-cli say the same.
        QCOMPARE(RemoteServer::urlProblem(QUrl(QStringLiteral("https://h/piston"))), QString());
        QCOMPARE(RemoteServer::urlProblem(QUrl(QStringLiteral("ftp://h"))),
                 QStringLiteral("The address must start with http:// or https://."));
        QCOMPARE(RemoteServer::urlProblem(QUrl(QStringLiteral("http://"))),
                 QStringLiteral("The address needs a host name or IP address, e.g. "
                                "http://192.168.1.20:2000."));
        QCOMPARE(RemoteServer::urlProblem(QUrl()), QStringLiteral("The address is empty."));
        QVERIFY(RemoteServer::urlProblem(QUrl(QStringLiteral("http://my host"), QUrl::StrictMode))
                    .startsWith(QStringLiteral("This is not an address: ")));
    }

    // The servers are read once, when the store is made, and each change is written at once:
    // asking for them does not read the settings file again (a store made later reads it).
    void readOnceWrittenOnChange()
    {
        RemoteServerStore store;
        const QString id =
            store.save(remote(QStringLiteral("Desktop"), QStringLiteral("http://d:2000")));
        QCOMPARE(QSettings().value(QStringLiteral("remotes/%1/name").arg(id)).toString(),
                 QStringLiteral("Desktop"));
        QSettings().setValue(QStringLiteral("remotes/%1/name").arg(id), QStringLiteral("Edited"));
        QSettings().setValue(QStringLiteral("remotes/other/url"), QStringLiteral("http://o"));
        QCOMPARE(store.server(id)->name, QStringLiteral("Desktop"));
        QCOMPARE(store.servers().size(), 1);
        RemoteServerStore later;
        QCOMPARE(later.server(id)->name, QStringLiteral("Edited"));
        QCOMPARE(later.servers().size(), 2);
    }

    void settingsRoundTrip()
    {
        QString desktopId, pistonId;
        {
            RemoteServerStore store;
            QSignalSpy changed(&store, &RemoteServerStore::serversChanged);
            pistonId = store.save(
                remote(QStringLiteral("piston"), QStringLiteral("https://emkc.org/api/v2/piston")));
            desktopId = store.save(
                remote(QStringLiteral("Desktop"), QStringLiteral("http://192.168.1.5:2000/")));
            QCOMPARE(changed.size(), 2);
            QVERIFY(!pistonId.isEmpty() && !desktopId.isEmpty() && pistonId != desktopId);
            QVERIFY(!pistonId.contains(QLatin1Char('{')));
        }
        // Another store (the next start of the app) reads the same, sorted by name.
        RemoteServerStore store;
        const QList<RemoteServer> servers = store.servers();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).id, desktopId);
        QCOMPARE(servers.at(0).name, QStringLiteral("Desktop"));
        QCOMPARE(servers.at(0).url, QUrl(QStringLiteral("http://192.168.1.5:2000/")));
        QCOMPARE(servers.at(1).id, pistonId);
        QCOMPARE(servers.at(1).url, QUrl(QStringLiteral("https://emkc.org/api/v2/piston")));
        QCOMPARE(store.server(pistonId)->name, QStringLiteral("piston"));
        QVERIFY(!store.server(QStringLiteral("no-such-id")));
        QVERIFY(!store.server(QString()));
        QVERIFY(settingsFileContents().contains("[remotes]"));

        // Saving with an id replaces that server.
        QCOMPARE(store.save(remote(QStringLiteral("Laptop"), QStringLiteral("http://laptop:2000"),
                                   desktopId)),
                 desktopId);
        QCOMPARE(store.servers().size(), 2);
        QCOMPARE(store.server(desktopId)->name, QStringLiteral("Laptop"));
        QCOMPARE(store.server(desktopId)->url, QUrl(QStringLiteral("http://laptop:2000")));

        // An id that could not be a settings key gets a fresh one.
        const QString fresh = store.save(
            remote(QStringLiteral("x"), QStringLiteral("http://x"), QStringLiteral("a/b")));
        QVERIFY(fresh != QStringLiteral("a/b"));
        QVERIFY(store.server(fresh));

        QSignalSpy changed(&store, &RemoteServerStore::serversChanged);
        store.remove(desktopId);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!store.server(desktopId));
        QCOMPARE(store.servers().size(), 2);
        store.remove(desktopId); // already gone: nothing happens
        QCOMPARE(changed.size(), 1);
    }

    // The keychain is asked, and its answer decides; here no keychain can store keys.
    void keysFallBackToTheSettingsFile()
    {
        RemoteServerStore store;
        QSignalSpy warned(&store, &RemoteServerStore::keyStorageWarningChanged);
        const QString id = store.save(remote(QStringLiteral("s"), QStringLiteral("http://s:1")));
        QCOMPARE(writeKey(store, id, QStringLiteral("secret-key-1")), QString());
        const QString warning = store.keyStorageWarning();
        if (warning.isEmpty() && !qEnvironmentVariableIsSet("RUNPAD_EXPECT_KEYCHAIN_REASON")) {
            // A desktop with a working keychain: the key is there, not in the settings file.
            QCOMPARE(readKey(store, id), QStringLiteral("secret-key-1"));
            QVERIFY(!settingsFileContents().contains("secret-key-1"));
            QCOMPARE(writeKey(store, id, QString()), QString());
            QSKIP("a system keychain stores keys here; the fallback is checked in the child run");
        }
        QVERIFY2(warning.startsWith(QStringLiteral("API keys are kept in plain text in the "
                                                   "settings file ") +
                                    QSettings().fileName()),
                 qPrintable(warning));
        // The reason is the keychain's own words, not a guess.
        const QString reason = qEnvironmentVariable("RUNPAD_EXPECT_KEYCHAIN_REASON",
                                                    QStringLiteral("Cannot autolaunch D-Bus"));
        QVERIFY2(warning.contains(reason), qPrintable(warning));
        QCOMPARE(warned.size(), 1);

        QCOMPARE(readKey(store, id), QStringLiteral("secret-key-1"));
        QVERIFY(settingsFileContents().contains("secret-key-1"));
        // A second store in the same process knows at once.
        RemoteServerStore second;
        QCOMPARE(second.keyStorageWarning(), warning);
        QCOMPARE(readKey(second, id), QStringLiteral("secret-key-1"));

        QCOMPARE(writeKey(store, id, QStringLiteral("changed")), QString());
        QCOMPARE(readKey(store, id), QStringLiteral("changed"));
        QCOMPARE(writeKey(store, id, QString()), QString());
        QCOMPARE(readKey(store, id), QString());

        QCOMPARE(writeKey(store, id, QStringLiteral("secret-key-2")), QString());
        store.remove(id);
        QTest::qWait(50);
        QCOMPARE(readKey(store, id), QString());
        QVERIFY(!settingsFileContents().contains("secret-key-2"));
    }

    // Again in a process of its own with a bare D-Bus session bus: reads of the keychain answer
    // "not found" there, yet the store finds out that nothing can be stored.
    void fallbackFoundWithABareSessionBus()
    {
        if (qEnvironmentVariableIsSet("RUNPAD_EXPECT_KEYCHAIN_REASON"))
            QSKIP("this is the child run");
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed");
        QProcess bus;
        bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                           QStringLiteral("--print-address=1")});
        QVERIFY(bus.waitForReadyRead(10000));
        const QString address = QString::fromUtf8(bus.readLine().trimmed());
        QVERIFY(address.startsWith(QStringLiteral("unix:")));

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        environment.insert(QStringLiteral("RUNPAD_EXPECT_KEYCHAIN_REASON"),
                           QStringLiteral("/org/freedesktop/secrets"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("keysFallBackToTheSettingsFile")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray log = child.readAll();
        bus.kill();
        bus.waitForFinished();
        QVERIFY2(child.exitCode() == 0, log.constData());
        QVERIFY2(log.contains("PASS   : RemoteServerStoreTest::keysFallBackToTheSettingsFile"),
                 log.constData());
    }
};

QTEST_GUILESS_MAIN(RemoteServerStoreTest)
#include "RemoteServerStoreTest.moc"
