#include "Backends.h"
#include "CompanionController.h"
#include "CompetitiveCompanionListener.h"
#include "CompetitiveCompanionPage.h"
#include "LocalSandboxBackend.h"
#include "PrivateSettings.h"
#include "RemoteServerStore.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// A port nobody listens on right now.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}
} // namespace

// The settings page and the listener it sets up, on real ports.
class TestCompetitiveCompanionPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listensOnTheDefaultPort();
    void portChangeMovesTheListener();
    void saysWhenThePortIsTaken();
    void warnsAboutPortsOfOtherTools();
    void turningItOffStopsListening();
    void languageIsRemembered();
    void settingsDialogHasThePage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CompanionController> m_companion;
    std::unique_ptr<CompetitiveCompanionPage> m_page;
};

void TestCompetitiveCompanionPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_competitivecompanionpage"));
}

void TestCompetitiveCompanionPage::init()
{
    QSettings().clear();
    // Not the real default port: a RunPad of the machine may be using it.
    QSettings().setValue(QStringLiteral("competitiveCompanion/port"), freePort());
    m_companion = std::make_unique<CompanionController>();
    m_page = std::make_unique<CompetitiveCompanionPage>(m_companion.get());
    m_page->resize(600, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCompetitiveCompanionPage::cleanup()
{
    m_page.reset();
    m_companion.reset();
}

void TestCompetitiveCompanionPage::listensOnTheDefaultPort()
{
    QCOMPARE(CompetitiveCompanionListener::defaultPort(), quint16(10046));
    QVERIFY(!CompetitiveCompanionListener::portsTakenByOtherTools().contains(10046));
    QSettings().remove(QStringLiteral("competitiveCompanion/port"));
    CompanionController fresh;
    QCOMPARE(fresh.port(), quint16(10046));
}

void TestCompetitiveCompanionPage::portChangeMovesTheListener()
{
    QVERIFY(m_companion->isListening());
    const quint16 first = m_companion->listeningPort();
    QCOMPARE(m_page->portBox()->value(), int(first));
    QVERIFY(m_page->statusLabel()->text().contains(
        QStringLiteral("Listening on 127.0.0.1:%1").arg(first)));
    QVERIFY(m_page->instructionsLabel()->text().contains(QStringLiteral("<b>%1</b>").arg(first)));
    QVERIFY(m_page->instructionsLabel()->text().contains(QLatin1String("Custom ports")));
    QVERIFY(accepts(first));

    const quint16 second = freePort();
    m_page->portBox()->setValue(second);
    QCOMPARE(m_companion->listeningPort(), second);
    QCOMPARE(QSettings().value(QStringLiteral("competitiveCompanion/port")).toUInt(), uint(second));
    QVERIFY(m_page->instructionsLabel()->text().contains(QStringLiteral("<b>%1</b>").arg(second)));
    QVERIFY(accepts(second));
    QVERIFY(!accepts(first));
}

void TestCompetitiveCompanionPage::saysWhenThePortIsTaken()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    m_page->portBox()->setValue(other.serverPort());
    QVERIFY(!m_companion->isListening());
    QVERIFY(!m_companion->error().isEmpty());
    const QString status = m_page->statusLabel()->text();
    QVERIFY2(
        status.contains(QStringLiteral("Another program uses port %1").arg(other.serverPort())),
        qPrintable(status));
    // Once it is free again, asking for it again works.
    const quint16 port = other.serverPort();
    other.close();
    m_companion->setPort(port);
    QVERIFY(m_companion->isListening());
    QVERIFY(m_page->statusLabel()->text().startsWith(QLatin1String("Listening")));
}

void TestCompetitiveCompanionPage::warnsAboutPortsOfOtherTools()
{
    // 10043 may be free here or not; either way the page warns.
    m_page->portBox()->setValue(10043);
    QVERIFY2(m_page->statusLabel()->text().contains(
                 QLatin1String("Port 10043 is in the extension's own list")),
             qPrintable(m_page->statusLabel()->text()));
}

void TestCompetitiveCompanionPage::turningItOffStopsListening()
{
    const quint16 port = m_companion->listeningPort();
    m_page->enabledBox()->setChecked(false);
    QVERIFY(!m_companion->isListening());
    QVERIFY(!accepts(port));
    QVERIFY(!m_page->portBox()->isEnabled());
    QVERIFY(m_page->statusLabel()->text().startsWith(QLatin1String("Off")));
    QCOMPARE(QSettings().value(QStringLiteral("competitiveCompanion/enabled")).toBool(), false);

    // Remembered: the next start does not listen either.
    CompanionController next;
    QVERIFY(!next.isListening());
    m_page->enabledBox()->setChecked(true);
    QVERIFY(m_companion->isListening());
}

void TestCompetitiveCompanionPage::languageIsRemembered()
{
    QComboBox *languages = m_page->languageBox();
    QCOMPARE(languages->currentIndex(), 0); // the tab's own language
    const int python = languages->findData(QStringLiteral("python"));
    QVERIFY(python > 0);
    languages->setCurrentIndex(python);
    emit languages->activated(python);
    QCOMPARE(m_companion->languageId(), QStringLiteral("python"));
    CompetitiveCompanionPage again(m_companion.get());
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("python"));
}

void TestCompetitiveCompanionPage::settingsDialogHasThePage()
{
    LocalSandboxBackend local;
    RemoteServerStore store;
    Backends backends(&local, &store);
    SettingsDialog dialog(&backends, m_companion.get());
    auto *pages = dialog.findChild<QListWidget *>(QStringLiteral("settingsPages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), 3); // Remote servers, Competitive Companion, Language
    QCOMPARE(pages->item(1)->text(), QStringLiteral("Competitive Companion"));
    QVERIFY(dialog.companionPage());
    dialog.showPage(dialog.companionPage());
    QCOMPARE(dialog.currentPage(), dialog.companionPage());
}

QTEST_MAIN(TestCompetitiveCompanionPage)
#include "tst_CompetitiveCompanionPage.moc"
