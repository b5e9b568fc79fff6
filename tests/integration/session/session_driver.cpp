// A real RunPad window with its session, driven like a person would, for tst_session_restore.
//   session_driver edit FILE [quit]  types into the window: an untitled buffer, FILE with unsaved
//                                    edits, the stdin of both, a test case, a third tab; then
//                                    quits normally when asked to
//   session_driver show              only restores
// Both print "tabs <json>" (what every tab holds) once ready, then "edited" or "restored";
// "message <text>" for what the status bar says; "written" after each write of the session.

#include "CodeEditor.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "LanguageCatalog.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestCaseModel.h"
#include "TypeText.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <cstdio>

namespace {

// One line each, whatever the text holds (compact JSON has no line breaks of its own).
void say(QString line)
{
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QJsonObject describe(MainWindow &window)
{
    QJsonArray tabs;
    DocumentTabs *documents = window.tabs();
    for (int i = 0; i < documents->count(); ++i) {
        DocumentController *document = documents->documentAt(i);
        QJsonArray tests;
        for (int row = 0; row < document->tests()->rowCount(); ++row)
            tests.append(QJsonArray{document->tests()->testCase(row).input,
                                    document->tests()->testCase(row).expected});
        int line = 0, index = 0;
        document->editor()->getCursorPosition(&line, &index);
        tabs.append(QJsonObject{
            {QStringLiteral("title"), documents->tabText(i)},
            {QStringLiteral("path"), document->filePath()},
            {QStringLiteral("text"), document->editor()->text()},
            {QStringLiteral("modified"), document->isModified()},
            {QStringLiteral("language"),
             document->language() ? document->language()->id : QString()},
            {QStringLiteral("stdin"), document->stdinDocument()->toPlainText()},
            {QStringLiteral("tests"), tests},
            {QStringLiteral("cursor"), QJsonArray{line, index}},
        });
    }
    return QJsonObject{{QStringLiteral("current"), documents->currentIndex()},
                       {QStringLiteral("stdinBox"), window.stdinEdit()->toPlainText()},
                       {QStringLiteral("tabs"), tabs}};
}

// What a person would do in a few minutes, in a moment.
void edit(MainWindow &window, const QString &file)
{
    CodeEditor *untitled = window.editor();
    QTest::keyClick(untitled, Qt::Key_End, Qt::ControlModifier);
    typeText(untitled, QStringLiteral("\nanswer = 6 * 7  # untitled work"));
    typeText(window.stdinEdit(), QStringLiteral("4 5\n"));

    window.tabs()->openFile(file);
    QTest::keyClick(window.editor(), Qt::Key_End, Qt::ControlModifier);
    typeText(window.editor(), QStringLiteral("# edited, not saved"));
    typeText(window.stdinEdit(), QStringLiteral("7\n"));
    window.document()->tests()->addCase({QString(), QStringLiteral("7\n"), QStringLiteral("49\n")});

    QTest::keyClick(window.editor(), Qt::Key_N, Qt::ControlModifier);      // a third, untouched tab
    QTest::keyClick(window.editor(), Qt::Key_PageUp, Qt::ControlModifier); // back to the file
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RunPad"));
    QApplication::setApplicationName(QStringLiteral("RunPad"));
    const QStringList args = app.arguments().mid(1);
    const bool editing = args.value(0) == QLatin1String("edit");
    if (!editing && args.value(0) != QLatin1String("show")) {
        std::fprintf(stderr, "usage: session_driver edit FILE [quit] | show\n");
        return 2;
    }

    // The window only: nothing here runs code, so no helper is started.
    LocalSandboxBackend local;
    local.setHelperProgram(QStringLiteral("/nonexistent/runpad-sandbox"));
    local.setSocketPath(QStringLiteral("/nonexistent/runpad.sock"));
    MainWindow window(&local);
    Session session(window.tabs(), window.backends());
    QObject::connect(&session, &Session::message, &window, [&window](const QString &text) {
        window.statusBar()->showMessage(text);
        say(QStringLiteral("message ") + text);
    });
    QObject::connect(&session, &Session::written, [] { say(QStringLiteral("written")); });
    session.restore();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;

    if (editing)
        edit(window, args.value(1));
    say(QStringLiteral("tabs ") +
        QString::fromUtf8(QJsonDocument(describe(window)).toJson(QJsonDocument::Compact)));
    say(editing ? QStringLiteral("edited") : QStringLiteral("restored"));
    if (editing && args.value(2) == QLatin1String("quit"))
        QTimer::singleShot(0, &window, [&window] {
            say(window.close() ? QStringLiteral("closed") : QStringLiteral("refused to close"));
        });
    return app.exec();
}
