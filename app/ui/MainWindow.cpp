#include "MainWindow.h"

#include "ActionIcons.h"
#include "Backend.h"
#include "BackendSelector.h"
#include "BackendSwitch.h"
#include "Backends.h"
#include "CaseDiffView.h"
#include "CodeEditor.h"
#include "CompanionController.h"
#include "ConsoleInput.h"
#include "ConsoleView.h"
#include "Counted.h"
#include "DiagnosticMarks.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "EditActions.h"
#include "FindBar.h"
#include "KeyBar.h"
#include "LanguageCatalog.h"
#include "LanguagePicker.h"
#include "Panel.h"
#include "PracticePanels.h"
#include "RecentFiles.h"
#include "RemoteServerStore.h"
#include "RemoteServersPage.h"
#include "RunAllController.h"
#include "RunController.h"
#include "RunStatusLine.h"
#include "SettingsDialog.h"
#include "StressTestDialog.h"
#include "TestCaseModel.h"
#include "TestsPanel.h"
#include "Theme.h"
#include "TouchScrolling.h"
#include "TouchTargets.h"
#include "UiLanguage.h"
#include "WindowLayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString LayoutKey = QStringLiteral("window/layout");
const QString ThemeKey = QStringLiteral("editor/theme");

// A toolbar widget with its label, so that both fold away together on a narrow window. The label
// is named "toolLabel": a phone has no room for it.
QWidget *labelled(const QString &label, QWidget *widget)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    auto *text = new QLabel(label, box);
    text->setObjectName(QStringLiteral("toolLabel"));
    layout->addWidget(text);
    layout->addWidget(widget);
    return box;
}

// The action as a button of its own for the toolbar, so that the toolbar can hide the button's
// place (QToolBar::addWidget's action) while the action and its shortcuts stay.
QToolButton *toolButtonFor(QToolBar *toolBar, QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(toolBar->toolButtonStyle());
    button->setIconSize(toolBar->iconSize());
    QObject::connect(toolBar, &QToolBar::iconSizeChanged, button, &QToolButton::setIconSize);
    return button;
}

// A phone wraps long lines: scrolling sideways with a finger loses the place.
void wrapForPhone(CodeEditor *editor, bool phone)
{
    editor->setWrapMode(phone ? QsciScintilla::WrapWord : QsciScintilla::WrapNone);
    editor->setWrapIndentMode(QsciScintilla::WrapIndentIndented);
    editor->SendScintilla(QsciScintillaBase::SCI_SETHSCROLLBAR, static_cast<unsigned long>(!phone));
}

// Touch targets on a phone: every control a fingertip high.
QString phoneStyleSheet()
{
    return QStringLiteral("QToolButton, QPushButton, QComboBox, QLineEdit { min-height: %1px; }"
                          "QToolButton::menu-indicator { image: none; width: 0; }"
                          "QTabBar::tab { min-height: %1px; min-width: %1px; }"
                          "QTabBar#phoneTabs::tab:selected {"
                          "  font-weight: bold; border-bottom: 3px solid palette(highlight); }")
        .arg(TouchTargets::MinimumSize);
}

// `main` over `below`, edge to edge, with all the room left to `main`.
QWidget *stackedOver(QWidget *main, QWidget *below)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(main, 1);
    layout->addWidget(below);
    return box;
}

// Tooltips name the shortcuts, so the keyboard is discoverable from the toolbar.
void setShortcutsWithTooltip(QAction *action, const QList<QKeySequence> &shortcuts)
{
    action->setShortcuts(shortcuts);
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts)
        keys << shortcut.toString(QKeySequence::NativeText);
    // "실행 (F5)", not "실행(R) (F5)": of "실행(&R)" a plain remove('&') leaves "(R)".
    action->setToolTip(QStringLiteral("%1 (%2)").arg(UiLanguage::withoutMnemonic(action->text()),
                                                     keys.join(QStringLiteral(", "))));
}
} // namespace

MainWindow::MainWindow(Backend *local, QWidget *parent)
    : MainWindow(new Backends(local, new RemoteServerStore), parent)
{
    m_backends->setParent(this);
    m_backends->store()->setParent(m_backends);
}

