#include "RuntimeRegistry.h"

#include "HostCommand.h"
#include "SandboxConfigFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>

namespace fs = std::filesystem;

bool RuntimeRegistry::load(const std::string &dir, std::string *error)
{
    return load(dir, SandboxConfigFile(), error);
}

bool RuntimeRegistry::load(const std::string &dir, const SandboxConfigFile &config,
                           std::string *error)
{
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    if (ec) {
        *error = "cannot read the language directory " + dir + ": " + ec.message();
        return false;
    }
    std::sort(files.begin(), files.end());
    std::vector<Language> languages;
    for (const auto &file : files) {
        std::ifstream in(file);
        const auto json = nlohmann::json::parse(in, nullptr, false);
        std::string why = "not valid JSON";
        const auto language = json.is_discarded() ? std::nullopt : Language::fromJson(json, &why);
        if (!language) {
            *error = "invalid language file " + file.string() + ": " + why;
            return false;
        }
        languages.push_back(*language);
    }
    // A misspelt name would silently leave that language with the general limits.
    if (const std::string unknown = config.unknownLanguage(languages); !unknown.empty()) {
        *error = config.source() + ": languages." + unknown + ": no language file in " + dir +
                 " has this name or alias";
        return false;
    }
    m_runtimes.clear();
    for (const auto &language : languages) {
        // A toolchain that is missing or does not answer in time is simply not offered.
        const auto output = HostCommand::output(language.versionCommand, 5000);
        std::smatch match;
        std::optional<SemVer> version;
        try {
            if (output && std::regex_search(*output, match, std::regex(language.versionPattern)) &&
                match.size() > 1)
                version = SemVer::parse(match[1].str());
        } catch (const std::regex_error &) {
            *error = "invalid version pattern in the language file of " + language.language;
            return false;
        }
        if (version)
            m_runtimes.push_back(Runtime{language, *version, config.limitsFor(language)});
    }
    return true;
}

const Runtime *RuntimeRegistry::resolve(const std::string &language,
                                        const std::string &selector) const
{
    const Runtime *best = nullptr;
    for (const auto &runtime : m_runtimes) {
        const auto &aliases = runtime.language.aliases;
        const bool named = runtime.language.language == language ||
                           std::find(aliases.begin(), aliases.end(), language) != aliases.end();
        if (named && runtime.version.satisfies(selector) &&
            (!best || best->version < runtime.version))
            best = &runtime;
    }
    return best;
}

nlohmann::json RuntimeRegistry::toJson() const
{
    auto list = nlohmann::json::array();
    for (const auto &runtime : m_runtimes) {
        list.push_back({{"language", runtime.language.language},
                        {"version", runtime.version.toString()},
                        {"aliases", runtime.language.aliases}});
    }
    return list;
}

std::string RuntimeRegistry::defaultLanguagesDir()
{
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share/runpad/languages";
        if (fs::is_directory(installed, ec))
            return installed.string();
    }
    return RUNPAD_SOURCE_LANGUAGES_DIR;
}
