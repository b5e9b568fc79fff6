#include "CodeEditor.h"
#include "ConsoleInput.h"
#include "ConsoleView.h"
#include "DiagnosticMarks.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "LanguageCatalog.h"
#include "LanguagePicker.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "RemoteServersPage.h"
#include "RunController.h"
#include "RunStatusLine.h"
#include "SettingsDialog.h"
#include "Theme.h"

#include <Qsci/qscilexer.h>

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {
// The first run waits for the helper to start and probe every toolchain.
constexpr int RunTimeoutMs = 60000;
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runsTypedCodeWithStdin();
    void stopEndsRunningProgram();
    void stderrHasItsOwnColour();
    void runtimeErrorShowsExitCode();
    void compileErrorShowsCompileStage();
    void errorsAreMarkedAndLinked_data();
    void errorsAreMarkedAndLinked();
    void openingCppFileSwitchesLanguage();
    void geometryAndSplittersAreRestored();
    void savingWritesTheFileAndClearsTheMarker();
    void asksBeforeLosingUnsavedWork();
    void eachTabRunsWithItsOwnStdin();
    void languagePickerShowsRuntimeVersions();
    void themeDressesEveryEditorAndThePanels();
    void statusBarSaysWhatTheSandboxEnforces();
    void consoleInputTalksToTheProgram();
    void inputBoxTextIsAllTheProgramGets();
    void settingsOpenFromTheEditMenu();

private:
    void createWindow();
    void closeWindow();
    void typeCode(const QString &code);
    QColor colorOfText(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LocalSandboxBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_mainwindow"));
    m_backend = std::make_unique<LocalSandboxBackend>();
    m_backend->setHelperProgram(QStringLiteral(RUNPAD_SANDBOX_PROGRAM));
    m_backend->setSocketPath(m_dir.filePath(QStringLiteral("sandbox.sock")));
}

void TestMainWindow::init()
{
    createWindow();
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

void TestMainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::closeWindow()
{
    if (!m_window)
        return;
    for (DocumentController *document : m_window->tabs()->documents())
        document->editor()->setModified(false); // no "save changes?" prompt in a test
    m_window->close();
    m_window.reset();
}

void TestMainWindow::typeCode(const QString &code)
{
    CodeEditor *editor = m_window->editor();
    editor->setDocumentText(QString());
    editor->setFocus();
    QTest::keyClicks(editor, code);
    QCOMPARE(editor->text(), code);
}

QColor TestMainWindow::colorOfText(const QString &text) const
{
    for (QTextBlock block = m_window->console()->document()->begin(); block.isValid();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(text))
                return it.fragment().charFormat().foreground().color();
        }
    }
    return QColor();
}

void TestMainWindow::runsTypedCodeWithStdin()
{
    const QString code = QStringLiteral("print(input()[::-1])");
    typeCode(code);
    QVERIFY2(m_window->isWindowModified(), "typing marks the document unsaved");
    m_window->stdinEdit()->setPlainText(QStringLiteral("abc"));

    m_window->editor()->setFocus();
    QTest::keyClick(m_window->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->editor()->text(),
             code); // the shortcut ran, the editor did not get a newline

    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusLine()->status(), QStringLiteral("OK"), RunTimeoutMs);
    QTRY_COMPARE(m_window->console()->toPlainText(), QStringLiteral("cba\n"));
    const QString details = m_window->statusLine()->details();
    QVERIFY2(details.contains(QLatin1String("exit code 0")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("wall ")) && details.contains(QLatin1String("CPU ")) &&
                 details.contains(QLatin1String("memory ")),
             qPrintable(details));
}

void TestMainWindow::stopEndsRunningProgram()
{
    typeCode(QStringLiteral("while True: pass"));
    QSignalSpy stages(m_window->runController(), &RunController::stageStarted);
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QVERIFY(m_window->runController()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(stages.contains({QStringLiteral("run")}), RunTimeoutMs);
    QTest::qWait(300); // let it spin for a moment

    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(m_window->editor(), Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), 1000);
    qInfo("stopped after %lld ms", clock.elapsed());
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("SG"));
    QVERIFY2(m_window->statusLine()->details().contains(QLatin1String("SIGKILL")),
             qPrintable(m_window->statusLine()->details()));
}

