#include "TestsPanel.h"

#include "Counted.h"
#include "ProblemDialog.h"
#include "TestCaseDialog.h"
#include "TestCaseModel.h"
#include "TestFolder.h"
#include "VerdictDelegate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString checkerText(const CheckerSpec &checker)
{
    switch (checker.kind) {
    case CheckerSpec::Kind::Exact:
        return TestsPanel::tr("exact checker");
    case CheckerSpec::Kind::IgnoreTrailingWhitespace:
        return TestsPanel::tr("line checker");
    case CheckerSpec::Kind::Tokens:
        return TestsPanel::tr("token checker");
    case CheckerSpec::Kind::Float:
        return TestsPanel::tr("numbers within %1")
            .arg(QString::number(qMax(checker.absoluteTolerance, checker.relativeTolerance)));
    case CheckerSpec::Kind::Custom:
        return TestsPanel::tr("custom checker");
    }
    return QString();
}

QString listOf(const QStringList &names)
{
    constexpr int Shown = 3;
    QString text = names.mid(0, Shown).join(QStringLiteral(", "));
    if (names.size() > Shown)
        text += TestsPanel::tr(" and %1 more").arg(names.size() - Shown);
    return text;
}
} // namespace

TestsPanel::TestsPanel(QWidget *parent)
    : QWidget(parent), m_toolBar(new QToolBar), m_problem(new QLabel), m_view(new QTreeView),
      m_summary(new QLabel)
{
    setObjectName(QStringLiteral("testsPanel"));
    m_toolBar->setObjectName(QStringLiteral("testsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_problem->setObjectName(QStringLiteral("problemLine"));
    m_problem->setOpenExternalLinks(true);
    m_problem->setTextFormat(Qt::RichText);
    // Long names are cut rather than widening the window.
    m_problem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problem->setContentsMargins(4, 2, 4, 2);

    m_view->setObjectName(QStringLiteral("testsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(TestCaseModel::VerdictColumn, new VerdictDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setMinimumSectionSize(24);
    // A click shows the case again even when it is the current one (the console was in front).
    connect(m_view, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { emit caseSelected(index.row()); });
    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { editCase(index.row()); });

    m_summary->setObjectName(QStringLiteral("testsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 2, 4, 2);
    connect(m_summary, &QLabel::linkActivated, this, &TestsPanel::undoRemove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    createActions();
    setModel(nullptr);
}

void TestsPanel::createActions()
{
    const auto make = [this](const QString &text, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    const auto add = [this, make](const QString &text, const QString &tip, auto slot) {
        QAction *action = make(text, tip, slot);
        m_toolBar->addAction(action);
        return action;
    };
    m_addAction = add(tr("&Add"), tr("Add a test case"), [this] { addCase(); });
    m_editAction =
        add(tr("&Edit"), tr("Edit the selected case (F2)"), [this] { editCase(currentRow()); });
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicateAction = add(tr("D&uplicate"), tr("Duplicate the selected case"),
                            [this] { selectRow(duplicateCase(currentRow())); });
    m_removeAction = add(tr("&Remove"), tr("Remove the selected case (Delete)"),
                         [this] { removeCase(currentRow()); });
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_toolBar->addSeparator();
    m_problemAction = add(tr("&Problem…"), tr("Time and memory limits, checker, name and address"),
                          [this] { editProblem(); });
    // Window actions added at the end go here, before the files.
    m_filesSeparator = m_toolBar->addSeparator();
    // Folders are less often needed: one button for both keeps the toolbar narrow, and it comes
    // last, where a narrow panel folds its toolbar away.
    m_importAction = make(tr("&Import from a Folder…"),
                          tr("Add the cases of a folder: 1.in with 1.out or 1.ans, and so on"),
                          &TestsPanel::chooseImportFolder);
    m_exportAction =
        make(tr("E&xport to a Folder…"), tr("Write the cases to a folder as 1.in, 1.out, …"),
             &TestsPanel::chooseExportFolder);
    auto *files = new QMenu(this);
    files->setToolTipsVisible(true);
    files->addActions({m_importAction, m_exportAction});
    auto *filesAction = new QAction(tr("&Files"), this);
    filesAction->setToolTip(tr("Import or export the cases as files"));
    filesAction->setMenu(files);
    m_toolBar->addAction(filesAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(filesAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    // The list's own keys work where the focus is in the list; the rest are in its menu too.
    for (QAction *action : {m_editAction, m_removeAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({m_editAction, m_duplicateAction, m_removeAction});
}

void TestsPanel::addWindowAction(QAction *action, bool atFront)
{
    if (!atFront) {
        m_toolBar->insertAction(m_filesSeparator, action);
        return;
    }
    QAction *first = m_toolBar->actions().value(0);
    m_toolBar->insertAction(first, action);
    m_toolBar->insertSeparator(first);
}

void TestsPanel::setModel(TestCaseModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_removed.reset();
    m_notice.clear();
    m_view->setModel(model);
    if (model) {
        const auto rowsChanged = [this] {
            updateSummary();
            updateActions();
        };
        connect(model, &TestCaseModel::modelReset, this, rowsChanged);
        connect(model, &TestCaseModel::rowsInserted, this, rowsChanged);
        connect(model, &TestCaseModel::rowsRemoved, this, rowsChanged);
        connect(model, &TestCaseModel::outcomesChanged, this, &TestsPanel::updateSummary);
        connect(model, &TestCaseModel::edited, this, [this] {
            m_removed.reset();
            m_notice.clear();
            updateProblemLine();
            updateSummary();
        });
        connect(model, &TestCaseModel::modelReset, this, &TestsPanel::updateProblemLine);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    updateActions();
                    emit caseSelected(current.isValid() ? current.row() : -1);
                });
        QHeaderView *header = m_view->header();
        for (int column : {TestCaseModel::NumberColumn, TestCaseModel::VerdictColumn,
                           TestCaseModel::TimeColumn, TestCaseModel::MemoryColumn})
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    updateProblemLine();
    updateSummary();
    updateActions();
}

void TestsPanel::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    updateActions();
    updateSummary();
}

void TestsPanel::setNotice(const QString &text)
{
    m_notice = text;
    updateSummary();
}

int TestsPanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void TestsPanel::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row, TestCaseModel::NumberColumn));
    m_view->scrollTo(m_view->currentIndex());
}

TestCaseDialog *TestsPanel::openCaseDialog(const QString &title)
{
    auto *dialog = new TestCaseDialog(title, m_textFont, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

TestCaseDialog *TestsPanel::addCase()
{
    if (!m_model || m_running)
        return nullptr;
    TestCaseDialog *dialog = openCaseDialog(tr("New Test %1").arg(m_model->rowCount() + 1));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_model)
            selectRow(m_model->addCase({TestCase::newId(), dialog->input(), dialog->expected()}));
    });
    dialog->open();
    return dialog;
}

TestCaseDialog *TestsPanel::editCase(int row)
{
    if (!m_model || m_running || row < 0 || row >= m_model->rowCount())
        return nullptr;
    const TestCase test = m_model->testCase(row);
    TestCaseDialog *dialog = openCaseDialog(tr("Test %1").arg(row + 1));
    dialog->setCase(test.input, test.expected);
    // By id: rows may move while the dialog is open.
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = test.id] {
        const int current = m_model ? m_model->rowOf(id) : -1;
        if (current >= 0)
            m_model->updateCase(current, dialog->input(), dialog->expected());
    });
    dialog->open();
    return dialog;
}

ProblemDialog *TestsPanel::editProblem()
{
    if (!m_model || m_running)
        return nullptr;
    auto *dialog = new ProblemDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setDetails(m_model->problem());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_model)
            m_model->setDetails(dialog->details());
    });
    dialog->open();
    return dialog;
}

