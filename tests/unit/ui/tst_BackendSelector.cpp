#include "BackendSelector.h"
#include "Backends.h"
#include "LocalSandboxBackend.h"
#include "PrivateSettings.h"
#include "RemoteServerStore.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The local backend is never asked anything here, so no helper is started.
class TestBackendSelector : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void localFirstThenRemotesThenManage();
    void oneClickPicksABackend();
    void followingTheTabDoesNotEmit();
    void keepsTheChoiceWhenRemotesChange();
    void manageButtonAsksForTheSettings();
    void longNamesAreShortenedButTheTooltipSaysAll();
    void withLessRoomEveryBackendStaysButShorter();

private:
    // The labels as laid out with the room the selector asks for, as a toolbar gives it.
    QStringList labelsInOrder() const;
    QString labelOf(const QString &id) const;
    // Gives the selector this width, as a toolbar would.
    void resizeTo(int width) const;
    QString addRemote(const QString &name, const QString &url);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalSandboxBackend> m_local;
    std::unique_ptr<RemoteServerStore> m_store;
    std::unique_ptr<Backends> m_backends;
    std::unique_ptr<QWidget> m_host; // a parent without a layout, like a toolbar's slot
    BackendSelector *m_selector = nullptr;
};

void TestBackendSelector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_backendselector"));
}

void TestBackendSelector::init()
{
    QSettings().clear();
    m_local = std::make_unique<LocalSandboxBackend>();
    m_store = std::make_unique<RemoteServerStore>();
    m_backends = std::make_unique<Backends>(m_local.get(), m_store.get());
    m_host = std::make_unique<QWidget>();
    m_host->resize(1600, 100);
    m_selector = new BackendSelector(m_backends.get(), m_host.get());
    m_host->show();
}

void TestBackendSelector::cleanup()
{
    m_host.reset();
    m_backends.reset();
    m_store.reset();
    m_local.reset();
}

void TestBackendSelector::resizeTo(int width) const
{
    m_selector->resize(width, m_selector->sizeHint().height());
}

QString TestBackendSelector::labelOf(const QString &id) const
{
    resizeTo(m_selector->sizeHint().width());
    return m_selector->button(id)->text();
}

QStringList TestBackendSelector::labelsInOrder() const
{
    resizeTo(m_selector->sizeHint().width());
    QStringList labels;
    QLayout *layout = m_selector->layout();
    for (int i = 0; i < layout->count(); ++i) {
        if (auto *button = qobject_cast<QAbstractButton *>(layout->itemAt(i)->widget()))
            labels << button->text();
    }
    return labels;
}

QString TestBackendSelector::addRemote(const QString &name, const QString &url)
{
    return m_store->save(RemoteServer{QString(), name, QUrl(url)});
}

void TestBackendSelector::localFirstThenRemotesThenManage()
{
    QCOMPARE(labelsInOrder(),
             QStringList({QStringLiteral("Local sandbox"), QStringLiteral("Manage remotes…")}));
    addRemote(QStringLiteral("Desktop"), QStringLiteral("http://192.168.1.20:2000"));
    addRemote(QStringLiteral("Piston"), QStringLiteral("https://piston.example.org"));
    QCOMPARE(labelsInOrder(),
             QStringList({QStringLiteral("Local sandbox"), QStringLiteral("Desktop"),
                          QStringLiteral("Piston"), QStringLiteral("Manage remotes…")}));
    QVERIFY(m_selector->button(Backends::localId())->isChecked());
}

void TestBackendSelector::oneClickPicksABackend()
{
    const QString desktop =
        addRemote(QStringLiteral("Desktop"), QStringLiteral("http://192.168.1.20:2000"));
    QSignalSpy picked(m_selector, &BackendSelector::backendPicked);
    QTest::mouseClick(m_selector->button(desktop), Qt::LeftButton);
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.at(0).at(0).toString(), desktop);
    QCOMPARE(m_selector->currentId(), desktop);
    QVERIFY(m_selector->button(desktop)->isChecked());
    QVERIFY(!m_selector->button(Backends::localId())->isChecked());

    QTest::mouseClick(m_selector->button(desktop), Qt::LeftButton); // already there
    QCOMPARE(picked.size(), 1);
    QTest::mouseClick(m_selector->button(Backends::localId()), Qt::LeftButton);
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.at(1).at(0).toString(), Backends::localId());
}

