#include "PracticeFixture.h"

#include <QDeadlineTimer>
#include <QTest>

namespace Practice {

ExecuteRequest cpp(const QString &source)
{
    ExecuteRequest request;
    request.language = QStringLiteral("c++");
    request.files = {{QStringLiteral("main.cpp"), source}};
    return request;
}

ExecuteRequest python(const QString &source)
{
    ExecuteRequest request;
    request.language = QStringLiteral("python");
    request.files = {{QStringLiteral("main.py"), source}};
    return request;
}

Problem sumProblem()
{
    Problem problem;
    problem.name = QStringLiteral("Sum");
    problem.timeLimitMs = 1000;
    problem.memoryLimitBytes = 64ll << 20;
    problem.tests = {{TestCase::newId(), QStringLiteral("3\n1 2 3\n"), QStringLiteral("6\n")},
                     {TestCase::newId(), QStringLiteral("2\n5 7\n"), QStringLiteral("12\n")},
                     {TestCase::newId(), QStringLiteral("1\n100\n"), QStringLiteral("100\n")}};
    return problem;
}

QString sumSolution(const QString &planted)
{
    return QStringLiteral("#include <cstdio>\n"
                          "int main()\n{\n"
                          "    long long n, s = 0, x;\n"
                          "    if (scanf(\"%lld\", &n) != 1) return 1;\n"
                          "    for (long long i = 0; i < n; ++i) { scanf(\"%lld\", &x); s += x; }\n"
                          "    %1\n"
                          "    printf(\"%lld\\n\", s);\n"
                          "}\n")
        .arg(planted);
}

RunRecord::RunRecord(TestRunner *runner)
{
    QObject::connect(runner, &TestRunner::caseStarted, runner,
                     [this](const QString &id) { started.append(id); });
    QObject::connect(runner, &TestRunner::caseFinished, runner,
                     [this](const QString &id, const TestOutcome &outcome) {
                         if (outcomes.contains(id))
                             qWarning("case %s finished twice", qPrintable(id));
                         outcomes.insert(id, outcome);
                     });
    QObject::connect(runner, &TestRunner::compileFailed, runner,
                     [this](const QString &output) { compileErrors.append(output); });
    QObject::connect(runner, &TestRunner::finished, runner, [this](int p, int t) {
        passed = p;
        total = t;
        over = true;
    });
    QObject::connect(runner, &TestRunner::failed, runner, [this](const QString &message) {
        failure = message;
        over = true;
    });
}

bool RunRecord::wait(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!over && !deadline.hasExpired())
        QTest::qWait(20);
    return over;
}

} // namespace Practice
