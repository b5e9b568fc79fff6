#include "Backends.h"
#include "DocumentTabs.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "RemoteServerStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPlainTextEdit>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RunPad"));
    QApplication::setApplicationName(QStringLiteral("RunPad"));
    QApplication::setApplicationDisplayName(QStringLiteral("RunPad"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Write and run code snippets in a sandbox."));
    parser.addHelpOption();
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
    MainWindow window(&backends);
    for (const QString &file : parser.positionalArguments())
        window.tabs()->openFile(file);
    window.stdinEdit()->setPlainText(parser.value(stdinOption));
    window.show();
    if (parser.isSet(runOption))
        QTimer::singleShot(0, &window, &MainWindow::run);
    else if (parser.isSet(runAllOption))
        QTimer::singleShot(0, &window, &MainWindow::runAllTests);
    return app.exec();
}
