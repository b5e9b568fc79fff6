#include "ProgramRequest.h"

#include "Base64.h"
#include "SandboxConfig.h"

#include <nlohmann/json.hpp>

std::optional<ProgramRequest> ProgramRequest::parse(const nlohmann::json &message,
                                                    const SandboxConfig &config, std::string *error)
{
    ProgramRequest request;
    const auto argv = message.value("argv", nlohmann::json());
    if (!argv.is_array() || argv.empty() || argv.size() > kMaxArguments) {
        *error = "argv is required as an array of 1 to " + std::to_string(kMaxArguments) + " strings";
        return std::nullopt;
    }
    for (const auto &word : argv) {
        // execve ends each argument at its first NUL: a request must not mean more than runs.
        if (!word.is_string() || word.get_ref<const std::string &>().find('\0') != std::string::npos) {
            *error = "argv must hold strings without NUL characters";
            return std::nullopt;
        }
        request.argv.push_back(word.get<std::string>());
    }
    if (request.argv.front().empty()) {
        *error = "argv[0] must name the program";
        return std::nullopt;
    }
    const RequestLimits &limits = config.programLimits;
    if (!limits.read(message, "run_memory_limit", &request.limits.memoryBytes, error) ||
        !limits.read(message, "run_timeout", &request.limits.timeoutMs, error) ||
        !limits.read(message, "run_cpu_time", &request.limits.cpuTimeMs, error) ||
        !limits.read(message, "output_limit", &request.outputLimit, error))
        return std::nullopt;
    const auto processes = message.value("processes", nlohmann::json());
    if (!processes.is_null()) {
        // The program's processes; the box's init is one more.
        const int64_t most = int64_t(config.processes) - 1;
        if (!processes.is_number_integer() || processes.get<int64_t>() < 1 || processes.get<int64_t>() > most) {
            *error = "processes must be a whole number from 1 to " + std::to_string(most);
            return std::nullopt;
        }
        request.limits.processes = processes.get<int64_t>() + 1;
    }
    const auto dirs = message.value("dirs", nlohmann::json::array());
    if (!dirs.is_array() || dirs.size() > kMaxDirs) {
        *error = "dirs must be an array of at most " + std::to_string(kMaxDirs) + " binds";
        return std::nullopt;
    }
    for (const auto &dir : dirs) {
        RootFs::Bind bind;
        if (!dir.is_object() || !dir.value("host", nlohmann::json()).is_string() ||
            !dir.value("box", nlohmann::json()).is_string() || !dir.value("writable", nlohmann::json(false)).is_boolean()) {
            *error = "each of dirs needs host and box paths as strings, and writable as a boolean";
            return std::nullopt;
        }
        bind.hostPath = dir["host"].get<std::string>();
        bind.boxPath = dir["box"].get<std::string>();
        bind.writable = dir.value("writable", false);
        if (bind.hostPath.empty() || bind.hostPath[0] != '/' || bind.hostPath.find('\0') != std::string::npos) {
            *error = "a host path of dirs must be absolute: '" + bind.hostPath + "'";
            return std::nullopt;
        }
        if (!RootFs::isValidBoxPath(bind.boxPath, error))
            return std::nullopt;
        request.binds.push_back(std::move(bind));
    }
    // A rootless helper's boxes are in user namespaces of their own, whose mounts it cannot
    // add to from outside once they are built.
    if (!request.binds.empty() && config.rootless) {
        *error = "dirs needs a privileged helper: this one is rootless";
        return std::nullopt;
    }
    const auto stdinField = message.value("stdin", nlohmann::json());
    if (!stdinField.is_null()) {
        const auto decoded = stdinField.is_string() ? decodeBase64(stdinField.get_ref<const std::string &>())
                                                    : std::nullopt;
        if (!decoded) {
            *error = "stdin must be a base64 string";
            return std::nullopt;
        }
        request.stdinData = *decoded;
    }
    return request;
}
