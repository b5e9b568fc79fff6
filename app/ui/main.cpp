#include "Backends.h"
#include "DocumentTabs.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "RemoteServerStore.h"
#include "Session.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>

int main(int argc, char *argv[])
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    // Qt 6 scales for high-DPI screens by itself; Qt 5 must be asked before the application exists.
    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RunPad"));
    QApplication::setApplicationName(QStringLiteral("RunPad"));
    QApplication::setApplicationDisplayName(QStringLiteral("RunPad"));
    QApplication::setApplicationVersion(QStringLiteral(RUNPAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("runpad")); // Wayland finds the icon by it
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/runpad.svg")));
    UiLanguage::install(&app); // before any text is made, --help included

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Write and run code snippets in a sandbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QApplication::translate("main", "Run the current file once the window is up."));
    const QCommandLineOption runAllOption(
        QStringLiteral("run-all"),
        QApplication::translate("main", "Run all test cases of the current file once the window "
                                        "is up."));
    const QCommandLineOption stdinOption(
        QStringLiteral("stdin"), QApplication::translate("main", "Put <text> in the stdin box."),
        QApplication::translate("main", "text"));
    parser.addOptions({runOption, runAllOption, stdinOption});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Files to open, each in a tab."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    LocalSandboxBackend local;
    RemoteServerStore remotes;
    Backends backends(&local, &remotes);
    // Where no helper can run (a phone), RunPad is remote-only from the start.
    if (const QString why = local.unavailableReason(); !why.isEmpty())
        backends.setLocalUnavailable(why);
    MainWindow window(&backends);
    // The last run's tabs come back first (unsaved ones unsaved); files named here open as well.
    Session session(window.tabs(), &backends);
    QObject::connect(&session, &Session::message, &window, [&window](const QString &text) {
        window.statusBar()->showMessage(text, 15000);
    });
    session.restore();
    for (const QString &file : parser.positionalArguments())
        window.tabs()->openFile(file);
    if (parser.isSet(stdinOption))
        window.stdinEdit()->setPlainText(parser.value(stdinOption));
    window.show();
    if (parser.isSet(runOption))
        QTimer::singleShot(0, &window, &MainWindow::run);
    else if (parser.isSet(runAllOption))
        QTimer::singleShot(0, &window, &MainWindow::runAllTests);
    return app.exec();
}
