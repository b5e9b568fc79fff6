#pragma once

#include "ExecuteRequest.h"
#include "SandboxConfig.h"
#include "SeccompFilter.h"

#include <sys/resource.h>
#include <vector>

// Takes every privilege from the box once its root is built, and limits the program.
// Planned in the helper, applied in the box.
class Contain {
public:
    Contain(const SandboxConfig &config, uid_t uid, const StageLimits &limits);

    // Both are syscalls only and return nullptr, or the step that failed (errno tells why).
    // In init, before it forks the program: box uid/gid without groups, no capabilities,
    // locked securebits, no_new_privs, not dumpable. Init and everything it forks keep these.
    const char *dropPrivileges() const;
    // In the program, before execve: own session, rlimits, no inherited fds, cwd /box, and
    // last the seccomp filter.
    const char *limitProgram() const;

private:
    struct Limit {
        int resource;
        rlimit value;
    };

    uid_t m_uid;
    bool m_rootless;
    int m_lastCapability;
    std::vector<Limit> m_limits;
    SeccompFilter m_seccompFilter;
};