MainWindow::MainWindow(Backends *backends, QWidget *parent)
    : QMainWindow(parent), m_backends(backends),
      m_tabs(new DocumentTabs(LanguageCatalog::instance())), m_editActions(new EditActions(this)),
      m_findBar(new FindBar), m_stdin(new QPlainTextEdit), m_console(new ConsoleView),
      m_consoleInput(new ConsoleInput), m_statusLine(new RunStatusLine),
      m_languagePicker(new LanguagePicker(LanguageCatalog::instance())),
      m_backendStatus(new QLabel), m_backendSelector(new BackendSelector(backends)),
      m_runs(new RunController(this)), m_testsPanel(new TestsPanel), m_diffView(new CaseDiffView),
      m_runAll(new RunAllController(this)), m_companion(new CompanionController(this))
{
    m_themeName = QSettings().value(ThemeKey).toString();
    m_editActions->setFindBar(m_findBar);
    connect(m_tabs, &DocumentTabs::documentAdded, this, &MainWindow::connectDocument);
    m_backendSwitch = new BackendSwitch(m_backends, m_tabs, m_backendSelector, m_languagePicker,
                                        m_backendStatus, this);
    connect(m_backendSwitch, &BackendSwitch::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_backendSelector, &BackendSelector::manageRequested, this, [this] {
        SettingsDialog *settings = openSettings();
        settings->showPage(settings->remoteServersPage());
    });
    connect(m_tabs, &DocumentTabs::currentDocumentChanged, this, &MainWindow::showDocument);
    const QList<LanguageInfo> &languages = LanguageCatalog::instance().languages();
    const LanguageInfo *python = LanguageCatalog::instance().byName(QStringLiteral("python"));
    m_tabs->newDocument(python ? python : languages.isEmpty() ? nullptr : &languages.first());

    createActions();
    createMenus();
    createToolBar();
    setCentralWidget(createPanels());
    adaptChrome();
    m_backendStatus->setObjectName(QStringLiteral("backendStatus"));
    statusBar()->addPermanentWidget(m_backendStatus);

    connect(m_languagePicker, &LanguagePicker::languagePicked, this,
            [this](const LanguageInfo *language) { document()->setLanguage(language); });
    connect(m_runs, &RunController::runningChanged, this, &MainWindow::setRunning);
    connect(m_runs, &RunController::stageStarted, this, &MainWindow::showStage);
    connect(m_runs, &RunController::output, this, &MainWindow::showOutput);
    connect(m_runs, &RunController::finished, this, &MainWindow::showResult);
    connect(m_console, &ConsoleView::diagnosticActivated, this, &MainWindow::goToDiagnostic);
    connect(m_console, &ConsoleView::diagnosticsLinked, this, &MainWindow::markDiagnostics);
    connect(m_runs, &RunController::failed, this, &MainWindow::showFailure);
    connect(m_consoleInput, &ConsoleInput::lineEntered, this, &MainWindow::sendInput);
    connect(m_consoleInput, &ConsoleInput::endOfInput, this, &MainWindow::endInput);

    connect(m_runAll, &RunAllController::runningChanged, this, &MainWindow::updateRunActions);
    connect(m_runAll, &RunAllController::compileFailed, this, &MainWindow::showTestsCompileError);
    connect(m_runAll, &RunAllController::finished, this, &MainWindow::showTestsFinished);
    connect(m_runAll, &RunAllController::failed, this, &MainWindow::showTestsFailure);
    connect(m_testsPanel, &TestsPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_companion, &CompanionController::problemReceived, this, &MainWindow::openProblem);

    if (m_companion->isEnabled() && !m_companion->isListening())
        statusBar()->showMessage(
            tr("Competitive Companion cannot reach RunPad: %1. Pick another port in Settings ▸ "
               "Competitive Companion.")
                .arg(m_companion->error()),
            15000);

    if (!m_backends->localUnavailable().isEmpty())
        sayRemoteOnly();
    setRunning(false);
    readSettings();
    showDocument(document()); // the panels made after the first document show it too
}

// Said once at start, where the console will show the runs: why there is no local sandbox.
void MainWindow::sayRemoteOnly()
{
    const QString remote = m_backends->name(m_backends->defaultId());
    const QString text =
        remote.isEmpty()
            ? tr("The local sandbox cannot run here: %1. Add a remote server to run code "
                 "(Settings ▸ Remote servers).")
                  .arg(m_backends->localUnavailable())
            : tr("The local sandbox cannot run here: %1. Code runs on %2.")
                  .arg(m_backends->localUnavailable(), remote);
    m_console->appendNote(text);
    statusBar()->showMessage(text, 30000);
}

