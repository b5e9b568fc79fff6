#pragma once

#include "BoxInit.h"
#include "BoxProcess.h"
#include "ProgramSpec.h"
#include "StageResult.h"
#include "Utf8Stream.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <sys/resource.h>

class EventLoop;

// One stage (compile or run) running in its box, driven by the event loop: gives the box its
// program (the box may have been prepared ahead of time), feeds stdin,
// collects output under the byte cap, enforces the wall time with a timerfd (first the set-up
// budget, then the request's limit from the program's execve), and turns init's reports and
// the box's cgroup (or, without one, its rusage) into a StageResult. With a cgroup the CPU-time
// limit holds for the whole box, not just for each process (RLIMIT_CPU).
class Stage {
public:
    struct Callbacks {
        // Output as it comes, as valid UTF-8; only set for interactive jobs.
        std::function<void(const char *stream, const std::string &text)> onData;
        std::function<void()> onFinished; // posted: the stage may be destroyed in it
    };

    Stage(EventLoop &loop, const SandboxConfig &config, std::unique_ptr<BoxProcess> box,
          ProgramSpec program, int64_t outputLimit, Callbacks callbacks);
    ~Stage(); // kills and reaps the box if it still runs

    // The box's process tree, no longer watched, for the caller to end (BoxPool::endAsync).
    std::unique_ptr<BoxProcess> releaseBox();

    // False with a reason if the program could not be given to the box.
    bool start(std::string *error);

    void writeStdin(const std::string &data);
    size_t pendingStdin() const { return m_stdinBuffer.size() - m_stdinWritten; }
    void closeStdin();
    void sendSignal(int signal);
    void setOutputPaused(bool paused);

    const StageResult &result() const { return m_result; }

private:
    enum class KillReason { None, Setup, WallTime, CpuTime, Stdout, Stderr };
    struct Stream {
        const char *name;
        Fd *pipe;
        std::string *data;
        Utf8Stream utf8;
        bool open = true;
    };

    bool readSome(Stream &stream);
    void closeStream(Stream &stream);
    void flushStdin();
    void readReports();
    void armTimer(int64_t deadlineNs);
    void onTimer();
    void watchCpuTime();
    void killBox(KillReason reason);
    void onBoxExited();
    void unwatch();
    void end(const rusage &usage);
    void finish(const rusage &usage);
    void watchOutput();
    void flushControl();

    EventLoop &m_loop;
    const SandboxConfig &m_config;
    std::unique_ptr<BoxProcess> m_box;
    ProgramSpec m_program;
    int64_t m_outputLimit;
    Callbacks m_callbacks;
    Fd m_timer;
    Fd m_cpuTimer; // with a cgroup: when the whole box may next have reached its CPU limit
    Stream m_stdout{"stdout", nullptr, nullptr, {}};
    Stream m_stderr{"stderr", nullptr, nullptr, {}};
    std::string m_stdinBuffer;
    size_t m_stdinWritten = 0; // bytes of m_stdinBuffer already in the pipe
    bool m_stdinEof = false;
    bool m_paused = false;
    bool m_finished = false;
    KillReason m_killReason = KillReason::None;
    int64_t m_programStartNs = 0; // 0 until init reports the program's execve
    std::optional<BoxReport> m_report; // init's last word: Finished or SetupFailed
    StageResult m_result;
};
