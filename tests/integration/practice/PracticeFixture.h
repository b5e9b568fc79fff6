#pragma once

#include "ExecuteRequest.h"
#include "Problem.h"
#include "TestOutcome.h"
#include "TestRunner.h"

#include <QHash>
#include <QSignalSpy>
#include <QStringList>

// Shared by the practice integration tests: programs, a three-case problem, and what a TestRunner
// said, collected.
namespace Practice {

ExecuteRequest cpp(const QString &source);
ExecuteRequest python(const QString &source);

// Sum of n numbers: "3\n1 2 3\n" -> "6\n", "2\n5 7\n" -> "12\n", "1\n100\n" -> "100\n".
Problem sumProblem();
// A correct C++ solution of it; with a planted line, wrong where the line says.
QString sumSolution(const QString &planted = {});

// What one Run all said.
struct RunRecord {
    explicit RunRecord(TestRunner *runner);
    // Waits for finished() or failed(); false if neither came in time.
    bool wait(int timeoutMs = 120000);

    QStringList started;
    QHash<QString, TestOutcome> outcomes;
    QStringList compileErrors;
    int passed = -1, total = -1;
    QString failure;
    bool over = false;
};

} // namespace Practice
