#include "ProgramSpec.h"

#include "ExactIo.h"
#include "HostCommand.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <unistd.h>

namespace {

// Larger than any argv and environment execve takes.
constexpr uint32_t kMaxFrame = 64 << 20;

} // namespace

ProgramSpec ProgramSpec::inBox(std::vector<std::string> argv, const StageLimits &limits)
{
    ProgramSpec spec;
    spec.executable = HostCommand::findOnPath(argv.front()).value_or(argv.front());
    spec.argv = std::move(argv);
    spec.env = {std::string("PATH=") + HostCommand::kSandboxPath, "HOME=/box", "LANG=C.UTF-8",
                "TMPDIR=/tmp"};
    spec.limits = limits;
    return spec;
}

std::string ProgramSpec::frame() const
{
    const std::string body =
        nlohmann::json{{"executable", executable},
                       {"argv", argv},
                       {"env", env},
                       {"limits", {limits.timeoutMs, limits.cpuTimeMs, limits.memoryBytes, limits.processes}}}
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const uint32_t size = uint32_t(body.size());
    std::string framed(sizeof size, '\0');
    memcpy(framed.data(), &size, sizeof size);
    return framed + body;
}

std::optional<ProgramSpec> ProgramSpec::read(int fd)
{
    uint32_t size = 0;
    if (!readExactly(fd, reinterpret_cast<char *>(&size), sizeof size) || size > kMaxFrame)
        return std::nullopt;
    std::string body(size, '\0');
    if (!readExactly(fd, body.data(), size))
        return std::nullopt;
    const nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
    ProgramSpec spec;
    try {
        spec.executable = json.at("executable").get<std::string>();
        spec.argv = json.at("argv").get<std::vector<std::string>>();
        spec.env = json.at("env").get<std::vector<std::string>>();
        const auto &limits = json.at("limits");
        spec.limits = {limits.at(0).get<int64_t>(), limits.at(1).get<int64_t>(), limits.at(2).get<int64_t>(),
                       limits.at(3).get<int64_t>()};
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
    if (spec.argv.empty())
        return std::nullopt;
    return spec;
}