DocumentController *MainWindow::document() const
{
    return m_tabs->current();
}

CodeEditor *MainWindow::editor() const
{
    return document()->editor();
}

bool MainWindow::prepareRun()
{
    if (m_runs->isRunning() || m_runAll->isRunning() || m_runStarting)
        return false;
    if (!document()->language()) {
        m_statusLine->showFailure(tr("Pick a language to run this file as."));
        return false;
    }
    m_console->clearConsole();
    m_sawCompileStage = false;
    if (m_runDocument)
        m_runDocument->diagnosticMarks()->clear();
    m_runDocument = document();
    return true;
}

void MainWindow::run()
{
    if (!prepareRun())
        return;
    ExecuteRequest request;
    request.language = document()->language()->language;
    request.files = {SourceFile{document()->fileName(), editor()->text()}};
    request.stdin = m_stdin->toPlainText();
    m_outputPanel->setCurrentPage(m_consoleArea);
    m_layout->reveal(m_consoleArea); // a phone shows the output while it runs
    m_statusLine->showRunning(QStringLiteral("run"));
    // The tab's own backend; a remote's is handed out once its API key is read.
    m_runStarting = true;
    updateRunActions();
    const QString backendId = document()->backendId();
    m_backends->use(backendId, this, [this, request, backendId](Backend *backend) {
        m_runStarting = false;
        if (backend)
            m_runs->start(backend, request);
        else
            showFailure(m_backends->whyNoBackend(backendId));
        updateRunActions();
    });
}

void MainWindow::runAllTests()
{
    TestCaseModel *tests = document()->tests();
    m_practice->showTests();
    if (tests->rowCount() == 0) {
        m_practice->setNotice(tr("There are no test cases to run: add one first."));
        return;
    }
    if (!prepareRun())
        return;
    ExecuteRequest program;
    program.language = document()->language()->language;
    program.files = {SourceFile{document()->fileName(), editor()->text()}};
    // Compiling, then judging: the tests panel counts the cases done.
    m_statusLine->showRunning(QStringLiteral("run"));
    m_testsCompileFailed = false;
    m_runStarting = true;
    updateRunActions();
    const QString backendId = document()->backendId();
    m_backends->use(
        backendId, this,
        [this, program, backendId, model = QPointer<TestCaseModel>(tests)](Backend *backend) {
            m_runStarting = false;
            if (!backend)
                showTestsFailure(m_backends->whyNoBackend(backendId));
            else if (model)
                m_runAll->start(backend, program, model);
            updateRunActions();
        });
}

void MainWindow::showTestsCompileError(const QString &compilerOutput)
{
    // The compiler's messages go where a Run's would: the console, linked to the lines.
    m_console->appendNote(tr("Compiling…"));
    m_console->append(ConsoleView::Channel::Stderr, compilerOutput);
    m_console->linkDiagnostics();
    m_outputPanel->setCurrentPage(m_consoleArea);
    m_testsCompileFailed = true;
    m_statusLine->showCompileError(tr("Compilation failed: no case could run"));
}

void MainWindow::showTestsFinished(TestCaseModel *judged, int passed, int total)
{
    if (!m_testsCompileFailed)
        m_statusLine->showTests(passed, total,
                                passed == total ? tr("every test case passed")
                                                : tr("test cases passed"));
    // The first case that failed is the one to look at (the compiler's messages are, after CE).
    if (!m_testsCompileFailed)
        m_practice->showFirstFailure(judged);
}

void MainWindow::showTestsFailure(const QString &message)
{
    showFailure(message);
    m_practice->setNotice(message);
}

