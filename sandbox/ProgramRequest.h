#pragma once

#include "ExecuteRequest.h"
#include "RootFs.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

struct SandboxConfig;

// A `run` message (PROTOCOL.md): one program with its arguments in a box, no language and no
// files, as `runpad-sandbox run --socket` hands it to a daemon. Its limits are Piston's run_*
// fields, under the helper's configured maxima.
struct ProgramRequest {
    static constexpr size_t kMaxArguments = 4096;
    static constexpr size_t kMaxDirs = 64;

    std::vector<std::string> argv; // argv[0] is found on the box's PATH unless it is a path
    std::string stdinData;         // decoded; more may follow in `data` messages until `eof`
    StageLimits limits;            // with processes: the box's, its init included
    int64_t outputLimit = 0;
    // `run --dir`: host paths the client resolved, bound once the box is ready (BoxBinds).
    std::vector<RootFs::Bind> binds;

    // The request, or nullopt with a sentence naming the field at fault.
    static std::optional<ProgramRequest> parse(const nlohmann::json &message, const SandboxConfig &config,
                                               std::string *error);
};
