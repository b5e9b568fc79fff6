#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class RuntimeRegistry;
struct Runtime;

// Time and memory limits of one stage. A parsed request always has all three (never
// unlimited); memoryBytes -1 is left only for callers that build a stage themselves, and means
// the helper's maximum.
struct StageLimits {
    int64_t timeoutMs = 0;
    int64_t cpuTimeMs = 0;
    int64_t memoryBytes = -1;
    // Processes of the box at once, its init included; 0 is the box's own cap (config.processes).
    // Only a `run` message sets it, never above that cap.
    int64_t processes = 0;
};

struct SourceFile {
    std::string name;
    std::string content; // decoded bytes
};

// A validated Piston execute body (plus RunPad's output_limit). Its limits are the runtime's
// (RequestLimits: defaults and maxima from the language file and the helper's config file).
struct ExecuteRequest {
    // The built-in values, for `runpad-sandbox run`; requests use their runtime's limits.
    static constexpr int64_t kDefaultOutputLimit = 1 << 20;
    static constexpr int64_t kMaxOutputLimit = 64 << 20;
    static constexpr int64_t kDefaultCompileTimeMs = 10000;
    static constexpr int64_t kDefaultRunTimeMs = 3000;
    static constexpr int64_t kMaxTimeMs = 300000;
    static constexpr int64_t kMaxMemoryBytes = int64_t(4) << 30;
    static constexpr size_t kMaxInputs = 1000;

    const Runtime *runtime = nullptr;
    std::vector<SourceFile> files;
    size_t mainFile = 0;
    std::string stdinData;
    // RunPad's "stdins": compile once, then one run per input, each in a fresh box; the result
    // has "runs" instead of "run". Empty for one run with stdinData.
    std::vector<std::string> stdins;
    std::vector<std::string> args;
    StageLimits compile;
    StageLimits run;
    int64_t outputLimit = kDefaultOutputLimit;

    // The request, or nullopt with Piston's validation message (or a clear one) in error.
    static std::optional<ExecuteRequest> parse(const nlohmann::json &body,
                                               const RuntimeRegistry &registry, std::string *error);
};

// The memory a stage's box gets: without a request limit, the helper's maximum, never unlimited.
inline int64_t boxMemoryLimit(const StageLimits &limits)
{
    return limits.memoryBytes > 0 ? limits.memoryBytes : ExecuteRequest::kMaxMemoryBytes;
}
