#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// One resources/languages/<id>.json file: how to find, compile and run a language.
struct Language {
    std::string language; // Piston's canonical name
    std::string name;
    std::vector<std::string> aliases;
    std::vector<std::string> extensions; // without dots; the first names unnamed files
    // Commands or globs on the sandbox PATH; each distinct toolchain found (by version) is a
    // runtime of its own, and "{exe}" in the commands is its absolute path. Defaults to the
    // version command's first word.
    std::vector<std::string> find;
    std::vector<std::string> versionCommand;
    std::string versionPattern;
    std::vector<std::string> compile; // empty for interpreted languages
    std::vector<std::string> run;
    std::vector<std::pair<std::string, std::string>> env;
    // Entries of the host's /etc that the toolchain reads (configuration outside /usr); every
    // box binds them read-only, as boxes are built before their job is known.
    std::vector<std::string> etc;
    // For languages whose main file must be named after what it declares (Java's public
    // class): a regex whose first group, plus the first extension, renames the main file.
    std::string mainNamePattern;
    // The file's optional "limits": this language's own defaults for request limits (for example
    // a slower compiler's compile_timeout); the helper's config file caps them.
    std::map<std::string, int64_t> limits;

    // Its canonical name or one of its aliases.
    bool isNamed(const std::string &name) const;

    static std::optional<Language> fromJson(const nlohmann::json &json, std::string *error);
};
