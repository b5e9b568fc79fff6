#pragma once

#include "Checker.h"
#include "StageResult.h"
#include "TestCase.h"
#include "TestOutcome.h"

#include <optional>

// How a run's StageResult becomes a verdict, as an online judge decides it: first the status
// (TO -> TLE, OL/EL -> OLE, SG with the helper's memory-limit message -> MLE, other SG and RE ->
// RE), then, for a clean run, the checker.
namespace Judge {

// The outcome of a run before any checker: the output, times and memory, and the verdict when the
// status alone decides it (anything but a clean exit). A clean run gives Accepted, for a checker
// to overrule. An internal error of the sandbox (XX) gives Pending with the sandbox's message: no
// verdict can be given.
TestOutcome outcomeOfRun(const StageResult &run);
// Whether the run ended cleanly: exit code 0 without a status.
bool ranCleanly(const StageResult &run);
// Whether it is the sandbox's internal error (XX), which says nothing about the program.
bool isInternalError(const StageResult &run);

// The whole judgement with a built-in checker: the status first, then the checker when the case
// has an expected output (without one the status alone decides).
TestOutcome judge(const StageResult &run, const TestCase &test, const CheckerSpec &checker);

// The verdict every case gets when the program did not compile.
TestOutcome compileError(const StageResult &compile);
// The compiler's words for a person: its output, else its message.
QString compilerOutput(const StageResult &compile);

} // namespace Judge
