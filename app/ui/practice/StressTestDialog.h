#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class Backends;
class DocumentController;
class ProgramEditor;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class StressTester;
struct TestCase;
struct TestOutcome;

// Stress testing for one document: a generator and a brute-force solution, typed here with their
// languages, run with the document's code on generated inputs until the outputs differ or the
// budget (tests, seconds) runs out, on the document's backend. The first counterexample becomes
// one of the document's test cases.
class StressTestDialog : public QDialog {
    Q_OBJECT
public:
    StressTestDialog(Backends *backends, DocumentController *document, QWidget *parent = nullptr);

    // The document whose code is the solution; nullptr once it is closed.
    DocumentController *document() const;
    ProgramEditor *generator() const { return m_generator; }
    ProgramEditor *brute() const { return m_brute; }
    QSpinBox *testsBox() const { return m_tests; }
    QSpinBox *secondsBox() const { return m_seconds; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    bool isRunning() const { return m_running; }

    void start();
    void stop();

signals:
    // The counterexample's row among the document's tests.
    void counterexampleAdded(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Why the programs cannot run yet; empty when they can.
    QString missing() const;
    void run(StressTester *tester);
    void addCounterexample(const TestCase &test, const TestOutcome &outcome);
    void finish(const QString &status, bool failed);
    void setRunning(bool running);
    void showProgress();

    Backends *m_backends;
    QPointer<DocumentController> m_document;
    QPointer<StressTester> m_tester;
    bool m_running = false;
    int m_done = 0;
    QElapsedTimer m_clock;
    QTimer m_ticker;

    QSplitter *m_programs;
    ProgramEditor *m_generator;
    ProgramEditor *m_brute;
    QSpinBox *m_tests;
    QSpinBox *m_seconds;
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
};
