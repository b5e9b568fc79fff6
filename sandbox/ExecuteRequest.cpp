#include "ExecuteRequest.h"

#include "Base64.h"
#include "RequestLimits.h"
#include "RuntimeRegistry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <sstream>

namespace {

std::optional<std::string> decodeHex(const std::string &text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    std::string out;
    for (size_t i = 0; i < text.size(); i += 2) {
        int value = 0;
        for (size_t k = i; k < i + 2; ++k) {
            const char c = text[k];
            int digit;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
                return std::nullopt;
            value = value * 16 + digit;
        }
        out += char(value);
    }
    return out;
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Piston's checks for one limit, in its order, except that 0 is rejected instead of meaning "no
// limit", and -1 asks for the maximum. A missing or null limit leaves *value (the default).
// A language such as Java wants its main file named after the class it declares: the file is
// renamed when the language's main_name pattern finds a name no other file has.
void nameMainFile(ExecuteRequest *request)
{
    const Language &language = request->runtime->language;
    if (language.mainNamePattern.empty() || language.extensions.empty())
        return;
    const std::regex pattern(language.mainNamePattern);
    SourceFile &main = request->files[request->mainFile];
    std::istringstream lines(main.content);
    // Line by line, and only short lines: std::regex recurses per character.
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (line.size() > 1000 || !std::regex_search(line, match, pattern) || match.size() < 2)
            continue;
        const std::string name = match[1].str() + "." + language.extensions.front();
        if (std::none_of(request->files.begin(), request->files.end(),
                         [&](const SourceFile &file) { return file.name == name; }))
            main.name = name;
        return;
    }
}

} // namespace

std::optional<ExecuteRequest> ExecuteRequest::parse(const nlohmann::json &body,
                                                    const RuntimeRegistry &registry,
                                                    std::string *error)
{
    if (!body.is_object()) {
        *error = "the request must be a JSON object";
        return std::nullopt;
    }
    const auto field = [&](const char *name) {
        return body.contains(name) ? body[name] : nlohmann::json();
    };
    const auto language = field("language");
    if (!language.is_string() || language.get<std::string>().empty()) {
        *error = "language is required as a string";
        return std::nullopt;
    }
    const auto version = field("version");
    if (!version.is_string() || version.get<std::string>().empty()) {
        *error = "version is required as a string";
        return std::nullopt;
    }
    const auto files = field("files");
    if (!files.is_array()) {
        *error = "files is required as an array";
        return std::nullopt;
    }
    for (size_t i = 0; i < files.size(); ++i) {
        if (!files[i].is_object() || !files[i].contains("content") ||
            !files[i]["content"].is_string()) {
            *error = "files[" + std::to_string(i) + "].content is required as a string";
            return std::nullopt;
        }
    }
    ExecuteRequest request;
    request.runtime = registry.resolve(language.get<std::string>(), version.get<std::string>());
    if (!request.runtime) {
        *error =
            language.get<std::string>() + "-" + version.get<std::string>() + " runtime is unknown";
        return std::nullopt;
    }

    std::optional<size_t> mainFile;
    for (size_t i = 0; i < files.size(); ++i) {
        const auto &file = files[i];
        const std::string where = "files[" + std::to_string(i) + "]";
        const auto encoding = file.contains("encoding") ? file["encoding"] : nlohmann::json("utf8");
        if (!encoding.is_string() ||
            (encoding != "utf8" && encoding != "base64" && encoding != "hex")) {
            *error = where + ".encoding must be one of utf8, base64, hex";
            return std::nullopt;
        }
        SourceFile source;
        // Piston's name for an unnamed file, with the language's extension: compilers such as
        // javac, gfortran and fpc go by it.
        const auto &extensions = request.runtime->language.extensions;
        source.name = "file" + std::to_string(i) + "." +
                      (extensions.empty() ? std::string("code") : extensions.front());
        if (file.contains("name") && !file["name"].is_null()) {
            if (!file["name"].is_string()) {
                *error = where + ".name must be a string";
                return std::nullopt;
            }
            const std::string name = trimmed(file["name"].get<std::string>());
            if (name.empty() || name == "." || name == ".." ||
                name.find_first_of(std::string("/\0", 2)) != std::string::npos) {
                *error = where + ".name must be a plain file name, without a path";
                return std::nullopt;
            }
            source.name = name;
        }
        for (const auto &other : request.files) {
            if (other.name == source.name) {
                *error = where + ".name '" + source.name + "' is used by another file";
                return std::nullopt;
            }
        }
        const auto &content = file["content"].get_ref<const std::string &>();
        if (encoding == "utf8") {
            source.content = content;
            if (!mainFile)
                mainFile = i;
        } else {
            const auto decoded = encoding == "base64" ? decodeBase64(content) : decodeHex(content);
            if (!decoded) {
                *error = where + ".content is not valid " + encoding.get<std::string>();
                return std::nullopt;
            }
            source.content = *decoded;
        }
        request.files.push_back(std::move(source));
    }
    if (!mainFile) {
        *error = "files must include at least one utf8 encoded file";
        return std::nullopt;
    }
    request.mainFile = *mainFile;
    nameMainFile(&request);

    const RequestLimits &limits = request.runtime->limits;
    if (!limits.read(body, "compile_memory_limit", &request.compile.memoryBytes, error) ||
        !limits.read(body, "run_memory_limit", &request.run.memoryBytes, error) ||
        !limits.read(body, "compile_timeout", &request.compile.timeoutMs, error) ||
        !limits.read(body, "run_timeout", &request.run.timeoutMs, error) ||
        !limits.read(body, "compile_cpu_time", &request.compile.cpuTimeMs, error) ||
        !limits.read(body, "run_cpu_time", &request.run.cpuTimeMs, error) ||
        !limits.read(body, "output_limit", &request.outputLimit, error))
        return std::nullopt;

    const auto stdinField = field("stdin");
    if (!stdinField.is_null()) {
        if (!stdinField.is_string()) {
            *error = "stdin must be a string";
            return std::nullopt;
        }
        request.stdinData = stdinField.get<std::string>();
    }
    const auto stdins = field("stdins");
    if (!stdins.is_null()) {
        if (!stdinField.is_null()) {
            *error = "stdin and stdins exclude each other";
            return std::nullopt;
        }
        if (!stdins.is_array() || stdins.empty() || stdins.size() > kMaxInputs ||
            !std::all_of(stdins.begin(), stdins.end(), [](const auto &item) { return item.is_string(); })) {
            *error = "stdins must be an array of 1 to " + std::to_string(kMaxInputs) + " strings";
            return std::nullopt;
        }
        for (const auto &item : stdins)
            request.stdins.push_back(item.get<std::string>());
    }
    const auto args = field("args");
    if (!args.is_null()) {
        if (!args.is_array()) {
            *error = "args must be an array of strings";
            return std::nullopt;
        }
        for (const auto &arg : args) {
            // Piston stringifies numbers; anything else has no sensible argv form.
            if (arg.is_string())
                request.args.push_back(arg.get<std::string>());
            else if (arg.is_number())
                request.args.push_back(arg.dump());
            else {
                *error = "args must be an array of strings";
                return std::nullopt;
            }
        }
        for (const auto &arg : request.args) {
            if (arg.find('\0') != std::string::npos) {
                *error = "args must not contain NUL characters";
                return std::nullopt;
            }
        }
    }
    return request;
}