void TestBackendSelector::followingTheTabDoesNotEmit()
{
    const QString desktop =
        addRemote(QStringLiteral("Desktop"), QStringLiteral("http://192.168.1.20:2000"));
    QSignalSpy picked(m_selector, &BackendSelector::backendPicked);
    m_selector->setCurrentId(desktop);
    QVERIFY(m_selector->button(desktop)->isChecked());
    m_selector->setCurrentId(Backends::localId());
    QVERIFY(m_selector->button(Backends::localId())->isChecked());
    QCOMPARE(picked.size(), 0);
}

void TestBackendSelector::keepsTheChoiceWhenRemotesChange()
{
    const QString desktop =
        addRemote(QStringLiteral("Desktop"), QStringLiteral("http://192.168.1.20:2000"));
    QTest::mouseClick(m_selector->button(desktop), Qt::LeftButton);
    addRemote(QStringLiteral("Laptop"), QStringLiteral("http://192.168.1.30:2000"));
    QVERIFY(m_selector->button(desktop)->isChecked());
    m_store->save(RemoteServer{desktop, QStringLiteral("Big desktop"),
                               QUrl(QStringLiteral("http://192.168.1.20:2000"))});
    QCOMPARE(labelOf(desktop), QStringLiteral("Big desktop"));
    QVERIFY(m_selector->button(desktop)->isChecked());
    QCOMPARE(m_selector->currentId(), desktop);

    m_store->remove(desktop);
    QVERIFY(!m_selector->button(desktop));
    QCOMPARE(labelsInOrder(),
             QStringList({QStringLiteral("Local sandbox"), QStringLiteral("Laptop"),
                          QStringLiteral("Manage remotes…")}));
}

void TestBackendSelector::manageButtonAsksForTheSettings()
{
    QSignalSpy manage(m_selector, &BackendSelector::manageRequested);
    QSignalSpy picked(m_selector, &BackendSelector::backendPicked);
    QTest::mouseClick(m_selector->manageButton(), Qt::LeftButton);
    QCOMPARE(manage.size(), 1);
    QCOMPARE(picked.size(), 0);
    QVERIFY(m_selector->button(Backends::localId())->isChecked());
}

void TestBackendSelector::longNamesAreShortenedButTheTooltipSaysAll()
{
    const QString name = QStringLiteral("The build server in the basement");
    const QString id = addRemote(name, QStringLiteral("http://10.0.0.7:2000"));
    const QString text = labelOf(id);
    QVERIFY2(text.size() <= 20 && text.endsWith(QChar(0x2026)), qPrintable(text));
    QVERIFY(name.startsWith(text.chopped(1)));
    const QString tooltip = m_selector->button(id)->toolTip();
    QVERIFY2(tooltip.contains(name) && tooltip.contains(QLatin1String("http://10.0.0.7:2000")),
             qPrintable(tooltip));
}

void TestBackendSelector::withLessRoomEveryBackendStaysButShorter()
{
    const QString desktop =
        addRemote(QStringLiteral("Desktop upstairs"), QStringLiteral("http://192.168.1.20:2000"));
    const QStringList wide = labelsInOrder();
    const int full = m_selector->sizeHint().width();
    resizeTo(full / 2);
    QCOMPARE(m_selector->sizeHint().width(), full); // it still asks for the room it needs
    QCOMPARE(m_selector->manageButton()->text(), QStringLiteral("…"));
    QAbstractButton *local = m_selector->button(Backends::localId());
    QAbstractButton *remote = m_selector->button(desktop);
    QVERIFY2(local->text().endsWith(QChar(0x2026)) && local->text().size() < 13,
             qPrintable(local->text()));
    QVERIFY2(remote->text().endsWith(QChar(0x2026)), qPrintable(remote->text()));
    QVERIFY(remote->toolTip().contains(QLatin1String("Desktop upstairs")));
    QVERIFY(m_selector->manageButton()->geometry().right() <= m_selector->width());
    QTest::mouseClick(remote, Qt::LeftButton); // still one click
    QCOMPARE(m_selector->currentId(), desktop);

    QCOMPARE(labelsInOrder(), wide); // room again, names whole again
}

QTEST_MAIN(TestBackendSelector)
#include "tst_BackendSelector.moc"
