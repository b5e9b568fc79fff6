#include "Language.h"

#include "RequestLimits.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

namespace {

bool readStrings(const nlohmann::json &json, const char *key, bool required,
                 std::vector<std::string> *out, std::string *error)
{
    if (!json.contains(key)) {
        if (required)
            *error = std::string("'") + key + "' is missing";
        return !required;
    }
    const auto &value = json.at(key);
    if (!value.is_array() || (required && value.empty())) {
        *error = std::string("'") + key + "' must be a non-empty array of strings";
        return false;
    }
    for (const auto &item : value) {
        if (!item.is_string()) {
            *error = std::string("'") + key + "' must be an array of strings";
            return false;
        }
        out->push_back(item.get<std::string>());
    }
    return true;
}

} // namespace

std::optional<Language> Language::fromJson(const nlohmann::json &json, std::string *error)
{
    Language language;
    if (!json.is_object() || !json.contains("language") || !json["language"].is_string()) {
        *error = "'language' must be a string";
        return std::nullopt;
    }
    language.language = json["language"].get<std::string>();
    language.name = json.value("name", language.language);
    if (!readStrings(json, "aliases", false, &language.aliases, error) ||
        !readStrings(json, "extensions", false, &language.extensions, error) ||
        !readStrings(json, "find", false, &language.find, error) ||
        !readStrings(json, "etc", false, &language.etc, error) ||
        !readStrings(json, "compile", false, &language.compile, error) ||
        !readStrings(json, "run", true, &language.run, error))
        return std::nullopt;
    const auto version = json.value("version", nlohmann::json::object());
    if (!readStrings(version, "command", true, &language.versionCommand, error))
        return std::nullopt;
    if (!version.contains("pattern") || !version["pattern"].is_string()) {
        *error = "'version.pattern' must be a string";
        return std::nullopt;
    }
    language.versionPattern = version["pattern"].get<std::string>();
    if (language.find.empty())
        language.find.push_back(language.versionCommand.front());
    for (const auto &entry : language.etc) {
        if (entry.empty() || entry == "." || entry == ".." || entry.find('/') != std::string::npos) {
            *error = "'etc' must hold names of entries of /etc, without a path";
            return std::nullopt;
        }
    }
    const auto mainName = json.value("main_name", nlohmann::json(""));
    if (!mainName.is_string()) {
        *error = "'main_name' must be a string (a regex)";
        return std::nullopt;
    }
    language.mainNamePattern = mainName.get<std::string>();
    try {
        std::regex(language.mainNamePattern);
        std::regex(language.versionPattern);
    } catch (const std::regex_error &) {
        *error = "'main_name' and 'version.pattern' must be valid regular expressions";
        return std::nullopt;
    }
    const auto env = json.value("env", nlohmann::json::object());
    for (const auto &[key, value] : env.items()) {
        if (!value.is_string()) {
            *error = "'env' values must be strings";
            return std::nullopt;
        }
        language.env.emplace_back(key, value.get<std::string>());
    }
    const auto limits = json.value("limits", nlohmann::json::object());
    if (!limits.is_object()) {
        *error = "'limits' must be an object";
        return std::nullopt;
    }
    for (const auto &[key, value] : limits.items()) {
        if (!RequestLimits::isName(key)) {
            *error = "'limits." + key + "' is not a limit a request can set";
            return std::nullopt;
        }
        if (!value.is_number_integer() || value.get<int64_t>() < 1 ||
            value.get<int64_t>() > RequestLimits::ceiling(key)) {
            *error = "'limits." + key + "' must be a whole number from 1 to " +
                     std::to_string(RequestLimits::ceiling(key));
            return std::nullopt;
        }
        language.limits[key] = value.get<int64_t>();
    }
    return language;
}

bool Language::isNamed(const std::string &name) const
{
    return language == name || std::find(aliases.begin(), aliases.end(), name) != aliases.end();
}
