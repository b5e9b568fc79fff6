#pragma once

#include "Fd.h"
#include "Job.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>

class EventLoop;
class RuntimeRegistry;

// One connection to the helper: reads JSON lines, runs its jobs, writes answers through a
// bounded buffer so a client that does not read cannot stall anyone else.
class Client {
public:
    static constexpr size_t kMaxLine = size_t(64) << 20;
    // Over this much unread output, the client's interactive jobs stop being read (their
    // programs block on a full pipe until the client catches up or the time limit hits).
    static constexpr size_t kPauseBacklog = size_t(8) << 20;
    static constexpr size_t kResumeBacklog = size_t(1) << 20;
    // Over this much, the client is disconnected and its jobs are killed.
    static constexpr size_t kMaxBacklog = size_t(512) << 20;
    // Stdin a job's program has not read yet; `data` past it is refused.
    static constexpr size_t kMaxPendingStdin = size_t(64) << 20;

    Client(EventLoop &loop, const SandboxConfig &config, BoxPool &boxes,
           const RuntimeRegistry &runtimes, Fd socket, std::function<void()> onClosed);
    ~Client();

private:
    struct RunningJob {
        std::shared_ptr<ClientJob> job;
        bool interactive;
    };

    void onEvents(uint32_t events);
    void readInput();
    void handleLine(const std::string &line);
    void handleMessage(const nlohmann::json &id, const std::string &type, const nlohmann::json &message);
    void startJob(const nlohmann::json &id, const nlohmann::json &message, bool interactive);
    void startProgram(const nlohmann::json &id, const nlohmann::json &message);
    // False, with an error sent, when a job of this connection runs under the id already.
    bool isFreeId(const nlohmann::json &id);
    void writeStdin(const nlohmann::json &id, ClientJob &job, const nlohmann::json &message);
    void endJob(const std::string &key);
    void send(const nlohmann::json &id, nlohmann::json message);
    void sendError(const nlohmann::json &id, const std::string &message);
    void flushOutput();
    void updateBackpressure();
    void close();

    EventLoop &m_loop;
    const SandboxConfig &m_config;
    BoxPool &m_boxes;
    const RuntimeRegistry &m_runtimes;
    Fd m_socket;
    std::function<void()> m_onClosed;
    std::string m_input;
    size_t m_scanned = 0; // bytes of m_input known to hold no newline
    bool m_discardingLine = false;
    std::string m_output;
    size_t m_outputOffset = 0;
    bool m_paused = false;
    bool m_closed = false;
    std::map<std::string, RunningJob> m_jobs; // by the id's JSON text
};
