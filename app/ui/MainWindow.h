#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class Backend;
class BackendSelector;
class BackendSwitch;
class Backends;
class CaseDiffView;
class CompanionController;
class Panel;
class PracticePanels;
class RunAllController;
class StressTestDialog;
class TestCaseModel;
class TestsPanel;
class WindowLayout;
struct Problem;
class CodeEditor;
class Theme;
struct Diagnostic;
struct ExecuteResult;
class ConsoleInput;
class ConsoleView;
class DocumentController;
class DocumentTabs;
class EditActions;
class FindBar;
class LanguagePicker;
class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QToolButton;
class RunController;
class RunStatusLine;
class SettingsDialog;

// The IDE window: arranges the editor, the stdin box and the tests beside it, the console and a
// test's diff under them, and wires the toolbar and menus to the document, the runs and Run all.
// Receives Competitive Companion's problems into new tabs. The panels are separate widgets so
// another arrangement (a phone layout) can reuse them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Each tab runs its code on the backend picked for it; backends must outlive the window.
    explicit MainWindow(Backends *backends, QWidget *parent = nullptr);
    // The local backend and the remotes in the settings; local must outlive the window.
    explicit MainWindow(Backend *local, QWidget *parent = nullptr);

    void run();
    // Judges every test case of the current document (Ctrl+Shift+Enter).
    void runAllTests();
    // The current document's stress test dialog, shown (one per document, kept with what was
    // typed in it).
    StressTestDialog *openStressTest();
    // A problem received from Competitive Companion: a new tab, or the tab that has it already.
    void openProblem(const Problem &problem, const QString &batchId, int batchSize);
    // Opens the settings dialog (window-modal, so it is returned open).
    SettingsDialog *openSettings();

    // The document in the current tab, and its editor.
    DocumentController *document() const;
    CodeEditor *editor() const;
    DocumentTabs *tabs() const { return m_tabs; }
    EditActions *editActions() const { return m_editActions; }
    FindBar *findBar() const { return m_findBar; }
    QPlainTextEdit *stdinEdit() const { return m_stdin; }
    ConsoleView *console() const { return m_console; }
    ConsoleInput *consoleInput() const { return m_consoleInput; }
    Backends *backends() const { return m_backends; }
    BackendSelector *backendSelector() const { return m_backendSelector; }
    RunStatusLine *statusLine() const { return m_statusLine; }
    LanguagePicker *languagePicker() const { return m_languagePicker; }
    RunController *runController() const { return m_runs; }
    RunAllController *runAllController() const { return m_runAll; }
    TestsPanel *testsPanel() const { return m_testsPanel; }
    CaseDiffView *diffView() const { return m_diffView; }
    CompanionController *companion() const { return m_companion; }
    // Input | Tests, and Output | Test n.
    Panel *inputPanel() const { return m_inputPanel; }
    Panel *outputPanel() const { return m_outputPanel; }
    // Wide, tall or phone: follows the window's size.
    WindowLayout *windowLayout() const { return m_layout; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createPanels();
    // The menus, toolbar and touch sizes for the arrangement: a phone gets a menu button in place
    // of the menu bar, and Run at the bottom instead of in the toolbar.
    void adaptChrome();
    void sayRemoteOnly();
    void sendInput(const QString &line);
    void endInput();
    void connectDocument(DocumentController *document);
    void showDocument(DocumentController *document);
    // Empty: follow the system's light or dark palette.
    void setThemeName(const QString &name);
    void styleSidePanels(const Theme &theme);
    void readSettings();
    void writeSettings() const;

    void showStage(const QString &stage);
    void showOutput(const QString &stream, const QString &text);
    void showFailure(const QString &message);
    void showResult(const ExecuteResult &result);
    void markDiagnostics(const QList<Diagnostic> &diagnostics);
    void goToDiagnostic(const Diagnostic &diagnostic);
    void setRunning(bool running);
    void updateRunActions();
    // Ready for a run of the current document: its language, the console cleared, its errors
    // forgotten; false (and says why) when it cannot run.
    bool prepareRun();

    void showTestsCompileError(const QString &compilerOutput);
    void showTestsFinished(TestCaseModel *judged, int passed, int total);
    void showTestsFailure(const QString &message);

    Backends *m_backends;
    DocumentTabs *m_tabs;
    EditActions *m_editActions;
    FindBar *m_findBar;
    QPlainTextEdit *m_stdin;
    ConsoleView *m_console;
    ConsoleInput *m_consoleInput;
    RunStatusLine *m_statusLine;
    LanguagePicker *m_languagePicker;
    QLabel *m_backendStatus;
    BackendSelector *m_backendSelector;
    BackendSwitch *m_backendSwitch = nullptr;
    WindowLayout *m_layout = nullptr;
    // The toolbar's places that a phone does without (Run is at the bottom there, the file
    // commands in the menu button), and the menu button that only a phone shows.
    QList<QAction *> m_wideOnlyTools;
    QList<QToolButton *> m_fileButtons; // New, Open, Save: words only on a wide window
    QAction *m_menuButtonTool = nullptr;
    RunController *m_runs;
    TestsPanel *m_testsPanel;
    CaseDiffView *m_diffView;
    RunAllController *m_runAll;
    CompanionController *m_companion;
    PracticePanels *m_practice = nullptr;
    Panel *m_inputPanel = nullptr;
    Panel *m_outputPanel = nullptr;
    QWidget *m_consoleArea = nullptr;
    QHash<QString, int> m_batchesReceived; // Competitive Companion batch id -> problems so far
    bool m_sawCompileStage = false;
    bool m_testsCompileFailed = false; // in the last Run all
    bool m_runStarting = false;        // waiting for a remote's API key
    // The document that last ran: its errors are marked in it.
    QPointer<DocumentController> m_runDocument;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QString m_themeName;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_runAllAction = nullptr;
    QAction *m_stressAction = nullptr;
    QAction *m_stopAction = nullptr;
};
