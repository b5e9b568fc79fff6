#pragma once

#include "RequestLimits.h"

#include <cstdint>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

class Cgroup;
class CompileCache;

// Where boxes live and what each may use; one instance for the helper's lifetime.
struct SandboxConfig {
    std::string boxRoot = "/run/runpad-sandbox/boxes";
    // Box uids are leased with a lock file each, so several helpers never share one.
    std::string lockDir = "/run/runpad-sandbox/locks";
    uid_t firstUid = 60000;
    unsigned uidCount = 64;

    int64_t boxSizeBytes = 256 << 20; // the job's files and what it writes to /box
    int64_t tmpSizeBytes = 64 << 20;
    unsigned inodes = 8192;
    int64_t fileSizeBytes = 64 << 20;
    unsigned openFiles = 1024;
    unsigned processes = 64;
    int64_t stackBytes = 256 << 20;
    // What a `run` message (a program, no language) may ask for: the config file's run_* and
    // output_limit defaults and maxima.
    RequestLimits programLimits;
    // Boxes the daemon keeps built ahead of their jobs, each holding a uid of the range.
    unsigned warmBoxes = 2;
    // Building a box takes milliseconds; past this it is stuck and the stage fails.
    int64_t setupTimeoutMs = 10000;
    // Without root, each box gets a user namespace of its own in which its box uid stands for
    // the helper's uid; the helper itself mounts nothing.
    bool rootless = false;
    // Entries of the host's /etc that the detected runtimes read (their language files' "etc"),
    // bound read-only into every box.
    std::vector<std::string> toolchainEtcEntries;
    // The read-only part of every box's root, built once by a privileged daemon
    // (RootFs::buildShared): where, and its top-level entries, each a directory to bind whole
    // or a link to make (a merged /usr's /bin -> usr/bin). No path: each box builds its own.
    struct SharedRoot {
        struct Entry {
            std::string path; // "/usr"
            std::string linkTarget; // empty for a directory
        };
        std::string path;
        std::vector<Entry> entries;
    };
    SharedRoot sharedRoot;
    // Compiled programs kept for unchanged code (CompileCache); 0 bytes turns it off.
    std::string compileCacheDir = "/var/cache/runpad-sandbox/compile";
    int64_t compileCacheBytes = int64_t(1) << 30;
    std::shared_ptr<CompileCache> compileCache; // null for `run`, or when off
    // Where boxes get their cgroups; null when the host has no usable cgroup hierarchy.
    std::shared_ptr<const Cgroup> cgroups;
};
