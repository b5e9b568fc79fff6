#pragma once

#include "Language.h"
#include "RequestLimits.h"
#include "SemVer.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

// A language whose toolchain was found on the host, with its version.
struct Runtime {
    Language language;
    SemVer version;
    std::string executable; // the toolchain found, absolute: "{exe}" in the commands
    // What a request for it may ask for: the language's defaults under the config file's caps.
    RequestLimits limits;
};

class SandboxConfigFile;

// Replaces every placeholder ("{exe}", "{main}", …) in text.
void replaceAll(std::string &text, std::string_view placeholder, std::string_view value);

// The runtimes this helper can run, detected once at start, resolved like Piston does.
class RuntimeRegistry {
public:
    // Reads every *.json in dir and probes each toolchain; false (with a sentence) if the
    // directory cannot be read, a file is invalid, or the config names a language none is.
    bool load(const std::string &dir, const SandboxConfigFile &config, std::string *error);
    // The same with the built-in limits.
    bool load(const std::string &dir, std::string *error);

    // Highest version of the language (canonical name or alias) matching the selector.
    const Runtime *resolve(const std::string &language, const std::string &selector) const;

    // Piston's GET /api/v2/runtimes body.
    nlohmann::json toJson() const;
    // The entries of /etc the runtimes read, each once.
    std::vector<std::string> etcEntries() const;
    // How long detection took at load().
    double detectionMs() const { return m_detectionMs; }

    // <exe dir>/../share/runpad/languages if it exists, else the source tree's directory.
    static std::string defaultLanguagesDir();

private:
    std::vector<Runtime> m_runtimes;
    double m_detectionMs = 0;
};
