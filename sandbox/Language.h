#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

// One resources/languages/<id>.json file: how to find, compile and run a language.
struct Language {
    std::string language; // Piston's canonical name
    std::string name;
    std::vector<std::string> aliases;
    std::vector<std::string> versionCommand;
    std::string versionPattern;
    std::vector<std::string> compile; // empty for interpreted languages
    std::vector<std::string> run;
    std::vector<std::pair<std::string, std::string>> env;

    static std::optional<Language> fromJson(const nlohmann::json &json, std::string *error);
};
