#include "StageResult.h"

#include "Utf8Stream.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstring>
#include <utility>

namespace {

const std::pair<int, const char *> kSignals[] = {
    {SIGHUP, "SIGHUP"},   {SIGINT, "SIGINT"},       {SIGQUIT, "SIGQUIT"},   {SIGILL, "SIGILL"},
    {SIGTRAP, "SIGTRAP"}, {SIGABRT, "SIGABRT"},     {SIGBUS, "SIGBUS"},     {SIGFPE, "SIGFPE"},
    {SIGKILL, "SIGKILL"}, {SIGUSR1, "SIGUSR1"},     {SIGSEGV, "SIGSEGV"},   {SIGUSR2, "SIGUSR2"},
    {SIGPIPE, "SIGPIPE"}, {SIGALRM, "SIGALRM"},     {SIGTERM, "SIGTERM"},   {SIGSTKFLT, "SIGSTKFLT"},
    {SIGCHLD, "SIGCHLD"}, {SIGCONT, "SIGCONT"},     {SIGSTOP, "SIGSTOP"},   {SIGTSTP, "SIGTSTP"},
    {SIGTTIN, "SIGTTIN"}, {SIGTTOU, "SIGTTOU"},     {SIGURG, "SIGURG"},     {SIGXCPU, "SIGXCPU"},
    {SIGXFSZ, "SIGXFSZ"}, {SIGVTALRM, "SIGVTALRM"}, {SIGPROF, "SIGPROF"},   {SIGWINCH, "SIGWINCH"},
    {SIGIO, "SIGIO"},     {SIGPWR, "SIGPWR"},       {SIGSYS, "SIGSYS"},
};

} // namespace

nlohmann::json StageResult::toJson(bool withOutput) const
{
    nlohmann::json json;
    if (withOutput) {
        json["stdout"] = Utf8Stream::sanitize(stdoutData);
        json["stderr"] = Utf8Stream::sanitize(stderrData);
        json["output"] = Utf8Stream::sanitize(outputData);
    }
    json["code"] = code ? nlohmann::json(*code) : nlohmann::json();
    json["signal"] = signal ? nlohmann::json(*signal) : nlohmann::json();
    json["message"] = message ? nlohmann::json(*message) : nlohmann::json();
    json["status"] = status ? nlohmann::json(*status) : nlohmann::json();
    json["cpu_time"] = cpuTimeMs;
    json["wall_time"] = wallTimeMs;
    json["memory"] = memoryBytes;
    return json;
}

std::string StageResult::signalName(int signal)
{
    for (const auto &[number, name] : kSignals) {
        if (number == signal)
            return name;
    }
    return "SIG" + std::to_string(signal);
}

int StageResult::signalNumber(const std::string &name)
{
    for (const auto &[number, known] : kSignals) {
        if (name == known)
            return number;
    }
    return 0;
}