void TestMainWindow::stderrHasItsOwnColour()
{
    typeCode(QStringLiteral("import sys; print('to-out'); sys.stdout.flush(); "
                            "print('to-err', file=sys.stderr)"));
    QTest::keyClick(m_window->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->console()->toPlainText().contains(QLatin1String("to-err")),
                             RunTimeoutMs);
    QTRY_COMPARE(m_window->statusLine()->status(), QStringLiteral("OK"));
    const QColor out = colorOfText(QStringLiteral("to-out"));
    const QColor err = colorOfText(QStringLiteral("to-err"));
    QCOMPARE(err, m_window->console()->colorOf(ConsoleView::Channel::Stderr));
    QVERIFY(out.isValid());
    QVERIFY(out != err);
}

void TestMainWindow::runtimeErrorShowsExitCode()
{
    typeCode(QStringLiteral("raise SystemExit(3)"));
    QTest::keyClick(m_window->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusLine()->status(), QStringLiteral("RE"), RunTimeoutMs);
    QVERIFY2(m_window->statusLine()->details().contains(QLatin1String("exit code 3")),
             qPrintable(m_window->statusLine()->details()));
}

void TestMainWindow::compileErrorShowsCompileStage()
{
    m_window->document()->setLanguage(LanguageCatalog::instance().byName(QStringLiteral("cpp")));
    typeCode(QStringLiteral("int main() { return missing; }"));
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusLine()->status(), QStringLiteral("RE"), RunTimeoutMs);
    QVERIFY2(m_window->statusLine()->details().startsWith(QLatin1String("Compilation failed")),
             qPrintable(m_window->statusLine()->details()));
    QTRY_VERIFY(m_window->console()->toPlainText().contains(QLatin1String("missing")));
    QVERIFY(m_window->console()->toPlainText().startsWith(QLatin1String("Compiling")));
}

void TestMainWindow::errorsAreMarkedAndLinked_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line"); // 1-based, as the tool says
    QTest::addColumn<int>("column");
    QTest::newRow("c++ compile error") << "cpp"
                                       << "int main()\n{\n    return missing;\n}\n"
                                       << 3 << 12;
    QTest::newRow("python traceback") << "python"
                                      << "def f():\n    return 1 / 0\n\nf()\n"
                                      << 2 << 0;
}

// From the console's link to the line: the error is marked in the editor that ran, and clicking
// its location in the console puts the cursor there.
void TestMainWindow::errorsAreMarkedAndLinked()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    m_window->document()->setLanguage(LanguageCatalog::instance().byName(language));
    CodeEditor *ran = m_window->editor();
    ran->setText(code); // typed, auto-indent would add to it
    QTest::keyClick(ran, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), RunTimeoutMs);
    QTRY_VERIFY(!m_window->console()->diagnostics().isEmpty());
    DiagnosticMarks *marks = m_window->document()->diagnosticMarks();
    QCOMPARE(marks->markedLines(Diagnostic::Severity::Error), QList<int>{line - 1});

    // Another tab is current when the link is clicked: the link goes back to the one that ran.
    QTest::keyClick(ran, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->editor() != ran);
    ConsoleView *console = m_window->console();
    const Diagnostic diagnostic = console->diagnostics().last();
    QTextCursor cursor(console->document());
    cursor.setPosition(int(diagnostic.offset + 1));
    console->ensureCursorVisible();
    QTest::mouseClick(console->viewport(), Qt::LeftButton, Qt::NoModifier,
                      console->cursorRect(cursor).center());
    QCOMPARE(m_window->editor(), ran);
    int cursorLine = -1, cursorIndex = -1;
    ran->getCursorPosition(&cursorLine, &cursorIndex);
    QCOMPARE(cursorLine, line - 1);
    QCOMPARE(cursorIndex, qMax(0, column - 1));

    // The next run starts clean.
    m_window->run();
    QVERIFY(marks->markedLines(Diagnostic::Severity::Error).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), RunTimeoutMs);
}

void TestMainWindow::openingCppFileSwitchesLanguage()
{
    const QString path = m_dir.filePath(QStringLiteral("hello.cpp"));
    const QString code =
        QStringLiteral("#include <cstdio>\nint main() { std::puts(\"hello from c++\"); }\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(code.toUtf8());
    file.close();

    QVERIFY(m_window->document()->openFile(path));
    QCOMPARE(m_window->languagePicker()->currentLanguage()->id, QStringLiteral("cpp"));
    QCOMPARE(m_window->document()->language()->id, QStringLiteral("cpp"));
    QVERIFY(m_window->editor()->lexer());
    QCOMPARE(QString::fromLatin1(m_window->editor()->lexer()->language()), QStringLiteral("C++"));
    QCOMPARE(m_window->editor()->text(), code);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("hello.cpp")));
    QVERIFY(!m_window->isWindowModified());

    QTest::keyClick(m_window->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusLine()->status(), QStringLiteral("OK"), RunTimeoutMs);
    QTRY_VERIFY(m_window->console()->toPlainText().contains(QLatin1String("hello from c++")));
}

