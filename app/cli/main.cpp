// runpad-cli: runs one file in the local sandbox, or on a Piston server, and reports like a shell
// would.

#include "ExecuteRequest.h"
#include "LanguageCatalog.h"
#include "LocalSandboxBackend.h"
#include "PistonBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The exit codes other than the program's own; --help documents them.
enum ExitCode {
    UsageError = 2,
    OutputLimitExceeded = 123,
    TimeLimitExceeded = 124,
    SandboxFailed = 125,
    CompilationFailed = 126,
    KilledBySignal = 128, // plus the signal number, as shells report it
};

// The translation context of runpad-cli's messages.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void writeJson(const QJsonDocument &document)
{
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

// A message of runpad-cli itself (not of the program) on stderr.
void complain(const QString &message)
{
    write(stderr, QStringLiteral("runpad-cli: %1\n").arg(message));
}

int signalNumber(const QString &name)
{
    for (int number = 1; number < NSIG; ++number) {
        const char *abbreviation = sigabbrev_np(number);
        if (abbreviation && name == QLatin1String("SIG") + QLatin1String(abbreviation))
            return number;
    }
    return 0;
}

bool isCompileStage(const ExecuteResult &result, const StageResult *stage)
{
    return result.compile && stage == &*result.compile;
}

int exitCodeFor(const ExecuteResult &result)
{
    const StageResult *stage = result.decisiveStage();
    if (!stage || stage->status == QLatin1String("XX"))
        return SandboxFailed;
    if (isCompileStage(result, stage) && !stage->status.isEmpty())
        return CompilationFailed;
    if (stage->status == QLatin1String("TO"))
        return TimeLimitExceeded;
    if (stage->status == QLatin1String("OL") || stage->status == QLatin1String("EL"))
        return OutputLimitExceeded;
    if (stage->status == QLatin1String("SG"))
        return KilledBySignal + signalNumber(stage->signal);
    return stage->code.value_or(SandboxFailed);
}

// One line on stderr when the program did not end normally, e.g. "TO — wall-time limit exceeded".
void summarize(const ExecuteResult &result)
{
    const StageResult *stage = result.decisiveStage();
    if (!stage || stage->status.isEmpty())
        return;
    QString detail = stage->message;
    if (detail.isEmpty())
        detail = !stage->signal.isEmpty() ? stage->signal
                                          : Cli::tr("exit code %1").arg(stage->code.value_or(-1));
    const QString label = isCompileStage(result, stage)
                              ? Cli::tr("compilation failed, %1").arg(stage->statusLabel())
                              : stage->statusLabel();
    complain(QStringLiteral("%1 — %2").arg(label, detail));
}

// The local sandbox, or the Piston server at serverUrl; its API key comes from the environment,
// not the command line, which other users can read in the process list.
std::unique_ptr<Backend> makeBackend(const QUrl &serverUrl)
{
    if (serverUrl.isEmpty())
        return std::make_unique<LocalSandboxBackend>();
    auto backend =
        std::make_unique<PistonBackend>(RemoteServer{QString(), serverUrl.host(), serverUrl});
    backend->setApiKey(qEnvironmentVariable("RUNPAD_API_KEY"));
    return backend;
}

int listRuntimes(QCoreApplication &app, const QUrl &serverUrl, bool json)
{
    const std::unique_ptr<Backend> backendOwner = makeBackend(serverUrl);
    Backend &backend = *backendOwner;
    QObject::connect(&backend, &Backend::runtimesReady, &app, [&](const RuntimeList &runtimes) {
        if (json) {
            QJsonArray array;
            for (const Runtime &runtime : runtimes)
                array.append(runtime.toJson());
            writeJson(QJsonDocument(array));
        } else {
            const QString row = QStringLiteral("%1  %2  %3\n");
            write(stdout, row.arg(Cli::tr("LANGUAGE"), -12)
                              .arg(Cli::tr("VERSION"), -10)
                              .arg(Cli::tr("ALIASES")));
            for (const Runtime &runtime : runtimes) {
                write(stdout, row.arg(runtime.language, -12)
                                  .arg(runtime.version, -10)
                                  .arg(runtime.aliases.join(QStringLiteral(", "))));
            }
        }
        app.exit(0);
    });
    QObject::connect(&backend, &Backend::unavailable, &app, [&](const QString &message) {
        complain(message);
        app.exit(SandboxFailed);
    });
    backend.fetchRuntimes();
    return app.exec();
}

struct RunOptions {
    QString fileName;
    QString language;
    QString stdinSource; // a file name, "-" for our own stdin, empty for none
    QStringList args;
    qint64 timeoutMs = 0;
    QUrl serverUrl; // empty: the local sandbox
    bool json = false;
};

int runFile(QCoreApplication &app, const RunOptions &options)
{
    QFile source(options.fileName);
    if (!source.open(QIODevice::ReadOnly)) {
        complain(Cli::tr("cannot read %1: %2").arg(options.fileName, source.errorString()));
        return UsageError;
    }
    const LanguageCatalog &catalog = LanguageCatalog::instance();
    const LanguageInfo *language = options.language.isEmpty() ? catalog.byFileName(options.fileName)
                                                              : catalog.byName(options.language);
    if (!language) {
        complain(
            options.language.isEmpty()
                ? Cli::tr("cannot tell the language of %1 from its extension; name it with -l")
                      .arg(options.fileName)
                : Cli::tr("unknown language '%1'; 'runpad-cli runtimes' lists the available ones")
                      .arg(options.language));
        return UsageError;
    }

    ExecuteRequest request;
    request.language = language->language;
    request.files.append({QFileInfo(options.fileName).fileName(),
                          QString::fromUtf8(source.readAll()), QStringLiteral("utf8")});
    request.args = options.args;
    request.runTimeout = request.runCpuTime = options.timeoutMs;
    if (!options.stdinSource.isEmpty()) {
        QFile input;
        const bool opened =
            options.stdinSource == QLatin1String("-")
                ? input.open(stdin, QIODevice::ReadOnly)
                : (input.setFileName(options.stdinSource), input.open(QIODevice::ReadOnly));
        if (!opened) {
            complain(Cli::tr("cannot read %1: %2").arg(options.stdinSource, input.errorString()));
            return UsageError;
        }
        request.stdin = QString::fromUtf8(input.readAll());
    }

    const std::unique_ptr<Backend> backend = makeBackend(options.serverUrl);
    Job *job = backend->start(request, false);
    QString stage;
    QObject::connect(job, &Job::stageStarted, &app, [&](const QString &name) { stage = name; });
    if (!options.json) {
        QObject::connect(job, &Job::output, &app, [&](const QString &stream, const QString &text) {
            // Compiler messages are diagnostics, not the program's output.
            const bool toStdout =
                stream == QLatin1String("stdout") && stage != QLatin1String("compile");
            write(toStdout ? stdout : stderr, text);
        });
    }
    QObject::connect(job, &Job::finished, &app, [&](const ExecuteResult &result) {
        if (options.json)
            writeJson(QJsonDocument(result.toJson()));
        else
            summarize(result);
        app.exit(exitCodeFor(result));
    });
    QObject::connect(job, &Job::failed, &app, [&](const QString &message) {
        if (options.json)
            writeJson(QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}));
        complain(message);
        app.exit(SandboxFailed);
    });
    return app.exec();
}

