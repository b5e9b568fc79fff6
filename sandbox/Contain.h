#pragma once

#include "ExecuteRequest.h"
#include "SandboxConfig.h"

#include <sys/resource.h>
#include <vector>

// Turns the forked box process into the user program's unprivileged shell: own session,
// rlimits, box uid/gid without groups, no capabilities, no_new_privs, no inherited fds.
// Planned in the helper, applied in the box.
class Contain {
public:
    Contain(const SandboxConfig &config, uid_t uid, const StageLimits &limits);

    // Syscalls only. Returns nullptr, or the step that failed (errno tells why).
    const char *apply() const;

private:
    struct Limit {
        int resource;
        rlimit value;
    };

    uid_t m_uid;
    int m_lastCapability;
    std::vector<Limit> m_limits;
};
