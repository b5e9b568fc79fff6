#pragma once

#include "ExecuteRequest.h"
#include "Fd.h"
#include "SandboxConfig.h"

#include <memory>
#include <string>
#include <vector>

class Cgroup;

// Everything one stage's box needs, prepared by the helper before anything is cloned.
struct StageSpec {
    std::string executable; // absolute, or relative to /box
    std::vector<std::string> argv;
    std::vector<std::string> env;
    StageLimits limits;
    uid_t uid = 0;
    std::string boxPath;  // host path of the box directory, seen as /box
    std::string rootPath; // host directory the box's root is assembled on
};

// A box process tree: init cloned into fresh mount, PID, IPC, UTS and network namespaces,
// with the helper's ends of its pipes and a pidfd for it.
class BoxProcess {
public:
    // With a cgroup, init is in it before it does anything: cloned into it (v2), or added by pid
    // while it waits for the helper's go-ahead (v1).
    static std::unique_ptr<BoxProcess> start(const SandboxConfig &config, const StageSpec &spec,
                                             const Cgroup *cgroup, std::string *error);

    int pidfd() const { return m_pidfd.get(); }
    Fd &stdinPipe() { return m_stdin; }
    Fd &stdoutPipe() { return m_stdout; }
    Fd &stderrPipe() { return m_stderr; }
    int reportPipe() const { return m_report.get(); }

    // Asks init to deliver a signal to every process of the box.
    void sendSignal(int signal);
    // Kills init and so the whole box at once, without init's accounting.
    void kill();

private:
    Fd m_pidfd;
    Fd m_stdin;
    Fd m_stdout;
    Fd m_stderr;
    Fd m_report;
    Fd m_control;
};
