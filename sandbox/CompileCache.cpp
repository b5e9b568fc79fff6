#include "CompileCache.h"

#include "Sha256.h"

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace {

int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

nlohmann::json readJson(const fs::path &path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in, nullptr, false);
}

std::optional<std::string> readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf()))
        return std::nullopt;
    return text.str();
}

} // namespace

CompileCache::CompileCache(std::string dir, int64_t capBytes) : m_dir(std::move(dir)), m_capBytes(capBytes)
{
    std::error_code ec;
    fs::create_directories(m_dir, ec);
    fs::permissions(m_dir, fs::perms::owner_all, ec);
    for (const auto &item : fs::directory_iterator(m_dir, ec)) {
        const std::string key = item.path().filename().string();
        const auto manifest = readJson(item.path() / "manifest.json");
        if (key.starts_with(".") || !manifest.is_object() || !manifest["files"].is_array()) {
            fs::remove_all(item.path(), ec); // half written when a helper stopped, or not ours
            continue;
        }
        Entry entry;
        for (const auto &file : manifest["files"])
            entry.bytes += file.value("size", int64_t(0));
        struct stat info {};
        if (stat((item.path() / "manifest.json").c_str(), &info) == 0)
            entry.lastUseNs = int64_t(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
        m_entries[key] = entry;
        m_totalBytes += entry.bytes;
    }
    evictBeyond(m_capBytes);
}

std::string CompileCache::keyOf(const std::vector<std::string> &parts)
{
    std::string text = "runpad-compile-cache-1\n";
    for (const std::string &part : parts)
        text += std::to_string(part.size()) + ":" + part;
    return sha256Hex(text);
}

std::optional<std::pair<BoxSnapshot, nlohmann::json>> CompileCache::load(const std::string &key)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return std::nullopt;
    const fs::path entryDir = fs::path(m_dir) / key;
    const auto manifest = readJson(entryDir / "manifest.json");
    std::vector<BoxSnapshot::File> files;
    bool sound = manifest.is_object() && manifest.contains("compile") && manifest["files"].is_array();
    for (const auto &item : sound ? manifest["files"] : nlohmann::json::array()) {
        BoxSnapshot::File file{item.value("path", ""), mode_t(item.value("mode", 0) & 07777),
                               item.value("dir", false), {}};
        sound = BoxSnapshot::isSafePath(file.path);
        if (sound && !file.isDir) {
            const auto content = readFile(entryDir / "files" / file.path);
            sound = content && int64_t(content->size()) == item.value("size", int64_t(-1)) &&
                    sha256Hex(*content) == item.value("sha256", "");
            if (sound)
                file.content = *content;
        }
        if (!sound)
            break;
        files.push_back(std::move(file));
    }
    if (!sound) {
        removeEntry(key);
        return std::nullopt;
    }
    found->second.lastUseNs = nowNs();
    utimensat(AT_FDCWD, (entryDir / "manifest.json").c_str(), nullptr, 0);
    return std::pair{BoxSnapshot(std::move(files)), manifest["compile"]};
}

bool CompileCache::store(const std::string &key, const BoxSnapshot &snapshot, const nlohmann::json &compile)
{
    const int64_t bytes = snapshot.bytes();
    if (bytes > maxEntryBytes())
        return false;
    // Written beside the entries, then renamed into place: a helper stopped half-way leaves
    // only a dot directory, which the next one removes.
    const fs::path entryDir = fs::path(m_dir) / key, partial = fs::path(m_dir) / ("." + key);
    std::error_code ec;
    fs::remove_all(partial, ec);
    auto list = nlohmann::json::array();
    bool ok = fs::create_directories(partial / "files", ec);
    for (const BoxSnapshot::File &file : snapshot.files()) {
        if (!ok)
            break;
        const fs::path path = partial / "files" / file.path;
        nlohmann::json item = {{"path", file.path}, {"mode", file.mode}};
        if (file.isDir) {
            item["dir"] = true;
            ok = mkdir(path.c_str(), 0700) == 0;
        } else {
            item["size"] = file.content.size();
            item["sha256"] = sha256Hex(file.content);
            std::ofstream out(path, std::ios::binary);
            ok = bool(out.write(file.content.data(), std::streamsize(file.content.size())).flush());
        }
        list.push_back(std::move(item));
    }
    if (ok) {
        std::ofstream out(partial / "manifest.json");
        ok = bool(out << nlohmann::json{{"compile", compile}, {"files", list}}.dump() << std::flush);
    }
    if (ok) {
        removeEntry(key);
        fs::rename(partial, entryDir, ec);
        ok = !ec;
    }
    if (!ok) {
        fs::remove_all(partial, ec);
        return false;
    }
    m_entries[key] = Entry{bytes, nowNs()};
    m_totalBytes += bytes;
    evictBeyond(m_capBytes);
    return true;
}

void CompileCache::evictBeyond(int64_t capBytes)
{
    while (m_totalBytes > capBytes && !m_entries.empty()) {
        const auto oldest = std::min_element(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
            return a.second.lastUseNs < b.second.lastUseNs;
        });
        removeEntry(oldest->first);
    }
}

void CompileCache::removeEntry(const std::string &key)
{
    std::error_code ec;
    fs::remove_all(fs::path(m_dir) / key, ec);
    const auto found = m_entries.find(key);
    if (found != m_entries.end()) {
        m_totalBytes -= found->second.bytes;
        m_entries.erase(found);
    }
}
