#include "Judge.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Judge", text);
}

// The helper's words for an OOM kill (sandbox/PROTOCOL.md, "Memory and processes").
bool isMemoryLimitKill(const StageResult &run)
{
    return run.status == QLatin1String("SG") &&
           run.message.startsWith(QLatin1String("Memory limit exceeded"));
}

} // namespace

namespace Judge {

bool ranCleanly(const StageResult &run)
{
    return run.status.isEmpty() && run.code.value_or(0) == 0 && run.signal.isEmpty();
}

bool isInternalError(const StageResult &run)
{
    return run.status == QLatin1String("XX");
}

TestOutcome outcomeOfRun(const StageResult &run)
{
    TestOutcome outcome;
    outcome.output = run.stdout;
    outcome.errorOutput = run.stderr;
    outcome.timeMs = run.cpuTimeMs;
    outcome.wallMs = run.wallTimeMs;
    outcome.memoryBytes = run.memoryBytes;
    outcome.message = run.message;
    if (ranCleanly(run)) {
        outcome.verdict = Verdict::Accepted;
        outcome.message.clear();
    } else if (run.status == QLatin1String("TO")) {
        outcome.verdict = Verdict::TimeLimit;
    } else if (run.status == QLatin1String("OL") || run.status == QLatin1String("EL")) {
        outcome.verdict = Verdict::OutputLimit;
        if (outcome.message.isEmpty())
            outcome.message = run.status == QLatin1String("OL") ? tr("stdout length exceeded")
                                                                : tr("stderr length exceeded");
    } else if (isMemoryLimitKill(run)) {
        outcome.verdict = Verdict::MemoryLimit;
    } else if (isInternalError(run)) {
        outcome.verdict = Verdict::Pending;
        outcome.message = tr("The sandbox failed: %1")
                              .arg(run.message.isEmpty() ? tr("no reason given") : run.message);
    } else {
        // RE, other SG, or a non-zero exit a backend did not mark.
        outcome.verdict = Verdict::RuntimeError;
        if (!run.signal.isEmpty())
            outcome.message = tr("Killed by %1").arg(run.signal);
        else if (run.code)
            outcome.message = tr("Exited with code %1").arg(*run.code);
    }
    return outcome;
}

TestOutcome judge(const StageResult &run, const TestCase &test, const CheckerSpec &checker)
{
    TestOutcome outcome = outcomeOfRun(run);
    if (outcome.verdict != Verdict::Accepted)
        return outcome;
    if (test.expected.isEmpty()) {
        outcome.message = tr("No expected output: judged by the exit status alone");
        return outcome;
    }
    const CheckResult result = check(checker, test.input, run.stdout, test.expected);
    outcome.verdict = result.accepted ? Verdict::Accepted : Verdict::WrongAnswer;
    outcome.message = result.message;
    return outcome;
}

QString compilerOutput(const StageResult &compile)
{
    if (!compile.output.isEmpty())
        return compile.output;
    if (!compile.stderr.isEmpty() || !compile.stdout.isEmpty())
        return compile.stdout + compile.stderr;
    return compile.message;
}

TestOutcome compileError(const StageResult &compile)
{
    TestOutcome outcome;
    outcome.verdict = Verdict::CompileError;
    outcome.errorOutput = compilerOutput(compile);
    outcome.message = compile.status == QLatin1String("TO")
                          ? tr("Compilation took too long: %1").arg(compile.message)
                          : tr("Compilation failed");
    outcome.timeMs = compile.cpuTimeMs;
    outcome.wallMs = compile.wallTimeMs;
    outcome.memoryBytes = compile.memoryBytes;
    return outcome;
}

} // namespace Judge
