#include "BackendSelector.h"
#include "Backends.h"
#include "CodeEditor.h"
#include "ConsoleInput.h"
#include "ConsoleView.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "LanguageCatalog.h"
#include "LanguagePicker.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "RemoteServerStore.h"
#include "RemoteServersPage.h"
#include "RunController.h"
#include "RunStatusLine.h"
#include "ServerProcess.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <memory>

namespace {
// The first run on each side waits for a helper to start and probe its toolchains.
constexpr int RunTimeoutMs = 60000;

// Reads a line, answers, and repeats until end of input, which ends it cleanly (exit code 0).
const QString LoopProgram = QStringLiteral("while True:\n"
                                           "    try:\n"
                                           "        line = input()\n"
                                           "    except EOFError:\n"
                                           "        break\n"
                                           "    print(line.upper(), flush=True)\n");
const QString StdinText = QStringLiteral("kept as it is\n");
} // namespace

// The done-when of remote backends: one window, one tab, an interactive program run in the local
// sandbox and then, one click later, on a runpad-server on loopback. The server's helper knows
// Python alone, so a C++ tab shows what happens when a backend lacks the tab's language.
class TestBackendSwitch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void oneClickSwitchesAndAnInteractiveProgramWorksOnBoth();
    void inputBoxTextIsSentAndClosesStdinOnTheRemote();
    void eachTabKeepsItsBackendAndNewTabsTakeTheLastChoice();
    void languageMissingOnTheBackendIsSaidAndKept();
    void unreachableRemoteIsSaidAndNothingIsLost();
    void manageRemotesOpensTheSettingsPage();
    void removingTheRemoteMovesItsTabsToTheLocalSandbox();
    void changingTheRemoteWhileItRunsEndsTheRunWithWords();
    void remoteOnlyWhereNoLocalSandboxCanRun();

private:
    void createWindow();
    void typeInput(const QString &line);
    void runInteractiveLoop(const QString &where);
    QString consoleText() const { return m_window->console()->toPlainText(); }
    QColor colorOfText(const QString &text) const;

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral("65120:8")};
    std::unique_ptr<LocalSandboxBackend> m_local;
    std::unique_ptr<RemoteServerStore> m_store;
    std::unique_ptr<Backends> m_backends;
    std::unique_ptr<MainWindow> m_window;
    QString m_remoteId;
};

void TestBackendSwitch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_backendswitch"));
    QSettings().clear();

    // The server's helper offers Python only.
    const QString languages = m_dir.filePath(QStringLiteral("languages"));
    QVERIFY(QDir().mkpath(languages));
    QVERIFY(QFile::copy(QStringLiteral(RUNPAD_SOURCE_LANGUAGES_DIR "/python.json"),
                        languages + QStringLiteral("/python.json")));
    m_server.setHelperArguments({QStringLiteral("--warm-boxes"), QStringLiteral("0"),
                                 QStringLiteral("--languages"), languages});
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    m_local = std::make_unique<LocalSandboxBackend>();
    m_local->setHelperProgram(QStringLiteral(RUNPAD_SANDBOX_PROGRAM));
    m_local->setSocketPath(m_dir.filePath(QStringLiteral("sandbox.sock")));
    m_store = std::make_unique<RemoteServerStore>();
    m_backends = std::make_unique<Backends>(m_local.get(), m_store.get());
}

void TestBackendSwitch::cleanupTestCase()
{
    m_window.reset();
    m_backends.reset();
    for (const RemoteServer &server : m_store->servers())
        m_store->remove(server.id);
    m_store.reset();
    m_local.reset();
    m_server.stop();
}

void TestBackendSwitch::init()
{
    if (!m_backends->contains(m_remoteId))
        m_remoteId =
            m_store->save(RemoteServer{QString(), QStringLiteral("Loopback"), m_server.url()});
    QSettings().remove(QStringLiteral("backends"));
    createWindow();
}

void TestBackendSwitch::cleanup()
{
    if (!m_window)
        return;
    for (DocumentController *document : m_window->tabs()->documents())
        document->editor()->setModified(false);
    m_window->close();
    m_window.reset();
}

void TestBackendSwitch::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_backends.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestBackendSwitch::typeInput(const QString &line)
{
    QLineEdit *input = m_window->consoleInput()->lineEdit();
    QTest::keyClicks(input, line);
    QTest::keyClick(input, Qt::Key_Return);
}

