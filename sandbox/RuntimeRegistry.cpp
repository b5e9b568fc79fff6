#include "RuntimeRegistry.h"

#include "HostCommand.h"
#include "SandboxConfigFile.h"

#include <nlohmann/json.hpp>

#include "RootFs.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <glob.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Candidate {
    size_t language; // index in the language list
    std::string executable;
};

// Each distinct executable (links resolved) that the language's "find" names on the sandbox
// PATH and that the box shows at the same path, in "find" order.
std::vector<std::string> toolchainsOf(const Language &language)
{
    std::vector<std::string> found;
    for (const std::string &pattern : language.find) {
        std::vector<std::string> matches;
        if (pattern.find_first_of("*?[") == std::string::npos) {
            if (auto path = HostCommand::findOnPath(pattern))
                matches.push_back(*path);
        } else {
            std::istringstream dirs(HostCommand::kSandboxPath);
            for (std::string dir; std::getline(dirs, dir, ':');) {
                const std::string globPattern = dir + "/" + pattern;
                glob_t result{};
                if (glob(globPattern.c_str(), 0, nullptr, &result) == 0) {
                    for (size_t i = 0; i < result.gl_pathc; ++i)
                        matches.push_back(result.gl_pathv[i]);
                }
                globfree(&result);
            }
        }
        for (const std::string &path : matches) {
            std::error_code ec;
            const std::string canonical = fs::canonical(path, ec).string();
            if (ec || access(path.c_str(), X_OK) != 0 || !RootFs::showsHostFile(path) ||
                std::find(found.begin(), found.end(), canonical) != found.end())
                continue;
            found.push_back(canonical);
        }
    }
    return found;
}

std::vector<std::string> withExecutable(std::vector<std::string> command, const std::string &executable)
{
    for (std::string &word : command)
        replaceAll(word, "{exe}", executable);
    return command;
}

} // namespace

void replaceAll(std::string &text, std::string_view placeholder, std::string_view value)
{
    for (size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
}

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
    const auto started = std::chrono::steady_clock::now();
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < languages.size(); ++i) {
        for (const std::string &executable : toolchainsOf(languages[i]))
            candidates.push_back({i, executable});
    }
    // Probes run at once: a JVM or a .NET runtime takes a good part of a second to answer.
    std::vector<std::future<std::optional<std::string>>> outputs;
    for (const Candidate &candidate : candidates) {
        outputs.push_back(std::async(std::launch::async, [&] {
            return HostCommand::output(
                withExecutable(languages[candidate.language].versionCommand, candidate.executable), 5000);
        }));
    }
    m_runtimes.clear();
    for (size_t i = 0; i < candidates.size(); ++i) {
        const Language &language = languages[candidates[i].language];
        const auto output = outputs[i].get();
        std::smatch match;
        std::optional<SemVer> version;
        if (output && std::regex_search(*output, match, std::regex(language.versionPattern)) &&
            match.size() > 1) {
            // Go says "go1.20" for 1.20.0.
            std::string text = match[1].str();
            while (std::count(text.begin(), text.end(), '.') < 2)
                text += ".0";
            version = SemVer::parse(text);
        }
        // A toolchain that is missing or does not answer in time is simply not offered; one
        // found twice (python3 and python3.11) is offered once.
        const bool known = std::any_of(m_runtimes.begin(), m_runtimes.end(), [&](const Runtime &r) {
            return r.language.language == language.language && version && r.version == *version;
        });
        if (version && !known)
            m_runtimes.push_back(
                Runtime{language, *version, candidates[i].executable, config.limitsFor(language)});
    }
    m_detectionMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
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

std::vector<std::string> RuntimeRegistry::etcEntries() const
{
    std::vector<std::string> entries;
    for (const auto &runtime : m_runtimes) {
        for (const auto &entry : runtime.language.etc) {
            if (std::find(entries.begin(), entries.end(), entry) == entries.end())
                entries.push_back(entry);
        }
    }
    return entries;
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
