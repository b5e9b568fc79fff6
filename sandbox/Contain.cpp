#include "Contain.h"

#include <algorithm>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/securebits.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

// The box cannot raise a limit past what the helper has, so it is never asked to.
bool setFixedLimit(int resource, int64_t value)
{
    rlimit current{};
    getrlimit(resource, &current);
    const rlim_t capped = std::min(rlim_t(value), current.rlim_max);
    const rlimit fixed{capped, capped};
    return setrlimit(resource, &fixed) == 0;
}

} // namespace

Contain::Contain(const SandboxConfig &config, uid_t uid)
    : m_uid(uid), m_rootless(config.rootless), m_hasCgroup(bool(config.cgroups)),
      m_fileSizeBytes(config.fileSizeBytes), m_openFiles(config.openFiles),
      m_stackBytes(config.stackBytes), m_processes(config.processes),
      m_seccompFilter(SeccompFilter::forBoxes())
{
}

const char *Contain::dropPrivileges() const
{
    if (!dropBoundingSet())
        return "drop the capability bounding set";
    // Root gets no capabilities back by any route, and the bits cannot be changed again.
    if (prctl(PR_SET_SECUREBITS, SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | SECBIT_NO_SETUID_FIXUP_LOCKED |
                                     SECBIT_KEEP_CAPS_LOCKED | SECBIT_NO_CAP_AMBIENT_RAISE |
                                     SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED,
              0, 0, 0) != 0)
        return "set securebits";
    // Rootless, the helper had to deny setgroups to map the box's gid; the box keeps the
    // helper's supplementary groups, which the box's namespace shows as nobody's.
    if (!m_rootless && setgroups(0, nullptr) != 0)
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
    // Init now has the program's uid: not dumpable, the program can neither ptrace it (forging
    // its report) nor open its /proc entries (hidepid hides it). execve makes the program
    // dumpable again.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return "make init not dumpable";
    return nullptr;
}

bool Contain::dropBoundingSet()
{
    // Reading past the kernel's last capability fails (EINVAL): that ends the loop.
    for (int capability = 0;; ++capability) {
        const int present = prctl(PR_CAPBSET_READ, capability, 0, 0, 0);
        if (present < 0)
            return true;
        if (present && prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0)
            return false;
    }
}

const char *Contain::prepareProgram() const
{
    if (setsid() < 0)
        return "setsid";
    if (!setFixedLimit(RLIMIT_CORE, 0) || !setFixedLimit(RLIMIT_FSIZE, m_fileSizeBytes) ||
        !setFixedLimit(RLIMIT_NOFILE, m_openFiles) || !setFixedLimit(RLIMIT_STACK, m_stackBytes) ||
        !setFixedLimit(RLIMIT_MEMLOCK, 0))
        return "setrlimit";
    // Close-on-exec rather than close: the control pipe must stay readable until the spec has
    // come, and the failure pipe to init until execve.
    if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC) != 0)
        return "close inherited file descriptors";
    if (chdir("/box") != 0)
        return "chdir /box";
    // The filter denies nothing the rest of the way needs (read, setrlimit, execve).
    if (!m_seccompFilter.install())
        return "install the seccomp filter";
    return nullptr;
}

const char *Contain::limitProgram(const StageLimits &limits) const
{
    // RLIMIT_CPU counts whole seconds: rounded up, the helper compares the exact time after.
    // SIGXCPU at the soft limit marks the kill as a CPU time-out; SIGKILL a second later.
    // With a cgroup the helper kills the box at its exact limit (Stage::watchCpuTime), and
    // RLIMIT_CPU only backs that up a second later: the kernel charges it by the tick, so at the
    // limit itself it fired with the program's exact time still under it.
    const rlim_t cpuSeconds = rlim_t((limits.cpuTimeMs + 999) / 1000) + (m_hasCgroup ? 1 : 0);
    const rlimit cpu{cpuSeconds, cpuSeconds + 1};
    bool limited = setrlimit(RLIMIT_CPU, &cpu) == 0;
    // The box's cgroup caps its processes and memory. Without one: RLIMIT_NPROC, counted per
    // uid, and every box has its own uid, so a per-box process cap (init included); and a
    // requested memory limit caps each process's address space.
    if (limited && !m_hasCgroup) {
        const int64_t processes = limits.processes > 0 ? limits.processes : m_processes;
        limited = setFixedLimit(RLIMIT_NPROC, processes) &&
                  (limits.memoryBytes <= 0 || setFixedLimit(RLIMIT_AS, limits.memoryBytes));
    }
    return limited ? nullptr : "setrlimit";
}