QColor TestBackendSwitch::colorOfText(const QString &text) const
{
    for (QTextBlock block = m_window->console()->document()->begin(); block.isValid();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text() == text)
                return it.fragment().charFormat().foreground().color();
        }
    }
    return QColor();
}

// F5, two lines typed into the console's input line and answered, then Ctrl+D.
void TestBackendSwitch::runInteractiveLoop(const QString &where)
{
    ConsoleInput *input = m_window->consoleInput();
    QVERIFY(input->isHidden());
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_VERIFY(m_window->runController()->isRunning());
    QVERIFY(input->isVisible());
    QVERIFY(input->isOpen());
    QCOMPARE(QApplication::focusWidget(), input->lineEdit());

    typeInput(QStringLiteral("hello"));
    QTRY_VERIFY2_WITH_TIMEOUT(consoleText() == QLatin1String("hello\nHELLO\n"),
                              qPrintable(where + QLatin1String(": ") + consoleText()),
                              RunTimeoutMs);
    typeInput(QStringLiteral("one more line"));
    QTRY_COMPARE(consoleText(), QStringLiteral("hello\nHELLO\none more line\nONE MORE LINE\n"));
    QVERIFY(m_window->runController()->isRunning());
    // What was typed wears the input colour, the program's answers the output's.
    const ConsoleView *console = m_window->console();
    QCOMPARE(colorOfText(QStringLiteral("hello")), console->colorOf(ConsoleView::Channel::Input));
    QCOMPARE(colorOfText(QStringLiteral("HELLO")), console->colorOf(ConsoleView::Channel::Stdout));

    QTest::keyClick(input->lineEdit(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), RunTimeoutMs);
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("OK"));
    QVERIFY2(m_window->statusLine()->details().contains(QLatin1String("exit code 0")),
             qPrintable(m_window->statusLine()->details()));
    QTRY_COMPARE(consoleText(), QStringLiteral("hello\nHELLO\none more line\nONE MORE "
                                               "LINE\n[end of input]\n"));
    QVERIFY(input->isHidden());
}

void TestBackendSwitch::oneClickSwitchesAndAnInteractiveProgramWorksOnBoth()
{
    m_window->editor()->setText(LoopProgram);
    QVERIFY(m_window->stdinEdit()->toPlainText().isEmpty()); // stdin stays open
    BackendSelector *selector = m_window->backendSelector();
    QCOMPARE(m_window->document()->backendId(), Backends::localId());
    QVERIFY(selector->button(Backends::localId())->isChecked());
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("backendStatus"));

    const QByteArray serverLogBefore = m_server.serverLog();
    runInteractiveLoop(QStringLiteral("local sandbox"));
    QVERIFY(label->text().startsWith(QLatin1String("Local sandbox")));
    QCOMPARE(m_server.serverLog(), serverLogBefore); // the server saw nothing of it

    // One click.
    QTest::mouseClick(selector->button(m_remoteId), Qt::LeftButton);
    QCOMPARE(m_window->document()->backendId(), m_remoteId);
    QVERIFY(selector->button(m_remoteId)->isChecked());
    QCOMPARE(m_window->editor()->text(), LoopProgram);
    QVERIFY(m_window->stdinEdit()->toPlainText().isEmpty());
    QCOMPARE(m_window->document()->language()->id, QStringLiteral("python"));
    QVERIFY2(label->text().contains(QLatin1String("Loopback")), qPrintable(label->text()));
    QVERIFY2(label->toolTip().contains(m_server.url().toString()) ||
                 label->toolTip().contains(m_server.url().host()),
             qPrintable(label->toolTip()));

    runInteractiveLoop(QStringLiteral("runpad-server"));
    const QByteArray log = m_server.serverLog().mid(serverLogBefore.size());
    QVERIFY2(log.contains("/api/v2/connect"), log.constData());

    // And back: still the same code and stdin.
    m_window->stdinEdit()->setPlainText(StdinText);
    QTest::mouseClick(selector->button(Backends::localId()), Qt::LeftButton);
    QCOMPARE(m_window->document()->backendId(), Backends::localId());
    QCOMPARE(m_window->editor()->text(), LoopProgram);
    QCOMPARE(m_window->stdinEdit()->toPlainText(), StdinText);
    QVERIFY(label->text().startsWith(QLatin1String("Local sandbox")));
}

