// libFuzzer target: one protocol line, handled the way the helper's Client handles it up to the
// point where a job would start (Client itself needs a socket and an event loop, and an execute
// would build real boxes): JSON parse, the message checks, ExecuteRequest::parse against the real
// runtime registry, ProgramRequest::parse for `run`, signal names, base64 `data`; plus SemVer
// selectors, UTF-8 clean-up and a base64 round trip on the same bytes.
// Any crash, sanitizer report or escaping exception is a bug.

#include "Base64.h"
#include "ExecuteRequest.h"
#include "ProgramRequest.h"
#include "RuntimeRegistry.h"
#include "SandboxConfig.h"
#include "SemVer.h"
#include "StageResult.h"
#include "Utf8Stream.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

const RuntimeRegistry *registry = nullptr;

// What Client::handleLine and handleMessage check before they act.
void handleMessage(const nlohmann::json &message)
{
    if (!message.is_object())
        return;
    if (message.contains("id")) {
        const auto &id = message["id"];
        if (!id.is_null() && !id.is_string() && !id.is_number_integer())
            return;
        (void)id.dump(); // the job key
    }
    if (!message.contains("type") || !message["type"].is_string())
        return;
    const std::string type = message["type"].get<std::string>();
    if (type == "execute" || type == "init") {
        std::string error;
        const auto request = ExecuteRequest::parse(message, *registry, &error);
        if (!request && error.empty())
            abort(); // a rejection always says why
        if (request && (!request->runtime || request->mainFile >= request->files.size()))
            abort();
    } else if (type == "run") {
        std::string error;
        const auto request = ProgramRequest::parse(message, SandboxConfig(), &error);
        if (!request && error.empty())
            abort();
        if (request && (request->argv.empty() || request->limits.timeoutMs <= 0 || request->limits.cpuTimeMs <= 0 ||
                        request->limits.memoryBytes <= 0))
            abort(); // never unlimited
    } else if (type == "signal") {
        const auto name = message.value("signal", nlohmann::json());
        if (name.is_string())
            (void)StageResult::signalNumber(name.get<std::string>());
    } else if (type == "data") {
        (void)(message.value("stream", nlohmann::json()) != "stdin");
        const auto data = message.value("data", nlohmann::json());
        if (data.is_string())
            (void)decodeBase64(data.get<std::string>());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Probes the host's toolchains once, like the helper does at start-up.
    static RuntimeRegistry runtimes;
    std::string error;
    if (!runtimes.load(RuntimeRegistry::defaultLanguagesDir(), &error)) {
        fprintf(stderr, "fuzz: %s\n", error.c_str());
        abort();
    }
    if (runtimes.toJson().empty())
        fprintf(stderr, "fuzz: no toolchain found: requests stop at 'runtime is unknown'\n");
    registry = &runtimes;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    // The helper parses with exceptions and answers "malformed JSON"; the same call here.
    nlohmann::json message;
    try {
        message = nlohmann::json::parse(bytes);
    } catch (const nlohmann::json::exception &) {
        message = nlohmann::json();
    }
    if (!message.is_null())
        handleMessage(message);

    // The same bytes as a version and a selector, and as program output.
    if (const auto version = SemVer::parse(bytes.substr(0, bytes.find('\n')))) {
        (void)version->satisfies(
            bytes.substr(bytes.find('\n') == std::string_view::npos ? 0 : bytes.find('\n') + 1));
        (void)version->toString();
    }
    Utf8Stream stream;
    std::string out = stream.feed(bytes.substr(0, size / 2));
    out += stream.feed(bytes.substr(size / 2));
    out += stream.finish();
    if (out != Utf8Stream::sanitize(bytes))
        abort();                      // chunking must not change the result
    (void)nlohmann::json(out).dump(); // valid UTF-8, or dump() throws
    if (decodeBase64(encodeBase64(bytes)) != std::string(bytes))
        abort(); // a `run` result's output must come back as it was
    return 0;
}
