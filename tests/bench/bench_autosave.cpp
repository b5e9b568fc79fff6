// What an autosave of a 1 MB buffer costs, and where: copying the document out of its editor (on
// the GUI thread, while the user types) against turning it into JSON and writing it atomically
// (on the autosaver's worker thread). Reference: the same megabyte written raw with QSaveFile.

#include "CodeEditor.h"
#include "DocumentController.h"
#include "DocumentState.h"
#include "LanguageCatalog.h"
#include "SessionStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {
constexpr int Samples = 15;

double medianMs(const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < Samples; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times << clock.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// About 1 MB of C++: 25,000 lines of 40 characters.
QString megabyteOfCode()
{
    QString text;
    for (int i = 0; text.size() < (1 << 20); ++i)
        text += QStringLiteral("    total += values[%1] * weight(%1); // x\n").arg(i, 6);
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    CodeEditor editor;
    DocumentController document(&editor, LanguageCatalog::instance(), nullptr);
    document.newDocument(LanguageCatalog::instance().byName(QStringLiteral("cpp")));
    editor.setText(megabyteOfCode());
    editor.resize(800, 600);
    editor.show();
    QCoreApplication::processEvents();

    DocumentState state;
    const double snapshot = medianMs([&] { state = document.state(true); });
    SessionStore store(dir.filePath(QStringLiteral("session")));
    QString error;
    const double write = medianMs([&] {
        if (!store.write(SessionState{{state}, 0}, {state.id}, &error))
            qFatal("%s", qPrintable(error));
    });
    const QByteArray raw = state.text->toUtf8();
    const double rawWrite = medianMs([&] {
        QSaveFile file(dir.filePath(QStringLiteral("raw.txt")));
        if (!file.open(QIODevice::WriteOnly) || file.write(raw) < 0 || !file.commit())
            qFatal("cannot write");
    });
    // A keystroke in another document: only the manifest is written.
    const double manifestOnly = medianMs([&] {
        store.write(SessionState{{state}, 0}, {}, &error);
    });
    std::printf("autosave of %.2f MB: gui_thread_ms=%.2f (copy out of the editor) "
                "worker_ms=%.2f (JSON + QSaveFile) raw_qsavefile_ms=%.2f ratio=%.2f "
                "manifest_only_ms=%.2f (median of %d)\n",
                raw.size() / 1048576.0, snapshot, write, rawWrite, write / rawWrite, manifestOnly,
                Samples);
    return 0;
}
