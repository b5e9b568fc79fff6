#pragma once

#include "Fd.h"
#include "RootFs.h"
#include "SandboxConfig.h"

#include <memory>
#include <string>
#include <sys/resource.h>
#include <vector>

class Cgroup;
struct ProgramSpec;

// Where a box is built: known before its job, so a box can be prepared ahead of time.
struct BoxSetup {
    uid_t uid = 0;
    std::string boxPath;  // host path of the box directory, seen as /box
    std::string rootPath; // host directory the box's root is assembled on
    std::vector<RootFs::Bind> extraBinds;
    // A network namespace for the box to join (BoxNetworks); -1: init makes a new one.
    int networkFd = -1;
};

// A box: its cgroup, and its process tree, init cloned into a fresh PID namespace (it makes
// its mount, IPC, UTS and network namespaces itself), with the helper's ends of its pipes and
// a pidfd for it. prepare() starts
// init building the box; launch() gives it the program, at once or when a job comes.
class BoxProcess {
public:
    // With a cgroup, init is in it before it builds anything: cloned into it (v2), or joining it
    // itself (v1), so the helper never waits for the move. The cgroup gets its memory limit in
    // launch(), before the program's spec is sent: nothing but the helper's code runs before.
    static std::unique_ptr<BoxProcess> prepare(const SandboxConfig &config, const BoxSetup &setup,
                                               std::string *error);
    ~BoxProcess(); // kills and reaps init if nobody has, then removes the cgroup

    // Sets the memory limit (and a lower process cap) and queues the program for init; false
    // with the reason.
    bool launch(const ProgramSpec &program, std::string *error);
    // Asks init to deliver a signal to every process of the box (after the program is there).
    void sendSignal(int signal);
    // Writes what is queued for init; true once nothing is left. Until then the caller waits
    // for controlPipe() to be writable and calls it again.
    bool flushControl();
    int controlPipe() const { return m_control.get(); }

    // Whether init is gone (the box died before its job came).
    bool hasExited() const;
    // Kills init and so the whole box at once, without init's accounting.
    void kill();
    // Waits for init, which has exited: its rusage, with everything it and the kernel reaped.
    rusage reap();

    int pidfd() const { return m_pidfd.get(); }
    Fd &stdinPipe() { return m_stdin; }
    Fd &stdoutPipe() { return m_stdout; }
    Fd &stderrPipe() { return m_stderr; }
    int reportPipe() const { return m_report.get(); }
    const Cgroup *cgroup() const { return m_cgroup.get(); }
    // Once init is reaped: the box cgroup's directories, for someone else to remove.
    std::vector<std::string> releaseCgroup();

private:
    std::unique_ptr<Cgroup> m_cgroup; // outlives init: its destructor kills what is left
    Fd m_pidfd;
    bool m_reaped = false;
    Fd m_stdin;
    Fd m_stdout;
    Fd m_stderr;
    Fd m_report;
    Fd m_control;
    std::string m_controlQueue; // for init, not yet in the pipe
};
