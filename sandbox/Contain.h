#pragma once

#include "ExecuteRequest.h"
#include "SandboxConfig.h"
#include "SeccompFilter.h"

// Takes every privilege from the box once its root is built, and limits the program.
// Planned in the helper, applied in the box; the program's limits come with its job, which a
// box prepared ahead of time does not know yet.
class Contain {
public:
    Contain(const SandboxConfig &config, uid_t uid);

    // Both are syscalls only and return nullptr, or the step that failed (errno tells why).
    // In init, before it waits for the program: box uid/gid without groups, no capabilities,
    // locked securebits, no_new_privs, not dumpable. Init and everything it forks keep these.
    const char *dropPrivileges() const;
    // In the program's process, forked before its job is known: own session, the box's fixed
    // rlimits, no inherited fds past execve, cwd /box, and the seccomp filter. Done ahead, so
    // that a job waits for none of it.
    const char *prepareProgram() const;
    // The same process once the job's spec has come, right before execve: the job's limits.
    const char *limitProgram(const StageLimits &limits) const;

    // Empties the capability bounding set: no execve can hand a capability back. A syscall per
    // capability still in it; a privileged helper empties its own at start (it keeps its
    // capabilities, and runs no program that needs one), so its boxes need none.
    static bool dropBoundingSet();

private:
    uid_t m_uid;
    bool m_rootless;
    bool m_hasCgroup;
    int64_t m_fileSizeBytes;
    unsigned m_openFiles;
    int64_t m_stackBytes;
    unsigned m_processes;
    const SeccompFilter &m_seccompFilter;
};
