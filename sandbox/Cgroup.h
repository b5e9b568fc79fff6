#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

// A cgroup of the helper: its parent cgroup, made once, or one box's cgroup under it. Every
// process of a box lives in the box's cgroup from before the box is built, which gives the box
// a memory limit without swap, a process cap, and its whole CPU time and peak memory.
// CgroupV1 and CgroupV2 implement it; open() picks the one the host has.
class Cgroup {
public:
    struct Limits {
        // None: no limit until setMemoryLimit, for a box whose job is not known yet (nothing
        // but the helper's own code runs in it before then).
        std::optional<int64_t> memoryBytes;
        int64_t processes = 0;
    };

    // The parent cgroup for the helper's boxes ("runpad-sandbox" at the top of the hierarchies
    // mountInfoPath lists), or null with the reason when no hierarchy has the controllers.
    // cgroup v2 is preferred; a hybrid host's controller-less v2 hierarchy does not count.
    // A rootless helper passes its /proc/self/cgroup: it may only use the v2 cgroup it was
    // started in, and only if that was delegated to its user.
    static std::unique_ptr<Cgroup> open(const std::string &mountInfoPath, std::string *why,
                                        const std::string &ownCgroupPath = {});

    // A parent only removes its directories (others' boxes may still be in them); a box is
    // killed and removed.
    virtual ~Cgroup() = default;

    virtual const char *version() const = 0; // "v1" or "v2"

    // A box's cgroup under this parent with its limits. A stale one of the same name (left by a
    // helper that was killed) is killed and removed first.
    virtual std::unique_ptr<Cgroup> createBox(const std::string &name, const Limits &limits,
                                              std::string *error) const = 0;

    // A directory fd for clone3's CLONE_INTO_CGROUP, or -1 if processes must be added by pid.
    virtual int cloneFd() const = 0;
    // pid 0 is the calling process: a box's init joins its cgroup itself, so the helper does
    // not wait for the move (milliseconds on v1).
    virtual bool addProcess(pid_t pid) const = 0;
    // A box prepared ahead of its job gets the job's memory limit when the job comes.
    virtual bool setMemoryLimit(int64_t bytes) = 0;
    // And a lower process cap, when the job asks for one.
    virtual bool setProcessLimit(int64_t processes) = 0;

    virtual int64_t cpuTimeUs() const = 0;
    virtual int64_t peakMemoryBytes() const = 0;
    // Whether the kernel killed a process of the box for going over its memory limit.
    virtual bool memoryLimitHit() const = 0;

    // Hands a box cgroup's removal to someone else (the Janitor): its directories, which the
    // destructor then leaves alone.
    virtual std::vector<std::string> releaseDirectories() = 0;
    // What a box cgroup's destructor does to one of its directories: kills every process left in
    // it and removes it.
    static void killAndRemove(const std::string &path);

protected:
    static std::string readFile(const std::string &path);
    static bool writeFile(const std::string &path, const std::string &value);
    static bool exists(const std::string &path);
    // A value of a "key value" line of a flat-keyed file such as cpu.stat; -1 if missing.
    static int64_t keyedValue(const std::string &path, const std::string &key);
    static int64_t numberIn(const std::string &path); // -1 if unreadable
    // SIGKILL to every pid listed in a cgroup.procs file, again until it is empty; false if it
    // never was.
    static bool killListed(const std::string &procsPath);
    // rmdir, retried while the kernel still frees the last processes (EBUSY).
    static bool removeDirectory(const std::string &path);
};