QString description()
{
    return Cli::tr(
        "Runs code in RunPad's local sandbox, or on a Piston server with --server.\n"
        "\n"
        "Commands:\n"
        "  run FILE [-- ARGS...]  run FILE, passing ARGS to the program; its stdout and\n"
        "                         stderr stream to ours, compiler messages go to stderr\n"
        "  runtimes               list the languages the sandbox can run\n"
        "\n"
        "Exit status of run:\n"
        "  0-255    the program's exit status\n"
        "  128+N    the program was killed by signal N (e.g. 139 for SIGSEGV)\n"
        "  2        bad command line, unreadable file or unknown language\n"
        "  123      output limit exceeded (OL, EL)\n"
        "  124      time limit exceeded (TO)\n"
        "  125      the sandbox or server failed: unreachable, request refused, internal error\n"
        "  126      compilation failed\n"
        "\n"
        "With --json, runtimes prints Piston's runtimes array.\n"
        "\n"
        "The local sandbox is the system helper at /run/runpad-sandbox.sock (for members\n"
        "of the group runpad) when it serves us; else runpad-cli starts runpad-sandbox\n"
        "(beside itself, else in ../libexec) for the run. $RUNPAD_SANDBOX_SOCKET names\n"
        "another socket, where a helper is started if none answers. With --server, the\n"
        "server's API key is $RUNPAD_API_KEY if set.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("runpad-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNPAD_VERSION));
    std::signal(SIGPIPE, SIG_IGN); // a closed pipe shows as a failed write, not a dead CLI

    // Everything after "--" belongs to the program, even what looks like our options.
    QStringList arguments = QCoreApplication::arguments();
    QStringList programArgs;
    if (const qsizetype dashDash = arguments.indexOf(QStringLiteral("--")); dashDash >= 0) {
        programArgs = arguments.mid(dashDash + 1);
        arguments = arguments.mid(0, dashDash);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption languageOption(
        {QStringLiteral("l"), QStringLiteral("language")},
        Cli::tr("The language, by name or alias (default: from the file extension)."),
        Cli::tr("LANG"));
    const QCommandLineOption stdinOption(
        QStringLiteral("stdin"), Cli::tr("Give the program this file as stdin; - for ours."),
        Cli::tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Cli::tr("Print the result as Piston's JSON instead."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), Cli::tr("Run time limit, wall clock and CPU (default: 3000)."),
        Cli::tr("MS"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        Cli::tr("Run on this Piston API v2 server (e.g. a runpad-server) instead of the local "
                "sandbox."),
        Cli::tr("URL"));
    parser.addOptions({languageOption, stdinOption, jsonOption, timeoutOption, serverOption});
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("run or runtimes"),
                                 QStringLiteral("run FILE | runtimes"));

    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();

    QUrl serverUrl;
    if (parser.isSet(serverOption)) {
        serverUrl = QUrl::fromUserInput(parser.value(serverOption));
        if (const QString why = RemoteServer::urlProblem(serverUrl); !why.isEmpty()) {
            complain(Cli::tr("--server wants an http or https URL, not '%1': %2")
                         .arg(parser.value(serverOption), why));
            return UsageError;
        }
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("runtimes") && positional.size() == 1 && programArgs.isEmpty())
        return listRuntimes(app, serverUrl, parser.isSet(jsonOption));
    if (command != QLatin1String("run") || positional.size() != 2) {
        complain(Cli::tr("usage: runpad-cli run FILE [options] [-- ARGS...] | runpad-cli runtimes "
                         "(see --help)"));
        return UsageError;
    }

    RunOptions options;
    options.fileName = positional.at(1);
    options.language = parser.value(languageOption);
    options.stdinSource = parser.value(stdinOption);
    options.args = programArgs;
    options.json = parser.isSet(jsonOption);
    options.serverUrl = serverUrl;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        options.timeoutMs = parser.value(timeoutOption).toLongLong(&ok);
        if (!ok || options.timeoutMs <= 0) {
            complain(Cli::tr("--timeout wants a positive number of milliseconds, not '%1'")
                         .arg(parser.value(timeoutOption)));
            return UsageError;
        }
    }
    return runFile(app, options);
}
