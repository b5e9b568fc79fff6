#pragma once

#include "ExecuteRequest.h"

#include <QObject>
#include <QPointer>

class Backend;
class TestCaseModel;
class TestRunner;

// "Run all" for one document at a time: judges the cases of its TestCaseModel through a
// TestRunner on the backend given for that run, writing each verdict into the model as it
// comes. A model that goes away (its tab closed) stops the run.
class RunAllController : public QObject {
    Q_OBJECT
public:
    explicit RunAllController(QObject *parent = nullptr);
    ~RunAllController() override;

    bool isRunning() const { return !m_runner.isNull(); }
    // The model being judged; nullptr when none is.
    TestCaseModel *model() const { return m_model; }

    // program: language, version and files; the cases, limits and checker come from the model.
    void start(Backend *backend, const ExecuteRequest &program, TestCaseModel *model);
    void stop();

signals:
    void runningChanged(bool running);
    void compileFailed(const QString &compilerOutput);
    // judged: the model the verdicts went to (nullptr if it is gone).
    void finished(TestCaseModel *judged, int passed, int total);
    void failed(const QString &message);

private:
    void release();

    QPointer<TestRunner> m_runner;
    QPointer<TestCaseModel> m_model;
};
