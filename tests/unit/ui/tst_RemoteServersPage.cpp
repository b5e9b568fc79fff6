#include "Backends.h"
#include "LocalSandboxBackend.h"
#include "PrivateSettings.h"
#include "RemoteServerDialog.h"
#include "RemoteServerStore.h"
#include "RemoteServersPage.h"
#ifdef RUNPAD_HAVE_SERVER
#include "ServerProcess.h"
#endif

#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// The server's helper probes its toolchains before it answers; a check may wait for that.
constexpr int CheckTimeoutMs = 60000;
const QString Token = QStringLiteral("page-test-token");
} // namespace

// The page and its dialog as the user drives them. Checks go to a real runpad-server on
// loopback where the build has one.
class TestRemoteServersPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsAServerWithItsKey();
    void refusesEntriesThatMakeNoServer_data();
    void refusesEntriesThatMakeNoServer();
    void showToggleRevealsTheKey();
    void editKeepsTheIdAndShowsTheKey();
    void removeAsksFirst();
    void keyWarningIsShownWhenThereIsOne();
    void checkNeedsAnAddress();
    void checkSaysWhenNobodyAnswers();
    void checkListsTheRuntimes();
    void checkUsesTheEnteredKey();

private:
    QString readKey(const QString &id);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalSandboxBackend> m_local;
    std::unique_ptr<RemoteServerStore> m_store;
    std::unique_ptr<Backends> m_backends;
    std::unique_ptr<RemoteServersPage> m_page;
#ifdef RUNPAD_HAVE_SERVER
    ServerProcess m_server{QStringLiteral("65100:8")};
#endif
};

void TestRemoteServersPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_remoteserverspage"));
}

void TestRemoteServersPage::init()
{
    QSettings().clear();
    m_local = std::make_unique<LocalSandboxBackend>();
    m_store = std::make_unique<RemoteServerStore>();
    m_backends = std::make_unique<Backends>(m_local.get(), m_store.get());
    m_page = std::make_unique<RemoteServersPage>(m_backends.get());
    m_page->resize(700, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestRemoteServersPage::cleanup()
{
    for (const RemoteServer &server : m_store->servers())
        m_store->remove(server.id); // and their keys, wherever they went
    m_page.reset();
    m_backends.reset();
    m_store.reset();
    m_local.reset();
}

QString TestRemoteServersPage::readKey(const QString &id)
{
    QString key;
    bool done = false;
    m_store->readKey(id, [&](const QString &read) {
        key = read;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<no answer>");
    return key;
}

void TestRemoteServersPage::addsAServerWithItsKey()
{
    const QPointer<RemoteServerDialog> dialog = m_page->addServer();
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Desktop"));
    QTest::keyClicks(dialog->urlEdit(), QStringLiteral("192.168.1.20:2000")); // no scheme
    QTest::keyClicks(dialog->keyEdit(), QStringLiteral("s3cret"));
    QSignalSpy saved(m_page.get(), &RemoteServersPage::serverSaved);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return); // Save is the default button
    QTRY_COMPARE(saved.size(), 1);

    const QList<RemoteServer> servers = m_store->servers();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first().name, QStringLiteral("Desktop"));
    QCOMPARE(servers.first().url, QUrl(QStringLiteral("http://192.168.1.20:2000")));
    QCOMPARE(saved.at(0).at(0).toString(), servers.first().id);
    QCOMPARE(readKey(servers.first().id), QStringLiteral("s3cret"));
    QCOMPARE(m_page->serverList()->count(), 1);
    QVERIFY(m_page->serverList()->item(0)->text().contains(QLatin1String("Desktop")));
    QVERIFY(m_page->serverList()->item(0)->text().contains(QLatin1String("192.168.1.20:2000")));
    QCOMPARE(m_page->selectedId(), servers.first().id);
    QVERIFY2(m_page->messageLabel()->text().startsWith(QLatin1String("Saved Desktop")),
             qPrintable(m_page->messageLabel()->text()));
    QTRY_VERIFY(!dialog); // it went away on its own, WA_DeleteOnClose
}

void TestRemoteServersPage::refusesEntriesThatMakeNoServer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("no name") << ""
                             << "http://10.0.0.1:2000"
                             << "Give the server a name";
    QTest::newRow("name taken") << "desktop"
                                << "http://10.0.0.1:2000"
                                << "already called desktop";
    QTest::newRow("no address") << "Laptop"
                                << ""
                                << "Enter the server's address";
    QTest::newRow("ftp") << "Laptop"
                         << "ftp://10.0.0.1"
                         << "must start with http:// or https://";
    QTest::newRow("no host") << "Laptop"
                             << "http://"
                             << "needs a host name";
    QTest::newRow("spaces") << "Laptop"
                            << "http://my server:2000"
                            << "is not an address";
}

void TestRemoteServersPage::refusesEntriesThatMakeNoServer()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, says);
    m_store->save(RemoteServer{QString(), QStringLiteral("Desktop"),
                               QUrl(QStringLiteral("http://10.0.0.2:2000"))});
    QPointer<RemoteServerDialog> dialog = m_page->addServer();
    dialog->nameEdit()->setText(name);
    dialog->urlEdit()->setText(url);
    dialog->accept();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains(says),
             qPrintable(dialog->problemLabel()->text()));
    QCOMPARE(m_store->servers().size(), 1);
    dialog->reject();
}

