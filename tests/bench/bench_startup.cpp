// App start to first shown window, offscreen. Each sample is a fresh process timed from its start
// to the moment it reports its first paint: the RunPad window, and for reference a bare
// QMainWindow started from the very same executable (same libraries to load).

#include "LocalSandboxBackend.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {
constexpr int Samples = 5;

// Prints "shown" and quits at the window's first paint.
class FirstPaintReporter : public QObject {
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            std::puts("shown");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

int runChild(int argc, char *argv[], bool runpad)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    FirstPaintReporter reporter;
    LocalSandboxBackend backend;
    backend.setHelperProgram(QStringLiteral(RUNPAD_SANDBOX_PROGRAM));
    backend.setSocketPath(dir.filePath(QStringLiteral("sandbox.sock")));
    std::unique_ptr<QMainWindow> window;
    if (runpad)
        window = std::make_unique<MainWindow>(&backend);
    else
        window = std::make_unique<QMainWindow>();
    window->resize(1280, 800);
    window->installEventFilter(&reporter);
    window->show();
    return app.exec();
}

double sampleMs(const QString &program, const QString &mode)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(program, {QStringLiteral("--child"), mode});
    while (!child.canReadLine() && child.waitForReadyRead(30000)) {
    }
    const double ms = clock.nsecsElapsed() / 1e6;
    child.waitForFinished(30000);
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, qstrcmp(argv[2], "runpad") == 0);

    QCoreApplication app(argc, argv);
    const QString program = QCoreApplication::applicationFilePath();
    QList<double> runpad, reference;
    for (int i = 0; i < Samples; ++i) { // interleaved, so both see the same machine load
        reference << sampleMs(program, QStringLiteral("reference"));
        runpad << sampleMs(program, QStringLiteral("runpad"));
    }
    const double startup = median(runpad), base = median(reference);
    std::printf("startup_ms=%.1f reference_ms=%.1f ratio=%.2f target<400 (median of %d; reference: "
                "bare QMainWindow from the same executable)\n",
                startup, base, startup / base, Samples);
    return 0;
}
