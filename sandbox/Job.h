#pragma once

#include "BoxPool.h"
#include "BoxSnapshot.h"
#include "ClientJob.h"
#include "ExecuteRequest.h"
#include "Stage.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>

class EventLoop;

// One execute request: a box of its own from the pool (uid, directory, a process tree ready for
// the first stage), then a compile stage if the language has one and a run stage, each in a
// fresh box process tree. Cleaned up when destroyed, after it has reported.
class Job : public ClientJob {
public:
    struct Callbacks {
        std::function<void(const std::string &stage)> onStage;
        // Only for interactive jobs: output as it comes.
        std::function<void(const char *stream, const std::string &text)> onData;
        std::function<void(const std::string &stage, const StageResult &result)> onExit;
        // Instead of onExit for a stage served from the compile cache: its `exit` fields.
        std::function<void(const std::string &stage, const nlohmann::json &exit)> onCachedExit;
        // Piston's response body. The box goes when the job is destroyed.
        std::function<void(const nlohmann::json &result)> onFinished;
        // The job could not run; nothing follows.
        std::function<void(const std::string &message)> onError;
    };

    // An interactive job keeps the run stage's stdin open until closeStdin().
    Job(EventLoop &loop, const SandboxConfig &config, BoxPool &boxes, ExecuteRequest request,
        bool interactive, Callbacks callbacks);
    ~Job() override; // the box ends after, without the loop waiting for it

    void start() override;

    void writeStdin(const std::string &data) override;
    size_t pendingStdin() const override
    {
        return m_stdin.size() + (m_stage ? m_stage->pendingStdin() : 0);
    }
    void closeStdin() override;
    void sendSignal(int signal) override;
    void setOutputPaused(bool paused) override;

private:
    bool writeSources(std::string *error);
    std::string cacheKey() const;
    void replayCachedCompile();
    void startStage(const std::string &name);
    void onStageFinished();
    void nextRun(bool freshDirectory);
    void fail(const std::string &message);
    void releaseBox();
    ProgramSpec programSpec(const std::vector<std::string> &command, const StageLimits &limits) const;

    EventLoop &m_loop;
    const SandboxConfig &m_config;
    BoxPool &m_boxes;
    ExecuteRequest m_request;
    Callbacks m_callbacks;
    // Declared in this order so the stage ends before the box's directory and uid go.
    std::unique_ptr<BoxPool::Box> m_box;
    std::unique_ptr<Stage> m_stage;
    std::string m_stageName;
    nlohmann::json m_result;
    std::string m_cacheKey;
    std::optional<BoxSnapshot> m_built; // what the compile made, when it is needed again
    size_t m_input = 0;                 // which of the request's stdins runs
    std::string m_stdin; // waits for the run stage
    bool m_stdinEof;
    bool m_paused = false;
    // Cleared on destruction, so that nothing runs for a job that is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
