#include "Contain.h"

#include <cstdio>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/securebits.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

Contain::Contain(const SandboxConfig &config, uid_t uid, const StageLimits &limits) : m_uid(uid)
{
    m_lastCapability = CAP_LAST_CAP;
    if (FILE *file = fopen("/proc/sys/kernel/cap_last_cap", "re")) {
        if (fscanf(file, "%d", &m_lastCapability) != 1)
            m_lastCapability = CAP_LAST_CAP;
        fclose(file);
    }
    const auto fixed = [](int64_t value) { return rlimit{rlim_t(value), rlim_t(value)}; };
    // RLIMIT_CPU counts whole seconds: round up, the helper compares the exact time after.
    // SIGXCPU at the soft limit marks the kill as a CPU time-out; SIGKILL a second later.
    const rlim_t cpuSeconds = rlim_t((limits.cpuTimeMs + 999) / 1000);
    m_limits = {
        {RLIMIT_CORE, fixed(0)},
        {RLIMIT_FSIZE, fixed(config.fileSizeBytes)},
        {RLIMIT_NOFILE, fixed(config.openFiles)},
        {RLIMIT_STACK, fixed(config.stackBytes)},
        {RLIMIT_MEMLOCK, fixed(0)},
        // Counted per uid, and every box has its own uid: a per-box process cap.
        {RLIMIT_NPROC, fixed(config.processes)},
        {RLIMIT_CPU, rlimit{cpuSeconds, cpuSeconds + 1}},
    };
    // Until cgroups arrive, a requested memory limit caps the address space.
    if (limits.memoryBytes > 0)
        m_limits.push_back({RLIMIT_AS, fixed(limits.memoryBytes)});
}

const char *Contain::apply() const
{
    if (setsid() < 0)
        return "setsid";
    for (const Limit &limit : m_limits) {
        if (setrlimit(limit.resource, &limit.value) != 0)
            return "setrlimit";
    }
    for (int capability = 0; capability <= m_lastCapability; ++capability) {
        if (prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0)
            return "drop the capability bounding set";
    }
    // Root gets no capabilities back by any route, and the bits cannot be changed again.
    if (prctl(PR_SET_SECUREBITS, SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | SECBIT_NO_SETUID_FIXUP_LOCKED |
                                     SECBIT_KEEP_CAPS_LOCKED | SECBIT_NO_CAP_AMBIENT_RAISE |
                                     SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED,
              0, 0, 0) != 0)
        return "set securebits";
    if (setgroups(0, nullptr) != 0)
        return "setgroups";
    if (setresgid(m_uid, m_uid, m_uid) != 0)
        return "setresgid";
    if (setresuid(m_uid, m_uid, m_uid) != 0)
        return "setresuid";
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (syscall(SYS_capset, &header, data) != 0)
        return "capset";
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0)
        return "clear ambient capabilities";
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return "set no_new_privs";
    // Close-on-exec rather than close: the failure pipe to init must survive until execve.
    if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC) != 0)
        return "close inherited file descriptors";
    if (chdir("/box") != 0)
        return "chdir /box";
    return nullptr;
}
