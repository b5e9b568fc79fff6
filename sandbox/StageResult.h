#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>

// What one stage (compile or run) produced, in Piston's Stage shape.
struct StageResult {
    std::string stdoutData;
    std::string stderrData;
    std::string outputData; // both streams interleaved in the order they came
    std::optional<int> code;
    std::optional<std::string> signal;
    std::optional<std::string> message;
    std::optional<std::string> status; // RE SG TO OL EL XX, or none for a clean exit
    int64_t cpuTimeMs = 0;
    int64_t wallTimeMs = 0;
    int64_t memoryBytes = 0;

    bool succeeded() const { return !status && code == 0; }

    // With output: Piston's Stage; without: the fields of an interactive `exit` message.
    nlohmann::json toJson(bool withOutput) const;

    static std::string signalName(int signal);
    static int signalNumber(const std::string &name); // 0 if unknown
};
