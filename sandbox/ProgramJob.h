#pragma once

#include "BoxPool.h"
#include "ClientJob.h"
#include "Fd.h"
#include "PeerPolicy.h"
#include "ProgramRequest.h"
#include "Stage.h"

#include <functional>
#include <memory>

class EventLoop;

// A `run` message's program: one stage in a box from the pool (a ready one when there is one),
// its stdin fed as the client sends it, its output kept whole for the result. The box goes when
// the job is destroyed, after it has reported.
class ProgramJob : public ClientJob {
public:
    struct Callbacks {
        std::function<void(const StageResult &result)> onFinished;
        std::function<void(const std::string &message)> onError; // the program could not run
    };

    // client: who asked, whose access the request's binds are opened with.
    ProgramJob(EventLoop &loop, const SandboxConfig &config, BoxPool &boxes, ProgramRequest request,
               PeerPolicy::Peer client, Callbacks callbacks);
    ~ProgramJob() override;

    void start() override;
    void writeStdin(const std::string &data) override;
    size_t pendingStdin() const override
    {
        return m_stage ? m_stage->pendingStdin() : m_request.stdinData.size();
    }
    void closeStdin() override;
    void sendSignal(int signal) override;
    void setOutputPaused(bool) override {} // the output comes in the result

private:
    // With binds: once init says the box is built, they are attached and the program starts.
    void waitUntilReady();
    void onReadyReport();
    void stopWaiting();
    void startProgram();
    void fail(const std::string &message);
    void releaseBox();

    EventLoop &m_loop;
    const SandboxConfig &m_config;
    BoxPool &m_boxes;
    ProgramRequest m_request;
    PeerPolicy::Peer m_client;
    Callbacks m_callbacks;
    Fd m_setupTimer; // while waiting for the box to be ready
    bool m_stdinEof = false;
    int m_signal = 0; // for a program not started yet
    // Declared in this order so the stage ends before the box's directory and uid go.
    std::unique_ptr<BoxPool::Box> m_box;
    std::unique_ptr<Stage> m_stage;
};
