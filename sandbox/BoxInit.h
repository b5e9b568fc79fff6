#pragma once

#include <cstdint>

class Contain;
class RootFs;

// What init tells the helper through the report pipe, one write per message.
struct BoxReport {
    enum Kind : int32_t {
        SetupFailed, // the box could not be built; step and error say why
        Started,     // the program's execve succeeded at timeNs
        Finished,    // the program was reaped at timeNs with waitStatus, and all it left
    };
    int32_t kind = SetupFailed;
    int32_t waitStatus = 0; // the program's exact wait status
    int32_t error = 0;
    int64_t timeNs = 0; // CLOCK_MONOTONIC, which the helper shares
    // Of every process of the box but init.
    int64_t cpuTimeUs = 0;
    int64_t maxRssKiB = 0;
    char step[96] = {};
};

// PID 1 of the box's PID namespace. Once the helper has put it into the box's cgroup and, rootless,
// mapped its user namespace (a zero byte on the control pipe), it builds the root filesystem, drops every privilege, forks
// the program, forwards the helper's signals to every process of the box, reaps everything and
// reports the program's start and wait status. When it exits, the kernel kills whatever is left
// in the namespace.
class BoxInit {
public:
    // The file descriptors init starts with.
    enum : int { StdinFd = 0, StdoutFd = 1, StderrFd = 2, ReportFd = 3, ControlFd = 4 };

    BoxInit(const RootFs &rootFs, const Contain &contain, const char *executable,
            char *const *argv, char *const *envp)
        : m_rootFs(rootFs), m_contain(contain), m_executable(executable), m_argv(argv), m_envp(envp)
    {
    }

    [[noreturn]] void run() const;

private:
    [[noreturn]] static void fail(const char *step, int error);
    [[noreturn]] void execProgram(int failurePipe) const;

    const RootFs &m_rootFs;
    const Contain &m_contain;
    const char *m_executable;
    char *const *m_argv;
    char *const *m_envp;
};
