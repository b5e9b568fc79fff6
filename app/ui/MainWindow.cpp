#include "MainWindow.h"

#include "ActionIcons.h"
#include "Backend.h"
#include "CodeEditor.h"
#include "ConsoleView.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "LanguageCatalog.h"
#include "LanguagePicker.h"
#include "Panel.h"
#include "RecentFiles.h"
#include "RunController.h"
#include "RunStatusLine.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString MainSplitterKey = QStringLiteral("window/mainSplitter");
const QString SideSplitterKey = QStringLiteral("window/sideSplitter");

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

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent), m_backend(backend),
      m_tabs(new DocumentTabs(LanguageCatalog::instance())), m_stdin(new QPlainTextEdit),
      m_console(new ConsoleView), m_statusLine(new RunStatusLine),
      m_languagePicker(new LanguagePicker(LanguageCatalog::instance())),
      m_backendStatus(new QLabel),
      m_runs(new RunController(backend, this))
{
    connect(m_tabs, &DocumentTabs::documentAdded, this, &MainWindow::connectDocument);
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
    connect(m_runs, &RunController::finished, m_statusLine, &RunStatusLine::showResult);
    connect(m_runs, &RunController::failed, this, &MainWindow::showFailure);

    setRunning(false);
    readSettings();
    connectBackend();
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
    if (m_runs->isRunning())
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
    m_statusLine->showRunning(QStringLiteral("run"));
    m_runs->start(request);
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
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this] { m_tabs->recentFiles()->fillMenu(m_recentMenu); });
    file->addActions({m_saveAction, m_saveAsAction});
    file->addSeparator();
    file->addAction(m_closeTabAction);
    file->addSeparator();
    file->addAction(m_quitAction);

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
    toolBar->addWidget(new QLabel(tr("Language:")));
    toolBar->addWidget(m_languagePicker);
    toolBar->addSeparator();
    toolBar->addActions({m_newAction, m_openAction, m_saveAction});
}

QWidget *MainWindow::createPanels()
{
    m_stdin->setFont(editor()->editorFont());
    m_console->setFont(editor()->editorFont());
    m_stdin->setPlaceholderText(tr("Input for the program (stdin)"));
    auto *inputPanel = new Panel(tr("Input"), m_stdin);
    auto *outputPanel = new Panel(tr("Output"), m_console);
    outputPanel->addHeaderWidget(m_statusLine);

    m_sideSplitter = new QSplitter(Qt::Vertical);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(inputPanel);
    m_sideSplitter->addWidget(outputPanel);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 3);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    return m_mainSplitter;
}

void MainWindow::connectBackend()
{
    const auto showStatus = [this](const QString &status, const QString &details) {
        m_backendStatus->setStyleSheet(QString());
        m_backendStatus->setText(status);
        m_backendStatus->setToolTip(details);
    };
    showStatus(m_backend->status().isEmpty() ? m_backend->displayName() : m_backend->status(),
               m_backend->statusDetails());
    connect(m_backend, &Backend::statusChanged, this, showStatus);
    connect(m_backend, &Backend::unavailable, this, [this](const QString &message) {
        m_backendStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_backendStatus->setText(tr("%1 unavailable").arg(m_backend->displayName()));
        m_backendStatus->setToolTip(message);
        statusBar()->showMessage(message);
    });
    connect(m_backend, &Backend::runtimesReady, m_languagePicker, &LanguagePicker::setRuntimes);
    m_backend->fetchRuntimes();
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

void MainWindow::setRunning(bool running)
{
    m_runAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
}

void MainWindow::connectDocument(DocumentController *document)
{
    const auto isCurrent = [this, document] { return document == m_tabs->current(); };
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
}
