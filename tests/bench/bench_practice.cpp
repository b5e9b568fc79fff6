// What "Run all" saves: ten cases of a C++ solution judged by TestRunner (one compile, then every
// case in a fresh box of the same `stdins` execute) against the same ten cases as ten separate
// runs, each compiling again (a different harmless comment in each, so the helper's compile cache
// cannot help), one after another as a person pressing Run would. Each Run all gets a comment of
// its own too, so it compiles as well. Samples interleaved, medians; a third figure runs the ten
// separate runs four at once, for reference. Never fails on timings; fails when a verdict is
// wrong. Needs root (the helper does).

#include "Job.h"
#include "LocalSandboxBackend.h"
#include "SandboxHelper.h"
#include "TestRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kSamples = 5;
constexpr int kCases = 10;
const QString kBoxUids = QStringLiteral("65420:8"); // the bench's own

// The usual competitive template: bits/stdc++.h, as most solutions start.
QString solution(const QString &comment)
{
    return QStringLiteral("// %1\n"
                          "#include <bits/stdc++.h>\n"
                          "using namespace std;\n"
                          "int main()\n{\n"
                          "    ios::sync_with_stdio(false);\n"
                          "    cin.tie(nullptr);\n"
                          "    long long n, s = 0;\n"
                          "    cin >> n;\n"
                          "    vector<long long> a(n);\n"
                          "    for (auto &x : a) { cin >> x; s += x; }\n"
                          "    cout << s << '\\n';\n"
                          "}\n")
        .arg(comment);
}

ExecuteRequest program(const QString &comment)
{
    ExecuteRequest request;
    request.language = QStringLiteral("c++");
    request.files = {{QStringLiteral("main.cpp"), solution(comment)}};
    return request;
}

Problem problem()
{
    Problem p;
    p.timeLimitMs = 2000;
    p.memoryLimitBytes = 256ll << 20;
    for (int i = 1; i <= kCases; ++i) {
        QString input = QString::number(i * 100) + QLatin1Char('\n');
        long long sum = 0;
        for (int j = 0; j < i * 100; ++j) {
            input += QString::number(j * i) + QLatin1Char(' ');
            sum += j * i;
        }
        p.tests.append({TestCase::newId(), input + QLatin1Char('\n'),
                        QString::number(sum) + QLatin1Char('\n')});
    }
    return p;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool waitFor(const bool &done, int timeoutMs = 300000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    return done;
}

// Run all; the wall time in ms, or -1 when a verdict was not AC.
double runAll(Backend *backend, const Problem &p, const QString &comment)
{
    TestRunner runner(backend);
    bool done = false;
    int passed = -1;
    QString failure;
    QObject::connect(&runner, &TestRunner::finished, [&](int count, int) {
        passed = count;
        done = true;
    });
    QObject::connect(&runner, &TestRunner::failed, [&](const QString &message) {
        failure = message;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    runner.start(program(comment), p);
    if (!waitFor(done) || passed != kCases) {
        fprintf(stderr, "Run all went wrong: %d passed; %s\n", passed, qPrintable(failure));
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

// The cases as separate runs, `parallel` at once, each compiling; -1 when an output is wrong.
double separateRuns(Backend *backend, const Problem &p, const QString &comment, int parallel)
{
    QElapsedTimer clock;
    clock.start();
    int next = 0, running = 0, correct = 0, over = 0;
    bool done = false;
    std::function<void()> startMore = [&] {
        while (running < parallel && next < kCases) {
            const int index = next++;
            ExecuteRequest request = program(QStringLiteral("%1 run %2").arg(comment).arg(index));
            request.stdin = p.tests[index].input;
            request.runTimeout = request.runCpuTime = p.timeLimitMs;
            request.runMemoryLimit = p.memoryLimitBytes;
            Job *job = backend->start(request, false);
            ++running;
            const auto end = [&, job] {
                job->deleteLater();
                --running;
                done = ++over == kCases;
                startMore();
            };
            QObject::connect(job, &Job::finished, job, [&, index, end](const ExecuteResult &r) {
                if (r.run && r.run->stdout == p.tests[index].expected)
                    ++correct;
                end();
            });
            QObject::connect(job, &Job::failed, job, [end](const QString &message) {
                fprintf(stderr, "a separate run failed: %s\n", qPrintable(message));
                end();
            });
        }
    };
    startMore();
    if (!waitFor(done) || correct != kCases) {
        fprintf(stderr, "separate runs went wrong: %d of %d correct\n", correct, kCases);
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (::geteuid() != 0) {
        printf("SKIP: the sandbox helper needs root\n");
        return 0;
    }
    SandboxHelper helper;
    QString error;
    // As deployed: two boxes built ahead of their jobs (the helper's default).
    if (!helper.start(&error, kBoxUids, 2)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    LocalSandboxBackend backend;
    backend.setSystemSocketPaths({});
    backend.setSocketPath(helper.socketPath());
    const Problem p = problem();
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());

    // Warm up: the helper's first job, and the compiler's files in the page cache.
    if (runAll(&backend, p, QStringLiteral("warm-up %1").arg(stamp)) < 0)
        return 1;
    std::vector<double> all, separate, parallel4;
    for (int i = 0; i < kSamples; ++i) {
        const QString comment = QStringLiteral("sample %1 %2").arg(i).arg(stamp);
        const double a = runAll(&backend, p, comment + QStringLiteral(" all"));
        const double s = separateRuns(&backend, p, comment + QStringLiteral(" separate"), 1);
        const double s4 = separateRuns(&backend, p, comment + QStringLiteral(" parallel"), 4);
        if (a < 0 || s < 0 || s4 < 0)
            return 1;
        all.push_back(a);
        separate.push_back(s);
        parallel4.push_back(s4);
    }
    const double ratio = median(all) / median(separate);
    printf("samples=%d (medians), cases=%d, C++ with bits/stdc++.h, box uids %s\n", kSamples,
           kCases, qPrintable(kBoxUids));
    printf("name=practice_run_all median_ms=%.1f separate_runs_ms=%.1f ratio=%.3f "
           "target=ratio<=0.25 status=%s\n",
           median(all), median(separate), ratio, ratio <= 0.25 ? "OK" : "OVER");
    printf("name=practice_separate_4_at_once median_ms=%.1f ratio_run_all=%.3f (reference)\n",
           median(parallel4), median(all) / median(parallel4));
    return 0;
}