void TestRemoteServersPage::showToggleRevealsTheKey()
{
    RemoteServerDialog *dialog = m_page->addServer();
    QCOMPARE(dialog->keyEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->showKeyBox(), Qt::LeftButton);
    QCOMPARE(dialog->keyEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(dialog->showKeyBox(), Qt::LeftButton);
    QCOMPARE(dialog->keyEdit()->echoMode(), QLineEdit::Password);
    dialog->reject();
}

void TestRemoteServersPage::editKeepsTheIdAndShowsTheKey()
{
    const QString id = m_store->save(RemoteServer{QString(), QStringLiteral("Desktop"),
                                                  QUrl(QStringLiteral("http://10.0.0.2:2000"))});
    bool written = false;
    m_store->writeKey(id, QStringLiteral("old-key"), [&](const QString &) { written = true; });
    QTRY_VERIFY(written);

    RemoteServerDialog *dialog = m_page->editServer(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Desktop"));
    QCOMPARE(dialog->urlEdit()->text(), QStringLiteral("http://10.0.0.2:2000"));
    QTRY_COMPARE(dialog->keyEdit()->text(), QStringLiteral("old-key"));
    dialog->nameEdit()->setText(QStringLiteral("Desktop (upstairs)"));
    dialog->keyEdit()->setText(QStringLiteral("new-key"));
    QSignalSpy saved(m_page.get(), &RemoteServersPage::serverSaved);
    dialog->accept(); // its own name is not "taken"
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->servers().size(), 1);
    QCOMPARE(m_store->servers().first().id, id);
    QCOMPARE(m_store->servers().first().name, QStringLiteral("Desktop (upstairs)"));
    QCOMPARE(readKey(id), QStringLiteral("new-key"));
}

void TestRemoteServersPage::removeAsksFirst()
{
    const QString id = m_store->save(RemoteServer{QString(), QStringLiteral("Desktop"),
                                                  QUrl(QStringLiteral("http://10.0.0.2:2000"))});
    QCOMPARE(m_page->selectedId(), id);
    const auto clickInBox = [](QMessageBox *box, const QString &text) {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->click();
                return true;
            }
        }
        return false;
    };

    QPointer<QMessageBox> box = m_page->removeServer(id);
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("Desktop")), qPrintable(box->text()));
    QVERIFY(clickInBox(box, QStringLiteral("Cancel")));
    QCOMPARE(m_store->servers().size(), 1);

    box = m_page->removeServer(id);
    QVERIFY(clickInBox(box, QStringLiteral("Remove")));
    QVERIFY(m_store->servers().isEmpty());
    QCOMPARE(m_page->serverList()->count(), 0);
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Removed Desktop."));
}

