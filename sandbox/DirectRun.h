#pragma once

#include "EventLoop.h"
#include "Fd.h"
#include "RootFs.h"
#include "SandboxConfig.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class Stage;
struct StageResult;

// `runpad-sandbox run`: one program, with the caller's stdin and arguments, in exactly the box a
// job's stage gets (Stage, so BoxProcess, RootFs, Contain and the cgroup), plus --dir binds;
// a box of its own, or with --socket one a running daemon has ready (DaemonRun).
// Its output is copied to the caller's stdout and stderr when it ends, and an isolate-like meta
// file says how it ended. For tests, benchmarks and debugging.
class DirectRun {
public:
    DirectRun();
    ~DirectRun();

    // Whether `run` takes this option (each takes one value).
    static bool isOption(const std::string &name);
    // false with a usage message when the value is not valid.
    bool setOption(const std::string &name, const std::string &value, std::string *error);
    void setProgram(std::vector<std::string> argv) { m_argv = std::move(argv); }
    bool hasProgram() const { return !m_argv.empty(); }

    // Both return the program's exit code, 128 + its signal (137 for a time or output limit), or
    // 1 when it could not run (reason on stderr).
    // In a box of this process's own.
    int run(const SandboxConfig &config);
    // In a box of the daemon listening on socketPath, under the daemon's limits.
    int runInDaemon(const std::string &socketPath);

private:
    void watchStdin();
    void readStdin();
    void onSignal();
    bool openMeta();
    int fail(const std::string &message) const;
    // Copies the output out, writes the meta file; the exit status.
    int report(StageResult result, int callerSignal, bool hasCgroup) const;
    void writeMeta(const StageResult *result, const std::string &failure, bool hasCgroup = false,
                   int callerSignal = 0) const;
    static int exitStatus(const StageResult &result);

    // Unset: the helper's maxima, as a request's -1; never unlimited.
    std::optional<int64_t> m_cpuTimeMs;
    std::optional<int64_t> m_wallTimeMs;
    std::optional<int64_t> m_memoryBytes;
    unsigned m_processes = 0; // the program's; 0: the helper's default
    std::string m_metaPath;
    std::vector<RootFs::Bind> m_binds;
    std::vector<std::string> m_argv;

    // While running.
    std::unique_ptr<EventLoop> m_loop;
    std::unique_ptr<Stage> m_stage;
    FILE *m_meta = nullptr;
    Fd m_stdinTimer; // re-checks a full stdin buffer
    Fd m_signals;
    int m_callerSignal = 0;
};
