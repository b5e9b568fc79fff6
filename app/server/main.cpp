// runpad-server: Piston API v2 over HTTP and WebSocket, running code in the local sandbox.

#include "LocalSandboxBackend.h"
#include "RunPadServer.h"
#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so that the server closes its connections and the
// helper, losing its client, kills the jobs that still run.
void quitOnTerminate(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("runpad-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNPAD_VERSION));
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Serves the Piston API v2 (GET /api/v2/runtimes, POST /api/v2/execute,\n"
                "WebSocket /api/v2/connect) and runs the code in RunPad's local sandbox.\n"
                "\n"
                "Without --token-file or --token, the token is $RUNPAD_SERVER_TOKEN if set;\n"
                "without any, requests need no token. Once serving, it prints\n"
                "'runpad-server listening on http://HOST:PORT' on stdout, then one line per\n"
                "request on stderr. SIGTERM or SIGINT stops it. Exit status: 0 when stopped,\n"
                "1 when it cannot listen, 2 for a bad command line or a token it cannot read."));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerOptions::addTo(parser);
    parser.process(app);
    ServerOptions options;
    QString error;
    if (!options.read(parser, &error)) {
        fprintf(stderr, "runpad-server: %s\nTry 'runpad-server --help'.\n", qPrintable(error));
        return 2;
    }
    for (const QString &warning : std::as_const(options.warnings))
        fprintf(stderr, "runpad-server: warning: %s\n", qPrintable(warning));

    LocalSandboxBackend backend;
    if (!options.sandboxSocket.isEmpty())
        backend.setSocketPath(options.sandboxSocket);
    if (!options.helperProgram.isEmpty())
        backend.setHelperProgram(options.helperProgram);
    // The execute answer is the helper's result as it came.
    backend.setWholeResults(true);
    QObject::connect(&backend, &Backend::statusChanged, &app, [](const QString &status) {
        fprintf(stderr, "runpad-server: sandbox: %s\n", qPrintable(status));
    });
    QObject::connect(&backend, &Backend::unavailable, &app, [](const QString &message) {
        fprintf(stderr, "runpad-server: sandbox unavailable: %s\n", qPrintable(message));
    });

    RunPadServer server(options, &backend);
    if (!server.listen(&error)) {
        fprintf(stderr, "runpad-server: %s\n", qPrintable(error));
        return 1;
    }
    if (!options.host.isLoopback() && options.token.isEmpty())
        fprintf(stderr,
                "runpad-server: warning: serving %s without a token: anyone who can reach "
                "it can run code here (in the sandbox)\n",
                qPrintable(server.authority()));
    quitOnTerminate(app);
    // Connects to the helper (or starts one) now rather than on the first request.
    backend.fetchRuntimes();
    printf("runpad-server listening on http://%s\n", qPrintable(server.authority()));
    fflush(stdout);
    return app.exec();
}
