#pragma once

#include "Language.h"
#include "SemVer.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

// A language whose toolchain was found on the host, with its version.
struct Runtime {
    Language language;
    SemVer version;
};

// The runtimes this helper can run, detected once at start, resolved like Piston does.
class RuntimeRegistry {
public:
    // Reads every *.json in dir and probes each toolchain; false (with a sentence) if the
    // directory cannot be read or a file is invalid.
    bool load(const std::string &dir, std::string *error);

    // Highest version of the language (canonical name or alias) matching the selector.
    const Runtime *resolve(const std::string &language, const std::string &selector) const;

    // Piston's GET /api/v2/runtimes body.
    nlohmann::json toJson() const;

    // <exe dir>/../share/runpad/languages if it exists, else the source tree's directory.
    static std::string defaultLanguagesDir();

private:
    std::vector<Runtime> m_runtimes;
};
