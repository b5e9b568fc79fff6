#pragma once

#include <QObject>
#include <QPointer>

class CaseDiffView;
class DocumentController;
class Panel;
class RunAllController;
class TestCaseModel;
class TestsPanel;

// Keeps the practice panels on the document in view: the tests panel shows its cases (frozen
// while Run all judges them), the case picked there takes the console's place in the output
// panel and follows its verdict, and the tab titles say "Tests 3/5" and "Test 2".
class PracticePanels : public QObject {
    Q_OBJECT
public:
    // The panels are the window's; inputPanel holds the tests page, outputPanel the diff page.
    PracticePanels(TestsPanel *tests, CaseDiffView *diff, Panel *inputPanel, Panel *outputPanel,
                   RunAllController *runAll, QObject *parent = nullptr);

    void setDocument(DocumentController *document);
    // Brings the tests page to the front.
    void showTests();
    // Selects the case and shows it in place of the console; -1 shows none.
    void showCase(int row);
    // After Run all of judged: the first case that did not pass, if judged is in view.
    void showFirstFailure(TestCaseModel *judged);
    // A line under the tests, e.g. why Run all could not start.
    void setNotice(const QString &text);

private:
    TestCaseModel *model() const;
    void refreshCase();
    void updateTitles();
    void updateRunning();

    TestsPanel *m_tests;
    CaseDiffView *m_diff;
    Panel *m_inputPanel;
    Panel *m_outputPanel;
    RunAllController *m_runAll;
    QPointer<DocumentController> m_document;
};
