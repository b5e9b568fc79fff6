#include "CustomChecker.h"

#include "Judge.h"
#include "LanguageCatalog.h"

namespace {

// The checker's own time: generous, it is not the solution being judged.
constexpr qint64 checkerTimeLimitMs = 10000;
const QString unpackerName = QStringLiteral("runpad_checker_files.cpp");

// Plain C that is C++ too (the helper compiles every file as the checker's language). It runs
// before main() and any C++ global constructor of the checker, reads "<n1> <n2> <n3>\n" and
// then the three files' bytes from stdin, and writes input.txt, output.txt, answer.txt.
const char *const unpacker = R"(#include <stdio.h>
#include <stdlib.h>
static void runpad_write_file(const char *name, size_t size)
{
    FILE *file = fopen(name, "wb");
    char buffer[65536];
    if (!file) { perror(name); exit(3); }
    while (size > 0) {
        size_t chunk = size < sizeof buffer ? size : sizeof buffer;
        size_t got = fread(buffer, 1, chunk, stdin);
        if (got == 0) { fprintf(stderr, "runpad: the checker's input ended early\n"); exit(3); }
        fwrite(buffer, 1, got, file);
        size -= got;
    }
    if (fclose(file) != 0) { perror(name); exit(3); }
}
__attribute__((constructor(101))) static void runpad_unpack_files(void)
{
    unsigned long long sizes[3];
    if (scanf("%llu %llu %llu", &sizes[0], &sizes[1], &sizes[2]) != 3 || getchar() != '\n') {
        fprintf(stderr, "runpad: the checker's input is not packed files\n");
        exit(3);
    }
    runpad_write_file("input.txt", (size_t)sizes[0]);
    runpad_write_file("output.txt", (size_t)sizes[1]);
    runpad_write_file("answer.txt", (size_t)sizes[2]);
}
)";

QStringList fileArgs()
{
    return {QStringLiteral("input.txt"), QStringLiteral("output.txt"),
            QStringLiteral("answer.txt")};
}

} // namespace

CustomChecker::CustomChecker(Backend *backend, QObject *parent) : QObject(parent), m_runs(backend)
{
    connect(&m_runs, &ManyRuns::runFinished, this, &CustomChecker::onRun);
    connect(&m_runs, &ManyRuns::compileFailed, this, &CustomChecker::onCompileFailed);
    connect(&m_runs, &ManyRuns::finished, this, &CustomChecker::finished);
    connect(&m_runs, &ManyRuns::failed, this, [this](const QString &message) {
        emit failed(tr("The checker could not run: %1").arg(message));
    });
}

bool CustomChecker::compilesOnce(const QString &language)
{
    const LanguageInfo *info = LanguageCatalog::instance().byName(language);
    return info && info->compiled &&
           (info->language == QLatin1String("c") || info->language == QLatin1String("c++"));
}

bool CustomChecker::supportsLanguage(const QString &language)
{
    const LanguageInfo *info = LanguageCatalog::instance().byName(language);
    return info && (!info->compiled || compilesOnce(language));
}

QString CustomChecker::problemWith(const CheckerSpec &spec)
{
    if (spec.customLanguage.isEmpty())
        return tr("Pick the language of the custom checker.");
    if (spec.customSource.trimmed().isEmpty())
        return tr("Write the custom checker's code, or choose a built-in checker.");
    const LanguageInfo *info = LanguageCatalog::instance().byName(spec.customLanguage);
    if (!info)
        return tr("The custom checker's language, %1, is not one RunPad knows.")
            .arg(spec.customLanguage);
    if (!supportsLanguage(spec.customLanguage))
        return tr("A custom checker cannot be written in %1: of the compiled languages only C and "
                  "C++ can check, so choose one of them or a language that needs no compiling, "
                  "such as Python.")
            .arg(info->name);
    return QString();
}

QString CustomChecker::packFiles(const Case &test)
{
    return QStringLiteral("%1 %2 %3\n")
               .arg(test.input.toUtf8().size())
               .arg(test.output.toUtf8().size())
               .arg(test.answer.toUtf8().size()) +
           test.input + test.output + test.answer;
}

QString CustomChecker::unpackerSource()
{
    return QString::fromUtf8(unpacker);
}

void CustomChecker::start(const CheckerSpec &spec, const QList<Case> &cases)
{
    m_count = int(cases.size());
    ExecuteRequest program;
    program.language = spec.customLanguage;
    program.files = {{QString(), spec.customSource}}; // the backend names it after the language
    program.args = fileArgs();
    program.runTimeout = checkerTimeLimitMs;
    program.runCpuTime = checkerTimeLimitMs;
    program.outputLimit = 1 << 20;

    if (compilesOnce(spec.customLanguage)) {
        const LanguageInfo *info = LanguageCatalog::instance().byName(spec.customLanguage);
        program.files[0].name = QStringLiteral("checker.") + info->extensions.value(0);
        program.files.append({unpackerName, unpackerSource()});
        QStringList inputs;
        for (const Case &test : cases)
            inputs.append(packFiles(test));
        m_runs.start(program, inputs);
        return;
    }
    QList<ExecuteRequest> requests;
    for (const Case &test : cases) {
        ExecuteRequest request = program;
        request.files.append({QStringLiteral("input.txt"), test.input});
        request.files.append({QStringLiteral("output.txt"), test.output});
        request.files.append({QStringLiteral("answer.txt"), test.answer});
        requests.append(request);
    }
    m_runs.startEach(requests);
}

void CustomChecker::stop()
{
    m_runs.stop();
}

bool CustomChecker::isRunning() const
{
    return m_runs.isRunning();
}

void CustomChecker::onRun(int index, const StageResult &run)
{
    const QString words = (run.stderr.trimmed().isEmpty() ? run.stdout : run.stderr).trimmed();
    if (run.status.isEmpty() || run.status == QLatin1String("RE")) {
        const int code = run.code.value_or(-1);
        if (code == 0) {
            emit checked(index, Verdict::Accepted, words);
            return;
        }
        if (code == 1 || code == 2) {
            emit checked(index, Verdict::WrongAnswer, words);
            return;
        }
        emit checked(index, Verdict::CheckerError,
                     tr("The checker failed (exit code %1): %2")
                         .arg(code)
                         .arg(words.isEmpty() ? tr("it said nothing") : words));
        return;
    }
    const TestOutcome outcome = Judge::outcomeOfRun(run);
    emit checked(index, Verdict::CheckerError,
                 tr("The checker failed: %1 (%2)%3")
                     .arg(verdictName(outcome.verdict), outcome.message,
                          words.isEmpty() ? QString() : QStringLiteral(": ") + words));
}

void CustomChecker::onCompileFailed(const StageResult &compile)
{
    const QString message =
        tr("The checker did not compile:\n%1").arg(Judge::compilerOutput(compile).trimmed());
    for (int i = 0; i < m_count; ++i)
        emit checked(i, Verdict::CheckerError, message);
    emit finished();
}