void TestBackendSwitch::inputBoxTextIsSentAndClosesStdinOnTheRemote()
{
    m_window->editor()->setText(LoopProgram);
    m_window->stdinEdit()->setPlainText(QStringLiteral("first\nsecond\n"));
    QTest::mouseClick(m_window->backendSelector()->button(m_remoteId), Qt::LeftButton);
    m_window->editor()->setFocus();
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_VERIFY(m_window->runController()->isRunning());
    ConsoleInput *input = m_window->consoleInput();
    QVERIFY(input->isVisible());
    QVERIFY(!input->isOpen()); // the program got the Input box, then end of file
    QVERIFY(input->lineEdit()->placeholderText().contains(QLatin1String("Input box")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), RunTimeoutMs);
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("OK"));
    QTRY_COMPARE(consoleText(), QStringLiteral("FIRST\nSECOND\n"));
}

void TestBackendSwitch::eachTabKeepsItsBackendAndNewTabsTakeTheLastChoice()
{
    BackendSelector *selector = m_window->backendSelector();
    DocumentController *first = m_window->document();
    QTest::mouseClick(selector->button(m_remoteId), Qt::LeftButton);

    QTest::keyClick(m_window->editor(), Qt::Key_N, Qt::ControlModifier);
    DocumentController *second = m_window->document();
    QVERIFY(second != first);
    QCOMPARE(second->backendId(), m_remoteId); // the last choice
    QTest::mouseClick(selector->button(Backends::localId()), Qt::LeftButton);
    QCOMPARE(second->backendId(), Backends::localId());
    QCOMPARE(first->backendId(), m_remoteId);

    QTest::keyClick(m_window->editor(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->document(), first);
    QVERIFY(selector->button(m_remoteId)->isChecked());
    QTest::keyClick(m_window->editor(), Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(selector->button(Backends::localId())->isChecked());

    // The last choice outlives the window.
    QTest::mouseClick(selector->button(m_remoteId), Qt::LeftButton);
    cleanup();
    createWindow();
    QCOMPARE(m_window->document()->backendId(), m_remoteId);
    QVERIFY(m_window->backendSelector()->button(m_remoteId)->isChecked());
}

void TestBackendSwitch::languageMissingOnTheBackendIsSaidAndKept()
{
    const LanguageInfo *cpp = LanguageCatalog::instance().byName(QStringLiteral("cpp"));
    m_window->document()->setLanguage(cpp);
    const QString code = m_window->editor()->text();
    LanguagePicker *picker = m_window->languagePicker();
    const int cppRow = picker->findData(QStringLiteral("cpp"));
    const int pythonRow = picker->findData(QStringLiteral("python"));

    QTest::mouseClick(m_window->backendSelector()->button(m_remoteId), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->itemText(cppRow).contains(QLatin1String("not installed")),
                             RunTimeoutMs);
    QVERIFY2(picker->itemText(pythonRow).startsWith(QLatin1String("Python 3 (3.")),
             qPrintable(picker->itemText(pythonRow)));
    QCOMPARE(picker->currentLanguage(), cpp);
    QCOMPARE(m_window->document()->language(), cpp);
    QCOMPARE(m_window->editor()->text(), code);
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("Loopback does not offer C++")), qPrintable(said));

    // The local sandbox has C++: its runtimes come back, kept from before or asked for now.
    QTest::mouseClick(m_window->backendSelector()->button(Backends::localId()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->itemText(cppRow).startsWith(QLatin1String("C++ (")),
                             RunTimeoutMs);
    QCOMPARE(picker->currentLanguage(), cpp);
}

void TestBackendSwitch::unreachableRemoteIsSaidAndNothingIsLost()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    const QString id = m_store->save(RemoteServer{QString(), QStringLiteral("Nowhere"), nowhere});
    m_window->editor()->setText(LoopProgram);
    m_window->stdinEdit()->setPlainText(StdinText);
    const LanguageInfo *language = m_window->document()->language();

    QTest::mouseClick(m_window->backendSelector()->button(id), Qt::LeftButton);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("backendStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Nowhere unavailable"), 30000);
    QVERIFY(!label->toolTip().isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(), label->toolTip());
    QCOMPARE(m_window->document()->language(), language);
    QCOMPARE(m_window->languagePicker()->currentLanguage(), language);

    // A run there fails with words, and nothing the user typed is touched.
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning() &&
                                 m_window->statusLine()->status() == QLatin1String("XX"),
                             30000);
    qInfo("run on an unreachable server: %s", qPrintable(m_window->statusLine()->details()));
    QVERIFY(!m_window->statusLine()->details().isEmpty());
    QCOMPARE(m_window->editor()->text(), LoopProgram);
    QCOMPARE(m_window->stdinEdit()->toPlainText(), StdinText);
    m_store->remove(id);
}

