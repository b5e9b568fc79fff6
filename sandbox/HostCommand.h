#pragma once

#include <optional>
#include <string>
#include <vector>

// Runs a trusted host binary outside any box (toolchain version probes) with a time limit.
class HostCommand {
public:
    static constexpr const char *kSandboxPath = "/usr/local/bin:/usr/bin:/bin";

    // The absolute path of a command on the sandbox PATH, or nullopt.
    static std::optional<std::string> findOnPath(const std::string &command);

    // stdout and stderr of the command, or nullopt if it failed to start or timed out.
    static std::optional<std::string> output(const std::vector<std::string> &argv, int timeoutMs);
};
