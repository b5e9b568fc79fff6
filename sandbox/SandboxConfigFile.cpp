#include "SandboxConfigFile.h"

#include "Language.h"
#include "SandboxConfig.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct BoxKey {
    const char *name;
    int64_t min;
    int64_t max;
};

// The box limits, with the smallest value a box can work with and the largest the kernel takes.
constexpr BoxKey kBoxKeys[] = {
    {"processes", 2, 65536}, // the box's init is one of them
    {"box_size", 1 << 20, int64_t(1) << 50},
    {"tmp_size", 1 << 20, int64_t(1) << 50},
    {"file_size", 1, int64_t(1) << 50},
    {"open_files", 8, 1 << 20}, // the kernel's default nr_open
    {"inodes", 16, 0xffffffffLL},
    {"warm_boxes", 0, 1024},
    {"compile_cache_size", 0, int64_t(1) << 50},
};

const BoxKey *boxKey(const std::string &name)
{
    for (const auto &key : kBoxKeys) {
        if (name == key.name)
            return &key;
    }
    return nullptr;
}

bool readWhole(const nlohmann::json &value, int64_t min, int64_t max, int64_t *out)
{
    if (!value.is_number_integer())
        return false;
    // An unsigned value beyond int64 does not fit: too large whatever the limit.
    if (value.is_number_unsigned() && value.get<uint64_t>() > uint64_t(max))
        return false;
    const int64_t number = value.get<int64_t>();
    if (number < min || number > max)
        return false;
    *out = number;
    return true;
}

std::string wholeNumberError(const std::string &where, int64_t min, int64_t max)
{
    return where + " must be a whole number from " + std::to_string(min) + " to " +
           std::to_string(max);
}

// "run_timeout_max" -> {"run_timeout", true}; empty name if key is no request limit's.
std::pair<std::string, bool> splitLimitKey(const std::string &key)
{
    for (const auto &[suffix, isMax] : {std::pair{"_default", false}, std::pair{"_max", true}}) {
        const std::string ending = suffix;
        if (key.size() > ending.size() && key.ends_with(ending)) {
            const std::string name = key.substr(0, key.size() - ending.size());
            if (RequestLimits::isName(name))
                return {name, isMax};
        }
    }
    return {};
}

} // namespace

bool SandboxConfigFile::load(const std::string &path, bool required, std::string *error)
{
    std::ifstream in(path);
    if (!in) {
        if (errno == ENOENT && !required)
            return true;
        *error = "cannot read the config file " + path + ": " + strerror(errno);
        return false;
    }
    // Whoever may change the file may raise every limit of a privileged helper.
    struct stat info {};
    if (geteuid() == 0 && stat(path.c_str(), &info) == 0 &&
        ((info.st_uid != 0) || (info.st_mode & (S_IWGRP | S_IWOTH)) != 0)) {
        *error = path +
                 ": refused: a root helper's config file must belong to root and be writable "
                 "by root only";
        return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), path, error);
}

bool SandboxConfigFile::parse(const std::string &text, const std::string &source,
                              std::string *error)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &e) {
        *error = source + ": not valid JSON: " + e.what();
        return false;
    }
    if (!json.is_object()) {
        *error = source + ": the config must be a JSON object";
        return false;
    }
    std::string why;
    Override global;
    for (const auto &[key, value] : json.items()) {
        bool ok;
        if (key == "languages")
            ok = readLanguages(value, &why);
        else if (boxKey(key))
            ok = readBoxLimit(key, value, &why);
        else if (!splitLimitKey(key).first.empty())
            ok = readRequestLimit(key, value, key, &global, &why);
        else {
            why = key + ": unknown key";
            ok = false;
        }
        if (!ok) {
            *error = source + ": " + why;
            return false;
        }
    }
    for (const auto &name : RequestLimits::names()) {
        auto &range = m_limits.range(name);
        if (global.maxima.count(name))
            range.max = global.maxima[name];
        if (global.defaults.count(name)) {
            range.defaultValue = global.defaults[name];
            if (range.defaultValue > range.max) {
                *error = source + ": " + name + "_default: " + std::to_string(range.defaultValue) +
                         " is above " + name + "_max (" + std::to_string(range.max) + ")";
                return false;
            }
        }
        // A lowered maximum lowers the built-in default with it.
        range.defaultValue = std::min(range.defaultValue, range.max);
    }
    for (const auto &[language, override] : m_languages) {
        for (const auto &[name, value] : override.defaults) {
            const int64_t max =
                override.maxima.count(name) ? override.maxima.at(name) : m_limits.range(name).max;
            if (value > max) {
                *error = source + ": languages." + language + "." + name +
                         "_default: " + std::to_string(value) + " is above its maximum (" +
                         std::to_string(max) + ")";
                return false;
            }
        }
    }
    m_source = source;
    return true;
}

