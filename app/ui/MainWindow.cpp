#include "MainWindow.h"

#include "ActionIcons.h"
#include "Backend.h"
#include "BackendSelector.h"
#include "BackendSwitch.h"
#include "Backends.h"
#include "CodeEditor.h"
#include "ConsoleInput.h"
#include "ConsoleView.h"
#include "DiagnosticMarks.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "EditActions.h"
#include "FindBar.h"
#include "LanguageCatalog.h"
#include "LanguagePicker.h"
#include "Panel.h"
#include "RecentFiles.h"
#include "RemoteServerStore.h"
#include "RemoteServersPage.h"
#include "RunController.h"
#include "RunStatusLine.h"
#include "SettingsDialog.h"
#include "Theme.h"

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
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString MainSplitterKey = QStringLiteral("window/mainSplitter");
const QString SideSplitterKey = QStringLiteral("window/sideSplitter");
const QString ThemeKey = QStringLiteral("editor/theme");

// A toolbar widget with its label, so that both fold away together on a narrow window.
QWidget *labelled(const QString &label, QWidget *widget)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(label, box));
    layout->addWidget(widget);
    return box;
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
    action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
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
      m_runs(new RunController(this))
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

    setRunning(false);
    readSettings();
}

DocumentController *MainWindow::document() const
{
    return m_tabs->current();
}

CodeEditor *MainWindow::editor() const
{
    return document()->editor();
}

void MainWindow::run()
{
    if (m_runs->isRunning() || m_runStarting)
        return;
    const LanguageInfo *language = document()->language();
    if (!language) {
        m_statusLine->showFailure(tr("Pick a language to run this file as."));
        return;
    }
    ExecuteRequest request;
    request.language = language->language;
    request.files = {SourceFile{document()->fileName(), editor()->text()}};
    request.stdin = m_stdin->toPlainText();
    m_console->clearConsole();
    m_sawCompileStage = false;
    if (m_runDocument)
        m_runDocument->diagnosticMarks()->clear();
    m_runDocument = document();
    m_statusLine->showRunning(QStringLiteral("run"));
    // The tab's own backend; a remote's is handed out once its API key is read.
    m_runStarting = true;
    m_runAction->setEnabled(false);
    m_backends->use(document()->backendId(), this, [this, request](Backend *backend) {
        m_runStarting = false;
        m_runs->start(backend, request);
        m_runAction->setEnabled(!m_runs->isRunning());
    });
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_backends, this);
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

    m_stopAction = new QAction(ActionIcons::stop(), tr("S&top"), this);
    setShortcutsWithTooltip(m_stopAction, {QKeySequence(QStringLiteral("Shift+F5"))});
    connect(m_stopAction, &QAction::triggered, m_runs, &RunController::stop);
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
    run->addActions({m_runAction, m_stopAction});
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Run first: on a narrow window the end of the toolbar folds away.
    toolBar->addActions({m_runAction, m_stopAction});
    toolBar->addSeparator();
    toolBar->addWidget(labelled(tr("Run on:"), m_backendSelector));
    toolBar->addSeparator();
    toolBar->addWidget(labelled(tr("Language:"), m_languagePicker));
    toolBar->addSeparator();
    toolBar->addActions({m_newAction, m_openAction, m_saveAction});
}

QWidget *MainWindow::createPanels()
{
    m_stdin->setFont(editor()->editorFont());
    m_console->setFont(editor()->editorFont());
    m_stdin->setPlaceholderText(tr("Input for the program (stdin)"));
    auto *inputPanel = new Panel(tr("Input"), m_stdin);
    // The input line sits under the console, where the program's questions appear.
    m_consoleInput->lineEdit()->setFont(editor()->editorFont());
    auto *outputPanel = new Panel(tr("Output"), stackedOver(m_console, m_consoleInput));
    outputPanel->addHeaderWidget(m_statusLine);

    m_sideSplitter = new QSplitter(Qt::Vertical);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(inputPanel);
    m_sideSplitter->addWidget(outputPanel);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 3);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    // The find bar sits under whichever document is in view.
    m_mainSplitter->addWidget(stackedOver(m_tabs, m_findBar));
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    return m_mainSplitter;
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    if (!m_mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray()))
        m_mainSplitter->setSizes({760, 520});
    if (!m_sideSplitter->restoreState(settings.value(SideSplitterKey).toByteArray()))
        m_sideSplitter->setSizes({180, 560});
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(SideSplitterKey, m_sideSplitter->saveState());
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

void MainWindow::setRunning(bool running)
{
    m_runAction->setEnabled(!running && !m_runStarting);
    m_stopAction->setEnabled(running);
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
    connect(document, &DocumentController::fileNameChanged, this, [this, isCurrent] {
        if (isCurrent())
            showDocument(m_tabs->current());
    });
    connect(document->editor(), &QsciScintilla::modificationChanged, this,
            [this, isCurrent](bool modified) {
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
    setWindowTitle(tr("%1[*] — RunPad").arg(document->fileName()));
    setWindowModified(document->editor()->isModified());
    m_languagePicker->setCurrentLanguage(document->language());
    if (m_stdin->document() != document->stdinDocument())
        m_stdin->setDocument(document->stdinDocument());
    styleSidePanels(document->editor()->theme());
    m_editActions->setEditor(document->editor());
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
    m_consoleInput->lineEdit()->setPalette(theme.palette(m_consoleInput->lineEdit()->palette()));
}