void TestMainWindow::geometryAndSplittersAreRestored()
{
    auto *mainSplitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *sideSplitter = m_window->findChild<QSplitter *>(QStringLiteral("sideSplitter"));
    QVERIFY(mainSplitter && sideSplitter);
    m_window->resize(1000, 700);
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    mainSplitter->setSizes({400, 600});
    sideSplitter->setSizes({300, 300});
    const QList<int> mainSizes = mainSplitter->sizes();
    const QList<int> sideSizes = sideSplitter->sizes();
    closeWindow();

    createWindow();
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), mainSizes);
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("sideSplitter"))->sizes(), sideSizes);
}

void TestMainWindow::savingWritesTheFileAndClearsTheMarker()
{
    typeCode(QStringLiteral("print('saved')"));
    QVERIFY(m_window->isWindowModified());
    const QString path = m_dir.filePath(QStringLiteral("saved.py"));
    QVERIFY(m_window->document()->saveFile(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("saved.py")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("print('saved')"));
}

void TestMainWindow::asksBeforeLosingUnsavedWork()
{
    typeCode(QStringLiteral("print('unsaved')"));
    QString question;
    const auto answerWith = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, this, [&question, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(button)->click();
        });
    };

    answerWith(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY2(question.contains(QLatin1String("unsaved")), qPrintable(question));
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->editor()->text(), QStringLiteral("print('unsaved')"));

    answerWith(QMessageBox::Discard);
    QVERIFY(m_window->close());
}

void TestMainWindow::eachTabRunsWithItsOwnStdin()
{
    typeCode(QStringLiteral("print('first got', input())"));
    m_window->stdinEdit()->setPlainText(QStringLiteral("one"));
    QTest::keyClick(m_window->editor(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->count(), 2);
    QVERIFY(m_window->stdinEdit()->toPlainText().isEmpty()); // a new document, a new input
    typeCode(QStringLiteral("print('second got', input())"));
    m_window->stdinEdit()->setPlainText(QStringLiteral("two"));
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("main.py")));

    QTest::keyClick(m_window->editor(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QCOMPARE(m_window->stdinEdit()->toPlainText(), QStringLiteral("one"));
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusLine()->status(), QStringLiteral("OK"), RunTimeoutMs);
    QTRY_COMPARE(m_window->console()->toPlainText(), QStringLiteral("first got one\n"));

    QTest::keyClick(m_window->editor(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->stdinEdit()->toPlainText(), QStringLiteral("two"));
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->console()->toPlainText(),
                              QStringLiteral("second got two\n"), RunTimeoutMs);
}

void TestMainWindow::themeDressesEveryEditorAndThePanels()
{
    CodeEditor *first = m_window->editor();
    QVERIFY(first->followsSystemTheme());
    QTest::keyClick(first, Qt::Key_N, Qt::ControlModifier);
    QMenu *themes = nullptr;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Theme"))
            themes = menu;
    }
    QVERIFY(themes);
    QAction *dark = nullptr;
    for (QAction *action : themes->actions()) {
        if (action->text() == QStringLiteral("Breeze Dark"))
            dark = action;
    }
    QVERIFY(dark);
    dark->trigger();
    QVERIFY(dark->isChecked());
    const Theme theme = Theme::byName(QStringLiteral("Breeze Dark"));
    for (DocumentController *document : m_window->tabs()->documents())
        QCOMPARE(document->editor()->theme().name(), theme.name());
    QCOMPARE(m_window->stdinEdit()->palette().color(QPalette::Base), theme.background());
    QCOMPARE(m_window->console()->palette().color(QPalette::Base), theme.background());
    QVERIFY(m_window->console()->colorOf(ConsoleView::Channel::Stderr).lightness() > 128);

    // Remembered: the next window and its new tabs wear it too.
    closeWindow();
    createWindow();
    QCOMPARE(m_window->editor()->theme().name(), theme.name());
    QCOMPARE(m_window->stdinEdit()->palette().color(QPalette::Base), theme.background());
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Theme"))
            menu->actions().first()->trigger(); // back to following the system
    }
    QVERIFY(m_window->editor()->followsSystemTheme());
}