int TestsPanel::duplicateCase(int row)
{
    if (!m_model || m_running || row < 0 || row >= m_model->rowCount())
        return -1;
    return m_model->duplicateCase(row);
}

void TestsPanel::removeCase(int row)
{
    if (!m_model || m_running || row < 0 || row >= m_model->rowCount())
        return;
    const TestCase removed = m_model->testCase(row);
    m_model->removeCase(row);
    m_removed = std::make_pair(row, removed);
    selectRow(qMin(row, m_model->rowCount() - 1));
    updateSummary();
}

void TestsPanel::undoRemove()
{
    if (!m_model || !m_removed)
        return;
    const auto [row, test] = *m_removed;
    selectRow(m_model->insertCase(row, test));
}

void TestsPanel::chooseImportFolder()
{
    const QString directory =
        QFileDialog::getExistingDirectory(window(), tr("Import Test Cases from a Folder"));
    if (!directory.isEmpty())
        importFolder(directory);
}

bool TestsPanel::importFolder(const QString &directory)
{
    if (!m_model || m_running)
        return false;
    const TestFolder::Import found = TestFolder::read(directory);
    QStringList notes;
    if (!found.inputsWithoutAnswer.isEmpty())
        notes << tr("no answer for %1: expected output left empty")
                     .arg(listOf(found.inputsWithoutAnswer));
    if (!found.answersWithoutInput.isEmpty())
        notes << tr("no input for %1: not imported").arg(listOf(found.answersWithoutInput));
    if (!found.skipped.isEmpty())
        notes << tr("skipped %1").arg(listOf(found.skipped));
    const QString folder = QDir::toNativeSeparators(directory);
    QString text;
    if (!found.error.isEmpty())
        text = found.error;
    else if (found.cases.isEmpty())
        text = tr("%1 has no test cases: it needs input files such as 1.in, with their answers "
                  "in 1.out or 1.ans.")
                   .arg(folder);
    else
        text = tr("Imported %1 from %2.").arg(Counted::testCases(int(found.cases.size())), folder);
    if (!notes.isEmpty())
        text += QLatin1Char(' ') + tr("Note: %1.").arg(notes.join(QStringLiteral("; ")));
    int first = -1;
    for (const TestCase &test : found.cases) {
        const int row = m_model->addCase(test);
        if (first < 0)
            first = row;
    }
    selectRow(first);
    setNotice(text);
    emit message(text);
    return !found.cases.isEmpty();
}