StressTestDialog *MainWindow::openStressTest()
{
    DocumentController *current = document();
    StressTestDialog *dialog = nullptr;
    for (StressTestDialog *open : findChildren<StressTestDialog *>()) {
        if (open->document() == current)
            dialog = open;
    }
    if (!dialog) {
        dialog = new StressTestDialog(m_backends, current, this);
        connect(dialog, &StressTestDialog::counterexampleAdded, this, [this, current](int row) {
            m_tabs->setCurrentWidget(current->editor());
            m_practice->showTests();
            m_practice->showCase(row);
        });
        // The dialog goes with its document.
        connect(current, &QObject::destroyed, dialog, &QObject::deleteLater);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::openProblem(const Problem &problem, const QString &batchId, int batchSize)
{
    QString received = problem.name;
    if (batchSize > 1) {
        const int count = ++m_batchesReceived[batchId];
        received = tr("%1 (%2 of %3 from %4)")
                       .arg(problem.name)
                       .arg(count)
                       .arg(batchSize)
                       .arg(problem.group);
    }
    // The same problem sent again shows its tab: the tests there may have been worked on.
    for (DocumentController *open : m_tabs->documents()) {
        if (!problem.url.isEmpty() && open->tests()->problem().url == problem.url) {
            m_tabs->setCurrentWidget(open->editor());
            statusBar()->showMessage(tr("%1 is open already.").arg(problem.name), 8000);
            return;
        }
    }
    const LanguageInfo *language = LanguageCatalog::instance().byName(m_companion->languageId());
    if (!language)
        language = document()->language();
    m_tabs->openProblem(language, problem);
    m_practice->showTests();
    statusBar()->showMessage(
        tr("Received %1 with %2.").arg(received, Counted::testCases(int(problem.tests.size()))),
        8000);
    // The click was in the browser: bring the window to the problem.
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_backends, m_companion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::sendInput(const QString &line)
{
    const QString text = line + QLatin1Char('\n');
    m_console->append(ConsoleView::Channel::Input, text);
    m_runs->writeStdin(text);
}

void MainWindow::endInput()
{
    // The disabled line would hand the focus to whatever comes next; the editor is better.
    const bool hadFocus = m_consoleInput->isAncestorOf(QApplication::focusWidget());
    m_runs->closeStdin();
    m_consoleInput->setClosed(ConsoleInput::Closed::ByUser);
    if (hadFocus)
        editor()->setFocus();
    m_console->appendNote(tr("[end of input]"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_tabs->maybeSaveAll()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New"), this);
    setShortcutsWithTooltip(m_newAction, QKeySequence::keyBindings(QKeySequence::New));
    connect(m_newAction, &QAction::triggered, this,
            [this] { m_tabs->newDocument(document()->language()); });

    m_openAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    setShortcutsWithTooltip(m_openAction, QKeySequence::keyBindings(QKeySequence::Open));
    connect(m_openAction, &QAction::triggered, m_tabs, &DocumentTabs::open);

    m_saveAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    setShortcutsWithTooltip(m_saveAction, QKeySequence::keyBindings(QKeySequence::Save));
    connect(m_saveAction, &QAction::triggered, this, [this] { document()->save(); });

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    setShortcutsWithTooltip(m_saveAsAction, QKeySequence::keyBindings(QKeySequence::SaveAs));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { document()->saveAs(); });

    m_closeTabAction = new QAction(tr("&Close Tab"), this);
    setShortcutsWithTooltip(m_closeTabAction, QKeySequence::keyBindings(QKeySequence::Close));
    connect(m_closeTabAction, &QAction::triggered, this,
            [this] { m_tabs->closeDocument(m_tabs->currentIndex()); });
    m_nextTabAction = new QAction(tr("&Next Tab"), this);
    setShortcutsWithTooltip(m_nextTabAction, {QKeySequence(QStringLiteral("Ctrl+Tab")),
                                              QKeySequence(QStringLiteral("Ctrl+PgDown"))});
    connect(m_nextTabAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    m_previousTabAction = new QAction(tr("&Previous Tab"), this);
    setShortcutsWithTooltip(m_previousTabAction, {QKeySequence(QStringLiteral("Ctrl+Shift+Tab")),
                                                  QKeySequence(QStringLiteral("Ctrl+PgUp"))});
    connect(m_previousTabAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    // The window's own: they must work whichever widget has the focus.
    addActions({m_closeTabAction, m_nextTabAction, m_previousTabAction});

    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    setShortcutsWithTooltip(m_settingsAction, {QKeySequence(QStringLiteral("Ctrl+,"))});
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    addAction(m_settingsAction);

    m_quitAction = new QAction(tr("&Quit"), this);
    setShortcutsWithTooltip(m_quitAction, QKeySequence::keyBindings(QKeySequence::Quit));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_runAction = new QAction(ActionIcons::run(), tr("&Run"), this);
    setShortcutsWithTooltip(m_runAction, {QKeySequence(QStringLiteral("Ctrl+Return")),
                                          QKeySequence(QStringLiteral("Ctrl+Enter")),
                                          QKeySequence(QStringLiteral("F5"))});
    connect(m_runAction, &QAction::triggered, this, &MainWindow::run);

    m_runAllAction = new QAction(ActionIcons::run(), tr("Run &All Tests"), this);
    m_runAllAction->setIconText(tr("Run all"));
    setShortcutsWithTooltip(m_runAllAction, {QKeySequence(QStringLiteral("Ctrl+Shift+Return")),
                                             QKeySequence(QStringLiteral("Ctrl+Shift+Enter"))});
    connect(m_runAllAction, &QAction::triggered, this, &MainWindow::runAllTests);
    addAction(m_runAllAction); // from the tests list as from the editor

    m_stressAction = new QAction(tr("Stress &Test…"), this);
    m_stressAction->setIconText(tr("Stress…"));
    m_stressAction->setToolTip(tr("Find an input where your solution and a brute force differ"));
    connect(m_stressAction, &QAction::triggered, this, &MainWindow::openStressTest);

    m_stopAction = new QAction(ActionIcons::stop(), tr("S&top"), this);
    setShortcutsWithTooltip(m_stopAction, {QKeySequence(QStringLiteral("Shift+F5"))});
    connect(m_stopAction, &QAction::triggered, this, [this] {
        m_runs->stop();
        m_runAll->stop();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newAction, m_openAction});
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this,
            [this, recent] { m_tabs->recentFiles()->fillMenu(recent); });
    file->addActions({m_saveAction, m_saveAsAction});
    file->addSeparator();
    file->addAction(m_closeTabAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_editActions->actions());
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(themeMenu); // exclusive: checking one unchecks the rest
    const auto addTheme = [&](const QString &label, const QString &name) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(name == m_themeName);
        action->setData(name);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { setThemeName(name); });
    };
    addTheme(tr("Follow the System"), QString());
    themeMenu->addSeparator();
    for (const QString &name : Theme::names())
        addTheme(name, name);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addActions({m_runAction, m_runAllAction, m_stopAction});
    run->addSeparator();
    run->addAction(m_stressAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // A phone has no menu bar: the menus are behind this button.
    auto *menuButton = new QToolButton;
    menuButton->setObjectName(QStringLiteral("menuButton"));
    menuButton->setText(QStringLiteral("☰"));
    menuButton->setToolTip(tr("Menu"));
    menuButton->setAccessibleName(tr("Menu"));
    menuButton->setAutoRaise(true);
    TouchTargets::enlarge(menuButton); // only a phone shows it
    menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(menuButton);
    for (QAction *barMenu : menuBar()->actions())
        menu->addAction(barMenu);
    menuButton->setMenu(menu);
    m_menuButtonTool = toolBar->addWidget(menuButton);
    // Run first: on a narrow window the end of the toolbar folds away.
    for (QAction *action : {m_runAction, m_stopAction})
        m_wideOnlyTools << toolBar->addWidget(toolButtonFor(toolBar, action));
    m_wideOnlyTools << toolBar->addSeparator();
    m_languagePicker->setMinimumContentsLength(10); // as short as a phone may make it
    toolBar->addWidget(labelled(tr("Language:"), m_languagePicker));
    m_wideOnlyTools << toolBar->addSeparator();
    toolBar->addWidget(labelled(tr("Run on:"), m_backendSelector));
    m_wideOnlyTools << toolBar->addSeparator();
    for (QAction *action : {m_newAction, m_openAction, m_saveAction}) {
        m_fileButtons << toolButtonFor(toolBar, action);
        m_wideOnlyTools << toolBar->addWidget(m_fileButtons.last());
    }
}

void MainWindow::adaptChrome()
{
    const bool phone = m_layout->mode() == WindowLayout::Mode::Phone;
    menuBar()->setVisible(!phone);
    m_menuButtonTool->setVisible(phone);
    for (QAction *tool : std::as_const(m_wideOnlyTools))
        tool->setVisible(!phone);
    // Narrower than a desktop, the toolbar sheds its labels and the file commands their words.
    const bool wide = m_layout->mode() == WindowLayout::Mode::Wide;
    for (QLabel *label : findChildren<QLabel *>(QStringLiteral("toolLabel")))
        label->setVisible(wide);
    for (QToolButton *button : std::as_const(m_fileButtons))
        button->setToolButtonStyle(wide ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    setStyleSheet(phone ? phoneStyleSheet() : QString());
    // On a phone the language's name may be shortened, so that the toolbar fits its width.
    m_languagePicker->setSizeAdjustPolicy(phone ? QComboBox::AdjustToMinimumContentsLengthWithIcon
                                                : QComboBox::AdjustToContents);
    // A tab's close button cannot be made fingertip-sized: a phone closes tabs from the menu.
    m_tabs->setTabsClosable(!phone);
    for (DocumentController *document : m_tabs->documents())
        wrapForPhone(document->editor(), phone);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_layout->setMode(WindowLayout::modeFor(size()));
}

QWidget *MainWindow::createPanels()
{
    m_stdin->setFont(editor()->editorFont());
    m_console->setFont(editor()->editorFont());
    m_diffView->setTextFont(editor()->editorFont());
    m_testsPanel->setTextFont(editor()->editorFont());
    m_stdin->setPlaceholderText(tr("Input for the program (stdin)"));
    // The tests share the place of the input: each is what a program reads.
    m_inputPanel = new Panel(tr("Input"), m_stdin);
    m_inputPanel->setObjectName(QStringLiteral("inputPanel"));
    m_inputPanel->addPage(tr("Tests"), m_testsPanel);
    m_testsPanel->addWindowAction(m_runAllAction, /*atFront=*/true);
    m_testsPanel->addWindowAction(m_stressAction, /*atFront=*/false);
    // The input line sits under the console, where the program's questions appear; a test's
    // outputs take the console's place when a case is picked.
    m_consoleInput->lineEdit()->setFont(editor()->editorFont());
    m_consoleArea = stackedOver(m_console, m_consoleInput);
    m_outputPanel = new Panel(tr("Output"), m_consoleArea);
    m_outputPanel->setObjectName(QStringLiteral("outputPanel"));
    m_outputPanel->addPage(tr("Test"), m_diffView);
    m_outputPanel->addHeaderWidget(m_statusLine);

    m_practice =
        new PracticePanels(m_testsPanel, m_diffView, m_inputPanel, m_outputPanel, m_runAll, this);

    for (QAbstractScrollArea *area : std::initializer_list<QAbstractScrollArea *>{
             m_stdin, m_console, m_testsPanel->view(), m_diffView->inputEdit(),
             m_diffView->expectedEdit(), m_diffView->actualEdit()})
        TouchScrolling::enable(area);

    // The find bar sits under whichever document is in view.
    m_layout = new WindowLayout(stackedOver(m_tabs, m_findBar), m_inputPanel, m_stdin, m_testsPanel,
                                m_outputPanel, m_runAction, m_stopAction);
    m_layout->keyBar()->setTarget([this]() -> QWidget * {
        return m_layout->currentPhoneTab() == WindowLayout::InputTab
                   ? static_cast<QWidget *>(m_stdin)
                   : editor();
    });
    connect(m_layout, &WindowLayout::modeChanged, this, &MainWindow::adaptChrome);
    return m_layout;
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    m_layout->restoreState(settings.value(LayoutKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(LayoutKey, m_layout->saveState());
}

void MainWindow::showStage(const QString &stage)
{
    m_statusLine->showRunning(stage);
    if (stage == QLatin1String("compile")) {
        m_sawCompileStage = true;
        m_console->appendNote(tr("Compiling…"));
    } else if (m_sawCompileStage) {
        m_console->appendNote(tr("Running…"));
    }
}

void MainWindow::showOutput(const QString &stream, const QString &text)
{
    m_console->append(stream == QLatin1String("stderr") ? ConsoleView::Channel::Stderr
                                                        : ConsoleView::Channel::Stdout,
                      text);
}

void MainWindow::showFailure(const QString &message)
{
    m_statusLine->showFailure(message);
    m_console->appendNote(message);
}

void MainWindow::showResult(const ExecuteResult &result)
{
    m_statusLine->showResult(result);
    m_console->linkDiagnostics(); // markDiagnostics() follows with what the console links
}

// The editor that ran marks what the console links: both come from the same parse.
void MainWindow::markDiagnostics(const QList<Diagnostic> &diagnostics)
{
    if (!m_runDocument)
        return; // its tab was closed while it ran
    QList<Diagnostic> ours;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (m_runDocument->isNamed(diagnostic.file))
            ours << diagnostic;
    }
    m_runDocument->diagnosticMarks()->show(ours);
}

// The document the diagnostic names: the one that ran if it has that name, else any open one.
void MainWindow::goToDiagnostic(const Diagnostic &diagnostic)
{
    QList<DocumentController *> candidates = m_tabs->documents();
    if (m_runDocument)
        candidates.prepend(m_runDocument);
    DocumentController *target = nullptr;
    for (DocumentController *document : candidates) {
        if (document->isNamed(diagnostic.file)) {
            target = document;
            break;
        }
    }
    if (!target) {
        statusBar()->showMessage(tr("%1 is not open.").arg(diagnostic.file), 4000);
        return;
    }
    m_tabs->setCurrentWidget(target->editor());
    CodeEditor *editor = target->editor();
    const int line = qBound(0, diagnostic.line - 1, qMax(0, editor->lines() - 1));
    editor->setCursorPosition(line, qMax(0, diagnostic.column - 1));
    editor->ensureLineVisible(line);
    editor->setFocus();
}

void MainWindow::updateRunActions()
{
    const bool busy = m_runs->isRunning() || m_runAll->isRunning() || m_runStarting;
    m_runAction->setEnabled(!busy);
    m_runAllAction->setEnabled(!busy);
    m_stopAction->setEnabled(m_runs->isRunning() || m_runAll->isRunning());
}

void MainWindow::setRunning(bool running)
{
    updateRunActions();
    if (!running) {
        const bool hadFocus = m_consoleInput->isAncestorOf(QApplication::focusWidget());
        m_consoleInput->hide();
        if (hadFocus)
            editor()->setFocus();
        return;
    }
    // Stdin stays open only when the Input box was empty (RunController).
    if (m_runs->isStdinOpen()) {
        m_consoleInput->setOpen();
        m_consoleInput->show();
        m_consoleInput->lineEdit()->setFocus();
    } else {
        m_consoleInput->setClosed(ConsoleInput::Closed::ByInputBox);
        m_consoleInput->show();
    }
}

void MainWindow::connectDocument(DocumentController *document)
{
    const auto isCurrent = [this, document] { return document == m_tabs->current(); };
    if (!m_themeName.isEmpty())
        document->editor()->setTheme(Theme::byName(m_themeName));
    TouchScrolling::enable(document->editor());
    if (m_layout)
        wrapForPhone(document->editor(), m_layout->mode() == WindowLayout::Mode::Phone);
    connect(document->editor(), &CodeEditor::themeChanged, this,
            [this, isCurrent](const Theme &theme) {
                if (isCurrent())
                    styleSidePanels(theme);
            });
    connect(document, &DocumentController::languageChanged, this,
            [this, isCurrent](const LanguageInfo *language) {
                if (isCurrent())
                    m_languagePicker->setCurrentLanguage(language);
            });
    // Every new file name comes with titleChanged() too.
    connect(document, &DocumentController::titleChanged, this, [this, isCurrent] {
        if (isCurrent())
            showDocument(m_tabs->current());
    });
    connect(document, &DocumentController::modifiedChanged, this, [this, isCurrent](bool modified) {
        if (isCurrent())
            setWindowModified(modified);
    });
    connect(document, &DocumentController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
}

// The window follows the current tab: title, language, and the stdin box shows its input.
void MainWindow::showDocument(DocumentController *document)
{
    if (!document)
        return;
    setWindowTitle(tr("%1[*] — RunPad").arg(document->title()));
    setWindowModified(document->isModified());
    m_languagePicker->setCurrentLanguage(document->language());
    if (m_stdin->document() != document->stdinDocument())
        m_stdin->setDocument(document->stdinDocument());
    styleSidePanels(document->editor()->theme());
    m_editActions->setEditor(document->editor());
    if (m_practice) // made after the first document
        m_practice->setDocument(document);
}

void MainWindow::setThemeName(const QString &name)
{
    m_themeName = name;
    QSettings().setValue(ThemeKey, name);
    const Theme theme = name.isEmpty() ? Theme() : Theme::byName(name);
    for (DocumentController *document : m_tabs->documents())
        document->editor()->setTheme(theme);
}

// The stdin box and the console wear the editor's colours.
void MainWindow::styleSidePanels(const Theme &theme)
{
    if (!theme.isValid())
        return;
    m_stdin->setPalette(theme.palette(m_stdin->palette()));
    m_console->setPalette(theme.palette(m_console->palette()));
    m_testsPanel->view()->setPalette(theme.palette(m_testsPanel->view()->palette()));
    m_diffView->setTextPalette(theme.palette(m_diffView->inputEdit()->palette()));
    m_consoleInput->lineEdit()->setPalette(theme.palette(m_consoleInput->lineEdit()->palette()));
}