void TestMainWindow::languagePickerShowsRuntimeVersions()
{
    LanguagePicker *picker = m_window->languagePicker();
    const int python = picker->findData(QStringLiteral("python"));
    QVERIFY(python >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        picker->itemText(python).contains(QRegularExpression(QStringLiteral("\\(3\\.\\d+"))),
        RunTimeoutMs);
}

void TestMainWindow::statusBarSaysWhatTheSandboxEnforces()
{
    // The helper the test started runs as root: privileged, and the tooltip lists the guarantees.
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("backendStatus"));
    QVERIFY(label);
    QTRY_COMPARE(label->text(), QStringLiteral("Local sandbox (privileged)"));
    QVERIFY2(label->toolTip().startsWith(
                 QStringLiteral("<b>Enforced</b><ul><li>Own process, mount, network")),
             qPrintable(label->toolTip()));
    QVERIFY(label->toolTip().contains(QStringLiteral("seccomp filter")));
    // A window made after the backend is ready shows the same.
    closeWindow();
    createWindow();
    label = m_window->findChild<QLabel *>(QStringLiteral("backendStatus"));
    QCOMPARE(label->text(), QStringLiteral("Local sandbox (privileged)"));
    QVERIFY(label->toolTip().contains(QStringLiteral("seccomp filter")));
}

// With the Input box empty, stdin stays open: typed lines reach the program, echoed in their own
// colour, and "End input" gives it end of file.
void TestMainWindow::consoleInputTalksToTheProgram()
{
    m_window->editor()->setText(QStringLiteral("import sys\n"
                                               "print('name?', flush=True)\n"
                                               "name = input()\n"
                                               "print('hi ' + name, flush=True)\n"
                                               "print(len(sys.stdin.read()))\n"));
    ConsoleInput *input = m_window->consoleInput();
    QVERIFY(input->isHidden());
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QVERIFY(input->isVisible() && input->isOpen());
    QCOMPARE(QApplication::focusWidget(), input->lineEdit());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->console()->toPlainText(), QStringLiteral("name?\n"),
                              RunTimeoutMs);
    QTest::keyClicks(input->lineEdit(), QStringLiteral("Ada"));
    QTest::keyClick(input->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_window->console()->toPlainText(), QStringLiteral("name?\nAda\nhi Ada\n"));
    QCOMPARE(colorOfText(QStringLiteral("Ada")),
             m_window->console()->colorOf(ConsoleView::Channel::Input));
    QTest::keyClicks(input->lineEdit(), QStringLiteral("more"));
    QTest::keyClick(input->lineEdit(), Qt::Key_Return);
    QVERIFY(m_window->runController()->isRunning()); // it reads to the end
    QTest::mouseClick(input->endButton(), Qt::LeftButton);
    QVERIFY(!input->isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), RunTimeoutMs);
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("OK"));
    QTRY_COMPARE(m_window->console()->toPlainText(),
                 QStringLiteral("name?\nAda\nhi Ada\nmore\n[end of input]\n5\n"));
    QVERIFY(input->isHidden());
    QCOMPARE(QApplication::focusWidget(), m_window->editor()); // back where the user types
}

void TestMainWindow::inputBoxTextIsAllTheProgramGets()
{
    typeCode(QStringLiteral("import sys; print(repr(sys.stdin.read()))"));
    m_window->stdinEdit()->setPlainText(QStringLiteral("x\ny"));
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    ConsoleInput *input = m_window->consoleInput();
    QVERIFY(input->isVisible());
    QVERIFY(!input->isOpen());
    QVERIFY(!input->lineEdit()->isEnabled());
    QCOMPARE(QApplication::focusWidget(), m_window->editor());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusLine()->status(), QStringLiteral("OK"), RunTimeoutMs);
    QTRY_COMPARE(m_window->console()->toPlainText(), QStringLiteral("'x\\ny'\n"));
}

void TestMainWindow::settingsOpenFromTheEditMenu()
{
    QAction *settings = nullptr;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() != QStringLiteral("&Edit"))
            continue;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Se&ttings…"))
                settings = action;
        }
    }
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    settings->trigger();
    auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    auto *pages = dialog->findChild<QListWidget *>(QStringLiteral("settingsPages"));
    QVERIFY(pages);
    QCOMPARE(pages->item(0)->text(), QStringLiteral("Remote servers"));
    QCOMPARE(dialog->currentPage(), dialog->remoteServersPage());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
