#pragma once

#include "BoxSnapshot.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// Compiled programs kept on disk, keyed by what made them (language, version, toolchain,
// compile command, files), so that unchanged code runs without compiling again. An entry is
// the box directory after a successful compile (a BoxSnapshot), the compile stage's result and
// a SHA-256 of every file: an entry that no longer matches is removed and compiled again.
// Entries survive helper restarts; past the size cap the least recently used go first.
//
// <dir>/<key>/manifest.json   {"compile": stage, "files": [{"path", "mode", "dir"|"size"+"sha256"}]}
// <dir>/<key>/files/...       the snapshot's files and directories
class CompileCache {
public:
    // capBytes 0 turns the cache off. Takes over what an earlier helper left in dir.
    CompileCache(std::string dir, int64_t capBytes);

    // SHA-256 (hex) of every part, each length-prefixed so that no two lists hash alike.
    static std::string keyOf(const std::vector<std::string> &parts);

    // A sound entry's files and the compile stage that made them; nullopt when there is none,
    // or it was corrupt (and is gone now). Marks the entry as just used.
    std::optional<std::pair<BoxSnapshot, nlohmann::json>> load(const std::string &key);
    // Keeps a compile's result; false (nothing kept) when it is larger than half the cap or
    // the disk refuses.
    bool store(const std::string &key, const BoxSnapshot &files, const nlohmann::json &compile);

private:
    // What a compile may leave to be kept: half the cap.
    int64_t maxEntryBytes() const { return m_capBytes / 2; }

    struct Entry {
        int64_t bytes = 0;
        int64_t lastUseNs = 0;
    };
    void evictBeyond(int64_t capBytes);
    void removeEntry(const std::string &key);

    std::string m_dir;
    int64_t m_capBytes;
    std::map<std::string, Entry> m_entries;
    int64_t m_totalBytes = 0;
};
