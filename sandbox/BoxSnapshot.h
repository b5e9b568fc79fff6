#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

// The regular files and directories of a box directory, in memory: what a compile made, to be
// written into the fresh box of each run (and kept by the compile cache).
class BoxSnapshot {
public:
    struct File {
        std::string path; // relative, '/'-separated, parents listed first
        mode_t mode = 0;
        bool isDir = false;
        std::string content;
    };

    // What the box directory (an open fd) holds, links and special files left out; nullopt
    // when it holds more than maxBytes or 4096 entries. Nothing in it is followed.
    static std::optional<BoxSnapshot> take(int boxFd, int64_t maxBytes);
    explicit BoxSnapshot(std::vector<File> files) : m_files(std::move(files)) {}

    // Writes every file into an empty box directory, owned by owner (-1: the writer's).
    bool writeTo(int boxFd, uid_t owner) const;

    const std::vector<File> &files() const { return m_files; }
    int64_t bytes() const;

    // A relative path with no empty, "." or ".." part.
    static bool isSafePath(const std::string &path);

private:
    std::vector<File> m_files;
};
