#include "RunAllController.h"

#include "TestCaseModel.h"
#include "TestRunner.h"

RunAllController::RunAllController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TestCaseModel *>(); // finished() in queued connections and QSignalSpy
}

RunAllController::~RunAllController()
{
    if (m_runner)
        m_runner->stop();
}

void RunAllController::start(Backend *backend, const ExecuteRequest &program, TestCaseModel *model)
{
    if (isRunning() || !model)
        return;
    if (!backend) {
        emit failed(tr("There is no backend to run the tests on."));
        return;
    }
    auto *runner = new TestRunner(backend, this);
    m_runner = runner;
    m_model = model;
    model->clearOutcomes();
    connect(runner, &TestRunner::caseStarted, this, [this](const QString &id) {
        if (m_model) {
            TestOutcome running;
            running.verdict = Verdict::Running;
            m_model->setOutcome(id, running);
        }
    });
    connect(runner, &TestRunner::caseFinished, this,
            [this](const QString &id, const TestOutcome &outcome) {
                if (m_model)
                    m_model->setOutcome(id, outcome);
            });
    connect(runner, &TestRunner::compileFailed, this, &RunAllController::compileFailed);
    connect(runner, &TestRunner::finished, this, [this](int passed, int total) {
        TestCaseModel *judged = m_model;
        release();
        emit finished(judged, passed, total);
    });
    connect(runner, &TestRunner::failed, this, [this](const QString &message) {
        release();
        emit failed(message);
    });
    // Closing the tab takes its model: nothing is left to judge for.
    connect(model, &QObject::destroyed, this, &RunAllController::stop);
    emit runningChanged(true);
    runner->start(program, model->problem());
}

void RunAllController::stop()
{
    if (!m_runner)
        return;
    m_runner->stop();
    // A runner that stops without a word is done all the same; cases it was running are not
    // judged.
    if (!m_runner)
        return;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->outcome(row).verdict == Verdict::Running)
                m_model->setOutcome(m_model->testCase(row).id, TestOutcome());
        }
    }
    release();
}

void RunAllController::release()
{
    if (!m_runner)
        return;
    m_runner->disconnect(this);
    if (m_model)
        m_model->disconnect(this);
    m_runner->deleteLater();
    m_runner.clear();
    m_model.clear();
    emit runningChanged(false);
}
