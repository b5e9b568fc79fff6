// The console receiving 10 MB of stdout through the real helper, then 2 MB of stderr in which
// every line looks like a compiler's error (the console keeps 1 Mi characters and links the
// errors in them once the run ends): the longest stall of the GUI event loop while it streams and
// links, measured by a 1 ms timer; the reference is the longest stall of the idle event loop
// over the same duration. On a shared machine a stall may be time spent waiting for a CPU, so
// the GUI thread's own CPU time in its busiest gap is printed too.

#include "CodeEditor.h"
#include "ConsoleView.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "RunController.h"
#include "RunStatusLine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {
constexpr qint64 OutputBytes = 10 * 1024 * 1024;

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Stalls {
    double longestMs = 0;    // wall time of the longest gap between 1 ms timer ticks
    double busiestCpuMs = 0; // the most CPU time this thread spent within one gap
    qint64 durationMs = 0;
};

// Runs the event loop until done() holds, timing the gaps between ticks of a 1 ms timer.
Stalls measureStalls(const std::function<bool()> &done)
{
    Stalls stalls;
    QElapsedTimer clock, sinceTick;
    qint64 cpuAtTick = threadCpuNs();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 cpu = threadCpuNs();
        stalls.longestMs = qMax(stalls.longestMs, sinceTick.nsecsElapsed() / 1e6);
        stalls.busiestCpuMs = qMax(stalls.busiestCpuMs, (cpu - cpuAtTick) / 1e6);
        sinceTick.restart();
        cpuAtTick = cpu;
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    stalls.durationMs = clock.elapsed();
    return stalls;
}

bool runAndWait(MainWindow &window, const QString &code)
{
    window.editor()->setDocumentText(code);
    window.run();
    return QTest::qWaitFor([&] { return !window.runController()->isRunning(); }, 120000);
}

// Runs code and prints how long the event loop stalled at most while its output streamed in.
bool measureRun(MainWindow &window, const char *name, const QString &code)
{
    window.editor()->setDocumentText(code);
    // Until the errors are linked: that comes after the run ends and its output is shown.
    bool linked = false;
    const QMetaObject::Connection linking =
        QObject::connect(window.console(), &ConsoleView::diagnosticsLinked, [&] { linked = true; });
    window.run();
    const Stalls streaming = measureStalls([&] {
        return linked && !window.runController()->isRunning() && !window.console()->isFlushing();
    });
    QObject::disconnect(linking);
    const QString status = window.statusLine()->status();

    QElapsedTimer idle;
    idle.start();
    const Stalls reference = measureStalls([&] { return idle.elapsed() >= streaming.durationMs; });

    std::printf("%s max_stall_ms=%.1f reference_ms=%.1f ratio=%.2f target<50 "
                "busiest_gap_cpu_ms=%.1f reference_cpu_ms=%.1f duration_ms=%lld status=%s "
                "kept_chars=%d links=%lld\n",
                name, streaming.longestMs, reference.longestMs,
                streaming.longestMs / qMax(reference.longestMs, 0.001), streaming.busiestCpuMs,
                reference.busiestCpuMs, streaming.durationMs, qPrintable(status),
                window.console()->document()->characterCount(),
                static_cast<long long>(window.console()->diagnostics().size()));
    return status == QLatin1String("OK");
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    LocalSandboxBackend backend;
    backend.setHelperProgram(QStringLiteral(RUNPAD_SANDBOX_PROGRAM));
    backend.setSocketPath(dir.filePath(QStringLiteral("sandbox.sock")));
    MainWindow window(&backend);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.runController()->setOutputLimit(2 * OutputBytes);

    // Warm up: the helper starts and probes its toolchains on the first run.
    if (!runAndWait(window, QStringLiteral("print('warm')"))) {
        std::puts("the warm-up run did not finish");
        return 1;
    }

    const bool plain =
        measureRun(window, "console_10MB",
                   QStringLiteral("import sys\nsys.stdout.write(('x' * 99 + '\\n') * %1)\n")
                       .arg(OutputBytes / 100));
    // 40 characters a line: about 50,000 lines that each look like an error in the program.
    const bool errors = measureRun(
        window, "console_errors_2MB",
        QStringLiteral("import sys\nsys.stderr.write(''.join('main.py:{}:1: error: bad thing "
                       "{:08}\\n'.format(i % 9 + 1, i) for i in range(%1)))\n")
            .arg(2 * 1024 * 1024 / 40));
    return plain && errors ? 0 : 1;
}