void TestRemoteServersPage::keyWarningIsShownWhenThereIsOne()
{
    // The store asks for a keychain once, at start; without one (no D-Bus session, as in CI) the
    // keys go to the settings file and the page must say so.
    QSignalSpy changed(m_store.get(), &RemoteServerStore::keyStorageWarningChanged);
    if (m_store->keyStorageWarning().isEmpty())
        changed.wait(5000);
    const QString warning = m_store->keyStorageWarning();
    qInfo("key storage warning: %s", warning.isEmpty() ? "(none)" : qPrintable(warning));
    QCOMPARE(m_page->keyWarning()->isVisible(), !warning.isEmpty());
    QCOMPARE(m_page->keyWarning()->text(), warning);
}

void TestRemoteServersPage::checkNeedsAnAddress()
{
    RemoteServerDialog *dialog = m_page->addServer();
    QSignalSpy finished(dialog, &RemoteServerDialog::checkFinished);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(dialog->checkResult()->text().contains(QLatin1String("Enter the server's address")),
             qPrintable(dialog->checkResult()->text()));
    dialog->reject();
}

void TestRemoteServersPage::checkSaysWhenNobodyAnswers()
{
    QTcpServer closed; // a port nobody listens on once this is closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    RemoteServerDialog *dialog = m_page->addServer();
    dialog->urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QSignalSpy finished(dialog, &RemoteServerDialog::checkFinished);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QVERIFY(!dialog->checkButton()->isEnabled()); // one check at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString said = dialog->checkResult()->text();
    qInfo("said: %s", qPrintable(said));
    QVERIFY(!said.isEmpty());
    QVERIFY(!said.contains(QLatin1String("Asking")));
    QVERIFY(dialog->runtimeList()->isHidden());
    QVERIFY(dialog->checkButton()->isEnabled());
    dialog->reject();
}

void TestRemoteServersPage::checkListsTheRuntimes()
{
#ifndef RUNPAD_HAVE_SERVER
    QSKIP("runpad-server is built with Qt 6 only");
#else
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    RemoteServerDialog *dialog = m_page->addServer();
    dialog->nameEdit()->setText(QStringLiteral("Loopback"));
    dialog->urlEdit()->setText(m_server.url().toString());
    QSignalSpy finished(dialog, &RemoteServerDialog::checkFinished);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, CheckTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->checkResult()->text()));
    QVERIFY2(dialog->checkResult()->text().startsWith(QLatin1String("Connected: Loopback offers")),
             qPrintable(dialog->checkResult()->text()));
    QVERIFY(dialog->runtimeList()->isVisible());
    const QList<QListWidgetItem *> python =
        dialog->runtimeList()->findItems(QStringLiteral("python 3."), Qt::MatchStartsWith);
    QVERIFY(!python.isEmpty());
    QVERIFY(m_store->servers().isEmpty()); // a check saves nothing
    dialog->reject();
#endif
}

void TestRemoteServersPage::checkUsesTheEnteredKey()
{
#ifndef RUNPAD_HAVE_SERVER
    QSKIP("runpad-server is built with Qt 6 only");
#else
    m_server.stopServer();
    QVERIFY2(m_server.start({QStringLiteral("--token"), Token}),
             qPrintable(m_server.errorString()));
    RemoteServerDialog *dialog = m_page->addServer();
    dialog->urlEdit()->setText(m_server.url().toString());
    QSignalSpy finished(dialog, &RemoteServerDialog::checkFinished);

    dialog->keyEdit()->setText(QStringLiteral("wrong"));
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, CheckTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    qInfo("with a wrong key: %s", qPrintable(dialog->checkResult()->text()));
    QVERIFY(!dialog->checkResult()->text().isEmpty());

    dialog->keyEdit()->setText(Token);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, CheckTimeoutMs);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(dialog->checkResult()->text()));
    QVERIFY(dialog->runtimeList()->count() > 0);
    dialog->reject();
    m_server.stop();
#endif
}

QTEST_MAIN(TestRemoteServersPage)
#include "tst_RemoteServersPage.moc"