void TestBackendSwitch::manageRemotesOpensTheSettingsPage()
{
    QTest::mouseClick(m_window->backendSelector()->manageButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), dialog->remoteServersPage());
    QListWidget *list = dialog->remoteServersPage()->serverList();
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("Loopback")));
    dialog->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());

    // Ctrl+, from the editor opens the same.
    QTest::keyClick(m_window->editor(), Qt::Key_Comma, Qt::ControlModifier);
    dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    dialog->reject();
}

void TestBackendSwitch::removingTheRemoteMovesItsTabsToTheLocalSandbox()
{
    const QString id = m_store->save(RemoteServer{QString(), QStringLiteral("Short-lived"),
                                                  QUrl(QStringLiteral("http://127.0.0.1:9"))});
    QTest::mouseClick(m_window->backendSelector()->button(id), Qt::LeftButton);
    QCOMPARE(m_window->document()->backendId(), id);
    m_window->editor()->setText(LoopProgram);

    SettingsDialog *dialog = m_window->openSettings();
    RemoteServersPage *page = dialog->remoteServersPage();
    QMessageBox *box = page->removeServer(id);
    QVERIFY(box);
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == QLatin1String("Remove"))
            button->click();
    }
    QVERIFY(!m_backends->contains(id));
    QCOMPARE(m_window->document()->backendId(), Backends::localId());
    QVERIFY(m_window->backendSelector()->button(Backends::localId())->isChecked());
    QVERIFY(!m_window->backendSelector()->button(id));
    QCOMPARE(m_window->editor()->text(), LoopProgram);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(m_backends->name(Backends::localId())),
             qPrintable(m_window->statusBar()->currentMessage()));
    dialog->reject();
}

// Its backend goes with the old address, and the job with it: the window must not wait forever.
void TestBackendSwitch::changingTheRemoteWhileItRunsEndsTheRunWithWords()
{
    const QString id =
        m_store->save(RemoteServer{QString(), QStringLiteral("Moving"), m_server.url()});
    QTest::mouseClick(m_window->backendSelector()->button(id), Qt::LeftButton);
    m_window->editor()->setText(LoopProgram);
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_VERIFY(m_window->runController()->isRunning());
    typeInput(QStringLiteral("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(consoleText(), QStringLiteral("ping\nPING\n"), RunTimeoutMs);

    QUrl moved = m_server.url();
    moved.setPath(QStringLiteral("/elsewhere"));
    m_store->save(RemoteServer{id, QStringLiteral("Moving"), moved});
    QTRY_VERIFY(!m_window->runController()->isRunning());
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("XX"));
    QVERIFY2(m_window->statusLine()->details().contains(QLatin1String("removed or changed")),
             qPrintable(m_window->statusLine()->details()));
    QVERIFY(m_window->consoleInput()->isHidden());
    QCOMPARE(m_window->document()->backendId(), id); // still there, at its new address
    m_store->remove(id);
}

// As on a phone: no helper to start, none listening. The window starts on the remote, says why,
// and runs there.
void TestBackendSwitch::remoteOnlyWhereNoLocalSandboxCanRun()
{
    cleanup();
    LocalSandboxBackend absent;
    absent.setHelperProgram(m_dir.filePath(QStringLiteral("no-such-helper")));
    absent.setSystemSocketPaths({});
    const QString why = absent.unavailableReason();
    QVERIFY(!why.isEmpty());
    Backends remoteOnly(&absent, m_store.get());
    remoteOnly.setLocalUnavailable(why);
    m_window = std::make_unique<MainWindow>(&remoteOnly);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const QString id = m_window->document()->backendId();
    QVERIFY2(remoteOnly.remote(id).has_value(), qPrintable(id));
    QVERIFY(!m_window->backendSelector()->button(Backends::localId()));
    QVERIFY(m_window->backendSelector()->button(id)->isChecked());
    QTRY_VERIFY2(consoleText().contains(why), qPrintable(consoleText()));
    QVERIFY(consoleText().contains(QStringLiteral("Code runs on %1").arg(remoteOnly.name(id))));

    m_window->editor()->setText(QStringLiteral("print('from afar')\n"));
    m_window->stdinEdit()->setPlainText(QStringLiteral("x"));
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusLine()->status(), QStringLiteral("OK"), RunTimeoutMs);
    QTRY_VERIFY(consoleText().contains(QLatin1String("from afar")));
    cleanup(); // before the registry it runs on
}

QTEST_MAIN(TestBackendSwitch)
#include "tst_BackendSwitch.moc"
