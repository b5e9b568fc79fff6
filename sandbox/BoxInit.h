#pragma once

#include <cstdint>

class Cgroup;
class Contain;
class RootFs;

// What init tells the helper through the report pipe, one write per message.
struct BoxReport {
    enum Kind : int32_t {
        SetupFailed, // the box could not be built; step and error say why
        Ready,       // built, and init has no privileges left: only the program's spec is missing
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

// PID 1 of the box's PID namespace. Once the helper has, rootless, mapped its user namespace
// (a zero byte on the control pipe), it joins the box's cgroup unless it was cloned into it,
// builds the root filesystem, drops every privilege and forks the program's process, which
// waits for its ProgramSpec frame on the control pipe: the box is ready. Init forwards the helper's
// signals (single bytes on the control pipe) to every process of the box, reaps everything
// and reports the program's start and wait status. When it exits, the kernel kills whatever
// is left in the namespace. End of file on the control pipe at any point ends the box.
class BoxInit {
public:
    // The file descriptors init starts with.
    // NetworkFd only when it joins a network namespace rather than making one.
    enum : int {
        StdinFd = 0,
        StdoutFd = 1,
        StderrFd = 2,
        ReportFd = 3,
        ControlFd = 4,
        NetworkFd = 5
    };

    BoxInit(const RootFs &rootFs, const Contain &contain, const Cgroup *cgroupToJoin,
            bool joinsNetwork)
        : m_rootFs(rootFs), m_contain(contain), m_cgroupToJoin(cgroupToJoin),
          m_joinsNetwork(joinsNetwork)
    {
    }

    [[noreturn]] void run() const;

private:
    [[noreturn]] static void fail(const char *step, int error);
    // In the program's process: waits for its spec, limits itself and calls execve.
    [[noreturn]] void execProgram(int failurePipe) const;

    const RootFs &m_rootFs;
    const Contain &m_contain;
    const Cgroup *m_cgroupToJoin;
    bool m_joinsNetwork;
};
