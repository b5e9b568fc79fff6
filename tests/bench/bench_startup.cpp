// App start to first shown window, offscreen. Each sample is a fresh process timed from its start
// to the moment it reports its first paint: the RunPad window, the RunPad window bringing back a
// session of ten tabs (a few hundred lines each, with tests; some files on disk, some with unsaved
// edits, some never saved), and for reference a bare QMainWindow started from the very same
// executable (same libraries to load).

#include "DocumentTabs.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "ProblemFile.h"
#include "Session.h"
#include "SessionStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {
constexpr int Samples = 5;
constexpr int SessionTabs = 10;

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

int runChild(int argc, char *argv[], const QString &mode)
{
    QApplication app(argc, argv);
    // As the app names itself: the session is looked for where the app keeps it.
    QApplication::setOrganizationName(QStringLiteral("RunPad"));
    QApplication::setApplicationName(QStringLiteral("RunPad"));
    QTemporaryDir dir;
    FirstPaintReporter reporter;
    LocalSandboxBackend backend;
    backend.setHelperProgram(QStringLiteral(RUNPAD_SANDBOX_PROGRAM));
    backend.setSocketPath(dir.filePath(QStringLiteral("sandbox.sock")));
    std::unique_ptr<QMainWindow> window;
    std::unique_ptr<Session> session;
    if (mode == QLatin1String("reference")) {
        window = std::make_unique<QMainWindow>();
    } else {
        auto *runpad = new MainWindow(&backend);
        window.reset(runpad);
        if (mode == QLatin1String("session")) {
            session = std::make_unique<Session>(runpad->tabs(), runpad->backends());
            session->restore();
            if (runpad->tabs()->count() != SessionTabs)
                qFatal("%d tabs restored, not %d", runpad->tabs()->count(), SessionTabs);
        }
    }
    window->resize(1280, 800);
    window->installEventFilter(&reporter);
    window->show();
    return app.exec();
}

// A solution of about 300 lines, different for each n.
QString solution(int n, bool python)
{
    QString text = python ? QStringLiteral("import sys\n\n")
                          : QStringLiteral("#include <bits/stdc++.h>\nusing namespace std;\n\n");
    for (int i = 0; i < 60; ++i) {
        if (python)
            text += QStringLiteral("def step_%1_%2(values):\n    total = 0\n    for v in values:\n"
                                   "        total += v * %2  # weight\n    return total\n")
                        .arg(n)
                        .arg(i);
        else
            text += QStringLiteral("long long step_%1_%2(const vector<long long> &values) {\n"
                                   "    long long total = 0;\n    for (auto v : values) total += "
                                   "v * %2; // weight\n    return total;\n}\n")
                        .arg(n)
                        .arg(i);
    }
    return text;
}

Problem problem(int n)
{
    Problem problem;
    problem.name = QStringLiteral("Problem %1").arg(n);
    for (int i = 0; i < 4; ++i)
        problem.tests << TestCase{TestCase::newId(), QStringLiteral("%1\n1 2 3 4 5\n").arg(i),
                                  QStringLiteral("%1\n").arg(i * 15)};
    return problem;
}

// Ten tabs as a day of practice leaves them: four files as saved (with their tests beside them),
// three files with unsaved edits, three buffers never saved.
void writeSession(const QString &dataHome)
{
    const QString work = dataHome + QStringLiteral("/work");
    QDir().mkpath(work);
    SessionState state;
    QSet<QString> ids;
    for (int n = 0; n < SessionTabs; ++n) {
        const bool python = n % 2 == 0;
        DocumentState document;
        document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        document.languageId = python ? QStringLiteral("python") : QStringLiteral("cpp");
        document.backendId = QStringLiteral("local");
        document.stdinText = QStringLiteral("5\n1 2 3 4 5\n");
        document.cursorLine = 100 + n;
        document.firstVisibleLine = 90 + n;
        if (n < 7) {
            document.filePath =
                work + QStringLiteral("/solution%1.%2")
                           .arg(n)
                           .arg(python ? QStringLiteral("py") : QStringLiteral("cpp"));
            QFile file(document.filePath);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(document.filePath));
            file.write(solution(n, python).toUtf8());
            QString error;
            if (!ProblemFile::save(document.filePath, problem(n), &error))
                qFatal("%s", qPrintable(error));
        }
        if (n >= 4) { // unsaved edits, or never saved
            document.textModified = true;
            document.text = solution(n, python) + QStringLiteral("// more\n");
            document.problem = problem(n);
        }
        state.documents << document;
        ids.insert(document.id);
    }
    state.currentIndex = 3;
    QString error;
    if (!SessionStore(dataHome + QStringLiteral("/RunPad/RunPad/session"))
             .write(state, ids, &error))
        qFatal("%s", qPrintable(error));
}

double sampleMs(const QString &program, const QString &mode, const QString &dataHome)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    child.setProcessEnvironment(environment);
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
        return runChild(argc, argv, QString::fromLatin1(argv[2]));

    QCoreApplication app(argc, argv);
    const QString program = QCoreApplication::applicationFilePath();
    QTemporaryDir empty, withSession;
    writeSession(withSession.path());
    QList<double> runpad, restored, reference;
    for (int i = 0; i < Samples; ++i) { // interleaved, so all see the same machine load
        reference << sampleMs(program, QStringLiteral("reference"), empty.path());
        runpad << sampleMs(program, QStringLiteral("runpad"), empty.path());
        restored << sampleMs(program, QStringLiteral("session"), withSession.path());
    }
    const double startup = median(runpad), session = median(restored), base = median(reference);
    std::printf("startup_ms=%.1f reference_ms=%.1f ratio=%.2f target<400 (median of %d; reference: "
                "bare QMainWindow from the same executable)\n",
                startup, base, startup / base, Samples);
    std::printf("startup_with_%d_restored_tabs_ms=%.1f ratio=%.2f (to the reference) "
                "target<500 (median of %d)\n",
                SessionTabs, session, session / base, Samples);
    return 0;
}
