#include "PracticePanels.h"

#include "CaseDiffView.h"
#include "DocumentController.h"
#include "Panel.h"
#include "RunAllController.h"
#include "TestCaseModel.h"
#include "TestsPanel.h"

PracticePanels::PracticePanels(TestsPanel *tests, CaseDiffView *diff, Panel *inputPanel,
                               Panel *outputPanel, RunAllController *runAll, QObject *parent)
    : QObject(parent), m_tests(tests), m_diff(diff), m_inputPanel(inputPanel),
      m_outputPanel(outputPanel), m_runAll(runAll)
{
    connect(tests, &TestsPanel::caseSelected, this, &PracticePanels::showCase);
    connect(runAll, &RunAllController::runningChanged, this, &PracticePanels::updateRunning);
}

TestCaseModel *PracticePanels::model() const
{
    return m_document ? m_document->tests() : nullptr;
}

void PracticePanels::setDocument(DocumentController *document)
{
    if (document == m_document)
        return;
    if (m_document) {
        m_document->disconnect(this);
        m_document->tests()->disconnect(this);
    }
    m_document = document;
    m_tests->setModel(model());
    if (document) {
        // The case in view follows its verdict and its edits, and goes when it is removed.
        connect(document->tests(), &TestCaseModel::outcomesChanged, this, [this] {
            refreshCase();
            updateTitles();
        });
        connect(document->tests(), &TestCaseModel::edited, this, &PracticePanels::refreshCase);
        connect(document->tests(), &TestCaseModel::modelReset, this, [this] {
            refreshCase();
            updateTitles();
        });
        connect(document, &DocumentController::problemErrorChanged, m_tests,
                &TestsPanel::setNotice);
        m_tests->setNotice(document->problemError());
    }
    updateRunning();
    showCase(-1);
    updateTitles();
}

void PracticePanels::showTests()
{
    m_inputPanel->setCurrentPage(m_tests);
}

void PracticePanels::showCase(int row)
{
    TestCaseModel *tests = model();
    if (!tests || row < 0 || row >= tests->rowCount()) {
        m_diff->clear();
        m_outputPanel->setPageTitle(m_diff, m_diff->title());
        return;
    }
    if (m_tests->currentRow() != row)
        m_tests->selectRow(row); // comes back here through caseSelected
    m_diff->showCase(row + 1, tests->testCase(row), tests->outcome(row), tests->problem().checker);
    m_outputPanel->setPageTitle(m_diff, m_diff->title());
    m_outputPanel->setCurrentPage(m_diff);
}

void PracticePanels::showFirstFailure(TestCaseModel *judged)
{
    TestCaseModel *tests = model();
    if (!tests || judged != tests)
        return;
    for (int row = 0; row < tests->rowCount(); ++row) {
        const Verdict verdict = tests->outcome(row).verdict;
        if (verdict != Verdict::Accepted && verdict != Verdict::Pending) {
            showCase(row);
            return;
        }
    }
}

void PracticePanels::setNotice(const QString &text)
{
    m_tests->setNotice(text);
}

// The case in view changed (a verdict came, it was edited or removed): shown again, in place.
void PracticePanels::refreshCase()
{
    TestCaseModel *tests = model();
    const int row = tests ? tests->rowOf(m_diff->caseId()) : -1;
    if (row < 0) {
        m_diff->clear();
    } else {
        m_diff->showCase(row + 1, tests->testCase(row), tests->outcome(row),
                         tests->problem().checker);
    }
    m_outputPanel->setPageTitle(m_diff, m_diff->title());
}

// "Tests 3/5" once judged.
void PracticePanels::updateTitles()
{
    TestCaseModel *tests = model();
    const bool judged = tests && tests->judgedCount() > 0;
    m_inputPanel->setPageTitle(
        m_tests, judged ? tr("Tests %1/%2").arg(tests->acceptedCount()).arg(tests->rowCount())
                        : tr("Tests"));
}

void PracticePanels::updateRunning()
{
    m_tests->setRunning(m_runAll->isRunning() && model() && m_runAll->model() == model());
}