void TestsPanel::chooseExportFolder()
{
    const QString directory =
        QFileDialog::getExistingDirectory(window(), tr("Export Test Cases to a Folder"));
    if (!directory.isEmpty())
        exportFolder(directory);
}

bool TestsPanel::exportFolder(const QString &directory)
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    const QStringList existing = TestFolder::existingFiles(directory, m_model->rowCount());
    const QString folder = QDir::toNativeSeparators(directory);
    if (!existing.isEmpty()) {
        const auto answer = QMessageBox::question(
            window(), tr("Export Test Cases"),
            tr("%1 already has %2. Replace them?").arg(folder, listOf(existing)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    const bool written = TestFolder::write(directory, m_model->problem().tests, &error);
    const QString text =
        written ? tr("Exported %1 to %2.").arg(Counted::testCases(m_model->rowCount()), folder)
                : error;
    setNotice(text);
    emit message(text);
    return written;
}

void TestsPanel::updateActions()
{
    const bool editable = m_model && !m_running;
    const bool selected = editable && currentRow() >= 0;
    m_addAction->setEnabled(editable);
    m_importAction->setEnabled(editable);
    m_problemAction->setEnabled(editable);
    m_exportAction->setEnabled(m_model && m_model->rowCount() > 0);
    for (QAction *action : {m_editAction, m_duplicateAction, m_removeAction})
        action->setEnabled(selected);
}

void TestsPanel::updateProblemLine()
{
    if (!m_model) {
        m_problem->clear();
        return;
    }
    const Problem &problem = m_model->problem();
    QStringList parts;
    if (!problem.name.isEmpty()) {
        const QString name = problem.name.toHtmlEscaped();
        // Only web addresses become links: the address came from a browser extension or a file.
        const QUrl url(problem.url);
        const bool web =
            url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        parts << (!web ? QStringLiteral("<b>%1</b>").arg(name)
                       : QStringLiteral("<a href=\"%1\"><b>%2</b></a>")
                             .arg(problem.url.toHtmlEscaped(), name));
    }
    parts << tr("%1 ms").arg(problem.timeLimitMs) << tr("%1 MB").arg(problem.memoryLimitBytes >> 20)
          << checkerText(problem.checker).toHtmlEscaped();
    QString text = parts.join(QStringLiteral(" · "));
    // Run all cannot do as the judge does here: said where the verdicts are, not hidden.
    const QString note = problem.filesNote();
    if (!note.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
    m_problem->setWordWrap(!note.isEmpty()); // else a long name is cut, as it should be
    m_problem->setText(text);
    m_problem->setToolTip(problem.url.isEmpty() ? problem.name : problem.url);
}

void TestsPanel::updateSummary()
{
    QString text;
    QString color;
    const int total = m_model ? m_model->rowCount() : 0;
    const int judged = m_model ? m_model->judgedCount() : 0;
    const int accepted = m_model ? m_model->acceptedCount() : 0;
    if (!m_model) {
        text.clear();
    } else if (m_running) {
        text = tr("Judging… %1 of %2 done").arg(judged).arg(total);
    } else if (total == 0) {
        text = tr("No test cases yet: add one, import a folder, or send a problem from "
                  "Competitive Companion.");
    } else if (judged == 0) {
        text = tr("%1 · Run all: Ctrl+Shift+Enter").arg(Counted::testCases(total));
    } else {
        text = tr("%1/%2 passed").arg(accepted).arg(total);
        if (judged < total)
            text += tr(" · %1 not run").arg(total - judged);
        color = accepted == total ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
    }
    QString html = text.toHtmlEscaped();
    // A badge, as the verdicts are: white on colour reads on light and dark palettes.
    if (!color.isEmpty())
        html = QStringLiteral("<b style=\"background-color:%1; color:white\">&nbsp;%2&nbsp;</b>")
                   .arg(color, html);
    if (m_removed)
        html += QStringLiteral(" · ") +
                tr("Removed test %1. <a href=\"undo\">Undo</a>").arg(m_removed->first + 1);
    if (!m_notice.isEmpty())
        html += QStringLiteral("<br>") + m_notice.toHtmlEscaped();
    m_summary->setText(html);
    m_summary->setVisible(!html.isEmpty());
}