bool SandboxConfigFile::readRequestLimit(const std::string &key, const nlohmann::json &value,
                                         const std::string &where, Override *out,
                                         std::string *error) const
{
    const auto [name, isMax] = splitLimitKey(key);
    if (name.empty()) {
        *error = where + ": unknown key";
        return false;
    }
    int64_t number = 0;
    if (!readWhole(value, 1, RequestLimits::ceiling(name), &number)) {
        *error = wholeNumberError(where, 1, RequestLimits::ceiling(name));
        return false;
    }
    (isMax ? out->maxima : out->defaults)[name] = number;
    return true;
}

bool SandboxConfigFile::readBoxLimit(const std::string &key, const nlohmann::json &value,
                                     std::string *error)
{
    const BoxKey *box = boxKey(key);
    int64_t number = 0;
    if (!readWhole(value, box->min, box->max, &number)) {
        *error = wholeNumberError(key, box->min, box->max);
        return false;
    }
    m_box[key] = number;
    return true;
}

bool SandboxConfigFile::readLanguages(const nlohmann::json &languages, std::string *error)
{
    if (!languages.is_object()) {
        *error = "languages must be an object of language names";
        return false;
    }
    for (const auto &[language, limits] : languages.items()) {
        const std::string where = "languages." + language;
        if (!limits.is_object()) {
            *error = where + " must be an object";
            return false;
        }
        Override override;
        for (const auto &[key, value] : limits.items()) {
            if (!readRequestLimit(key, value, where + "." + key, &override, error))
                return false;
        }
        m_languages[language] = std::move(override);
    }
    return true;
}

void SandboxConfigFile::applyTo(SandboxConfig *config) const
{
    const auto value = [&](const char *key, auto fallback) {
        const auto it = m_box.find(key);
        return it == m_box.end() ? fallback : decltype(fallback)(it->second);
    };
    config->processes = value("processes", config->processes);
    config->boxSizeBytes = value("box_size", config->boxSizeBytes);
    config->tmpSizeBytes = value("tmp_size", config->tmpSizeBytes);
    config->fileSizeBytes = value("file_size", config->fileSizeBytes);
    config->openFiles = value("open_files", config->openFiles);
    config->inodes = value("inodes", config->inodes);
    config->warmBoxes = value("warm_boxes", config->warmBoxes);
    config->compileCacheBytes = value("compile_cache_size", config->compileCacheBytes);
    config->programLimits = m_limits;
}

RequestLimits SandboxConfigFile::limitsFor(const Language &language) const
{
    RequestLimits limits = m_limits;
    const Override *override = nullptr;
    // The canonical name wins over an alias another entry may also use.
    for (const auto &[name, entry] : m_languages) {
        if (name == language.language || (!override && language.isNamed(name)))
            override = &entry;
    }
    for (const auto &name : RequestLimits::names()) {
        auto &range = limits.range(name);
        if (override && override->maxima.count(name))
            range.max = override->maxima.at(name);
        if (override && override->defaults.count(name))
            range.defaultValue = override->defaults.at(name);
        else if (language.limits.count(name))
            range.defaultValue = language.limits.at(name);
        // The language file's default is a wish; the config file's maximum is the rule.
        range.defaultValue = std::min(range.defaultValue, range.max);
    }
    return limits;
}

std::string SandboxConfigFile::unknownLanguage(const std::vector<Language> &languages) const
{
    for (const auto &[name, entry] : m_languages) {
        bool known = false;
        for (const auto &language : languages)
            known = known || language.isNamed(name);
        if (!known)
            return name;
    }
    return {};
}
