#pragma once

#include "TestCase.h"

#include <QFont>
#include <QPointer>
#include <QWidget>

#include <optional>

class ProblemDialog;
class QAction;
class QLabel;
class QToolBar;
class QTreeView;
class TestCaseDialog;
class TestCaseModel;

// The tests of the current document: one row per case with its verdict, time and memory, a
// summary ("3/5 passed"), and the commands on them — add, edit, duplicate, remove, import and
// export a folder, the problem's limits and checker. Run all and stress testing are the window's
// actions, shown in the panel's toolbar. Shows one TestCaseModel at a time: the current tab's.
class TestsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TestsPanel(QWidget *parent = nullptr);

    // nullptr shows nothing.
    void setModel(TestCaseModel *model);
    TestCaseModel *model() const { return m_model; }
    // The font of the case dialogs: the editor's.
    void setTextFont(const QFont &font) { m_textFont = font; }
    // While Run all judges the model shown, its cases are not edited.
    void setRunning(bool running);
    // Adds a window action to the toolbar: at the front (Run all) or after the panel's own
    // (before the files menu).
    void addWindowAction(QAction *action, bool atFront);
    // Shown in the summary line until the next change, e.g. why Run all could not start.
    void setNotice(const QString &text);

    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemLabel() const { return m_problem; }
    // -1 when none.
    int currentRow() const;
    void selectRow(int row);

    // The dialogs are window-modal and returned open; accepting them applies them.
    TestCaseDialog *addCase();
    TestCaseDialog *editCase(int row);
    ProblemDialog *editProblem();
    int duplicateCase(int row);
    // The summary line then offers to undo it.
    void removeCase(int row);
    void undoRemove();
    // Appends the folder's cases; false (and a message) when there were none.
    bool importFolder(const QString &directory);
    // Asks before replacing files; false when nothing was written.
    bool exportFolder(const QString &directory);

signals:
    // The current case changed; -1 when there is none.
    void caseSelected(int row);
    // For the status bar.
    void message(const QString &text);

private:
    void createActions();
    void updateActions();
    void updateSummary();
    void updateProblemLine();
    TestCaseDialog *openCaseDialog(const QString &title);
    void chooseImportFolder();
    void chooseExportFolder();

    QPointer<TestCaseModel> m_model;
    QFont m_textFont;
    bool m_running = false;
    QString m_notice;
    // The last case removed, and where it was, until the next change.
    std::optional<std::pair<int, TestCase>> m_removed;

    QToolBar *m_toolBar;
    QLabel *m_problem;
    QTreeView *m_view;
    QLabel *m_summary;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_problemAction = nullptr;
    QAction *m_filesSeparator = nullptr;
};
