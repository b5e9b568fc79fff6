#pragma once

#include "RequestLimits.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

struct Language;
struct SandboxConfig;

// The helper's own limits from its config file (/etc/runpad/sandbox.json, or --config FILE): the
// default and maximum of each limit a request may set, per-language overrides of those, and the
// box limits no request can change. The keys are documented in README.md ("Limits").
class SandboxConfigFile {
public:
    static constexpr const char *kDefaultPath = "/etc/runpad/sandbox.json";

    // Reads a config file. A missing file is fine unless required: the built-in defaults stay.
    // False with a sentence naming the file and the key at fault.
    bool load(const std::string &path, bool required, std::string *error);
    // The same for a file's text; source names the file in messages.
    bool parse(const std::string &text, const std::string &source, std::string *error);

    // The file the limits came from, or "built-in defaults".
    const std::string &source() const { return m_source; }
    // Writes the box limits (processes, sizes, files) into config, and the request limits of a
    // program that names no language (a `run` message).
    void applyTo(SandboxConfig *config) const;
    // A language's request limits: its own defaults (its file's "limits") under this file's
    // maxima; this file's "languages" entry for it overrides both.
    RequestLimits limitsFor(const Language &language) const;
    // The first key of "languages" that names none of these languages; empty if there is none.
    std::string unknownLanguage(const std::vector<Language> &languages) const;

private:
    struct Override {
        std::map<std::string, int64_t> defaults;
        std::map<std::string, int64_t> maxima;
    };

    bool readRequestLimit(const std::string &key, const nlohmann::json &value,
                          const std::string &where, Override *out, std::string *error) const;
    bool readBoxLimit(const std::string &key, const nlohmann::json &value, std::string *error);
    bool readLanguages(const nlohmann::json &languages, std::string *error);

    std::string m_source = "built-in defaults";
    RequestLimits m_limits;
    std::map<std::string, Override> m_languages;
    std::map<std::string, int64_t> m_box; // only the keys the file sets
};
