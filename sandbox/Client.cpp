#include "Client.h"

#include "Base64.h"
#include "Cgroup.h"
#include "EventLoop.h"
#include "ProgramJob.h"
#include "RuntimeRegistry.h"

#include <cerrno>
#include <sys/epoll.h>
#include <sys/socket.h>

namespace {

const char kVersion[] = "0.1.0";
const char kLineTooLong[] = "line too long: a message may be at most 64 MiB";
const char kStdinFull[] = "stdin is full: 64 MiB are waiting for the program to read them";

} // namespace

Client::Client(EventLoop &loop, const SandboxConfig &config, BoxPool &boxes,
               const RuntimeRegistry &runtimes, Fd socket, std::function<void()> onClosed)
    : m_loop(loop), m_config(config), m_boxes(boxes), m_runtimes(runtimes), m_socket(std::move(socket)),
      m_onClosed(std::move(onClosed))
{
    m_loop.add(m_socket.get(), EPOLLIN, [this](uint32_t events) { onEvents(events); });
}

Client::~Client()
{
    m_loop.remove(m_socket.get());
    m_jobs.clear(); // kills and cleans up every box of this client
}

void Client::onEvents(uint32_t events)
{
    if (events & EPOLLOUT)
        flushOutput();
    if (!m_closed && (events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
        readInput();
}

void Client::readInput()
{
    char buffer[65536];
    const ssize_t n = recv(m_socket.get(), buffer, sizeof buffer, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        close();
        return;
    }
    m_input.append(buffer, size_t(n));
    size_t start = 0;
    // Only the new bytes are searched, or a long line would be scanned once per read.
    for (size_t end; !m_closed && (end = m_input.find('\n', std::max(start, m_scanned))) != std::string::npos;
         start = end + 1) {
        if (m_discardingLine)
            m_discardingLine = false;
        else if (end - start > kMaxLine)
            sendError(nullptr, kLineTooLong);
        else
            handleLine(m_input.substr(start, end - start));
    }
    m_input.erase(0, start);
    m_scanned = m_input.size();
    if (m_input.size() > kMaxLine) {
        if (!m_discardingLine)
            sendError(nullptr, kLineTooLong);
        m_discardingLine = true;
        m_input.clear();
        m_scanned = 0;
    }
}

void Client::handleLine(const std::string &line)
{
    if (line.find_first_not_of(" \t\r") == std::string::npos)
        return;
    nlohmann::json message;
    try {
        message = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception &e) {
        sendError(nullptr, std::string("malformed JSON: ") + e.what());
        return;
    }
    if (!message.is_object()) {
        sendError(nullptr, "a message must be a JSON object");
        return;
    }
    nlohmann::json id;
    if (message.contains("id")) {
        id = message["id"];
        if (!id.is_null() && !id.is_string() && !id.is_number_integer()) {
            sendError(nullptr, "id must be a string or an integer");
            return;
        }
    }
    if (!message.contains("type") || !message["type"].is_string()) {
        sendError(id, "type is required as a string");
        return;
    }
    try {
        handleMessage(id, message["type"].get<std::string>(), message);
    } catch (const std::exception &e) {
        // One message must not take the helper down: it is answered, and the helper goes on.
        sendError(id, std::string("internal error: ") + e.what());
    }
}

void Client::handleMessage(const nlohmann::json &id, const std::string &type,
                           const nlohmann::json &message)
{
    if (type == "hello") {
        send(id, {{"type", "hello"}, {"name", "runpad-sandbox"}, {"version", kVersion},
                  {"isolation", m_config.rootless ? "rootless" : "privileged"}, {"cgroup", m_config.cgroups ? m_config.cgroups->version() : "none"},
                  {"protocol", 1}});
    } else if (type == "runtimes") {
        send(id, {{"type", "runtimes"}, {"runtimes", m_runtimes.toJson()}});
    } else if (type == "execute" || type == "init") {
        startJob(id, message, type == "init");
    } else if (type == "run") {
        startProgram(id, message);
    } else if (type == "data" || type == "eof" || type == "signal") {
        const auto it = m_jobs.find(id.dump());
        if (it == m_jobs.end()) {
            sendError(id, "no running job with this id");
        } else if (type == "data") {
            writeStdin(id, *it->second.job, message);
        } else if (type == "eof") {
            it->second.job->closeStdin();
        } else {
            const auto name = message.value("signal", nlohmann::json());
            const int signal = name.is_string() ? StageResult::signalNumber(name.get<std::string>()) : 0;
            if (signal == 0)
                sendError(id, "invalid signal");
            else
                it->second.job->sendSignal(signal);
        }
    } else {
        sendError(id, "unknown message type '" + type + "'");
    }
}

void Client::writeStdin(const nlohmann::json &id, ClientJob &job, const nlohmann::json &message)
{
    const auto encoding = message.value("encoding", nlohmann::json("utf8"));
    if (message.value("stream", nlohmann::json()) != "stdin") {
        sendError(id, "can only write to stdin");
        return;
    }
    if (!message.contains("data") || !message["data"].is_string()) {
        sendError(id, "data is required as a string");
        return;
    }
    if (encoding != "utf8" && encoding != "base64") {
        sendError(id, "encoding must be utf8 or base64");
        return;
    }
    const std::string &text = message["data"].get_ref<const std::string &>();
    std::optional<std::string> decoded;
    if (encoding == "base64" && !(decoded = decodeBase64(text))) {
        sendError(id, "data is not valid base64");
        return;
    }
    const std::string &data = decoded ? *decoded : text;
    if (job.pendingStdin() + data.size() > kMaxPendingStdin)
        sendError(id, kStdinFull);
    else
        job.writeStdin(data);
}

bool Client::isFreeId(const nlohmann::json &id)
{
    if (m_jobs.count(id.dump()) == 0)
        return true;
    sendError(id, "a job with this id is already running");
    return false;
}

// A `run` message: a program in a box, its output whole in the result, in base64 (any bytes).
void Client::startProgram(const nlohmann::json &id, const nlohmann::json &message)
{
    if (!isFreeId(id))
        return;
    std::string error;
    auto request = ProgramRequest::parse(message, m_config, &error);
    if (!request) {
        sendError(id, error);
        return;
    }
    // The binds are opened with the client's own access.
    std::optional<PeerPolicy::Peer> peer = PeerPolicy::peerOf(m_socket.get());
    if (!peer) {
        sendError(id, "the sandbox cannot tell who is asking, whose access the binds would have");
        return;
    }
    const std::string key = id.dump();
    ProgramJob::Callbacks callbacks;
    callbacks.onFinished = [this, id, key](const StageResult &result) {
        nlohmann::json stage = result.toJson(false);
        stage["stdout"] = encodeBase64(result.stdoutData);
        stage["stderr"] = encodeBase64(result.stderrData);
        stage["encoding"] = "base64";
        send(id, {{"type", "result"}, {"run", std::move(stage)},
                  {"cgroup", m_config.cgroups ? m_config.cgroups->version() : "none"}});
        endJob(key);
    };
    callbacks.onError = [this, id, key](const std::string &message) {
        sendError(id, message);
        endJob(key);
    };
    auto job = std::make_shared<ProgramJob>(m_loop, m_config, m_boxes, std::move(*request), std::move(*peer),
                                            std::move(callbacks));
    m_jobs[key] = RunningJob{job, false};
    try {
        job->start();
    } catch (...) {
        endJob(key);
        throw;
    }
}

void Client::startJob(const nlohmann::json &id, const nlohmann::json &message, bool interactive)
{
    if (!isFreeId(id))
        return;
    const std::string key = id.dump();
    std::string error;
    auto request = ExecuteRequest::parse(message, m_runtimes, &error);
    if (!request) {
        sendError(id, error);
        return;
    }
    if (interactive && !request->stdins.empty()) {
        sendError(id, "stdins is for execute; an interactive run reads what the client sends");
        return;
    }
    Job::Callbacks callbacks;
    if (interactive) {
        callbacks.onStage = [this, id](const std::string &stage) {
            send(id, {{"type", "stage"}, {"stage", stage}});
        };
        callbacks.onData = [this, id](const char *stream, const std::string &text) {
            send(id, {{"type", "data"}, {"stream", stream}, {"data", text}});
        };
        callbacks.onExit = [this, id](const std::string &stage, const StageResult &result) {
            nlohmann::json exit = result.toJson(false);
            exit["type"] = "exit";
            exit["stage"] = stage;
            send(id, std::move(exit));
        };
        callbacks.onCachedExit = [this, id](const std::string &stage, nlohmann::json exit) {
            exit["type"] = "exit";
            exit["stage"] = stage;
            send(id, std::move(exit));
        };
    }
    callbacks.onFinished = [this, id, key, interactive](const nlohmann::json &result) {
        if (interactive) {
            send(id, {{"type", "done"}});
        } else {
            nlohmann::json answer = result;
            answer["type"] = "result";
            send(id, std::move(answer));
        }
        endJob(key);
    };
    callbacks.onError = [this, id, key](const std::string &message) {
        sendError(id, message);
        endJob(key);
    };
    const Runtime &runtime = *request->runtime;
    auto job = std::make_shared<Job>(m_loop, m_config, m_boxes, std::move(*request), interactive,
                                     std::move(callbacks));
    m_jobs[key] = RunningJob{job, interactive};
    if (interactive) {
        send(id, {{"type", "runtime"}, {"language", runtime.language.language},
                  {"version", runtime.version.toString()}});
        job->setOutputPaused(m_paused);
    }
    try {
        job->start();
    } catch (...) {
        endJob(key);
        throw;
    }
}

void Client::endJob(const std::string &key)
{
    const auto it = m_jobs.find(key);
    if (it == m_jobs.end())
        return;
    // The job is inside its own callback: it is destroyed after this batch of events.
    m_loop.post([job = std::move(it->second.job)] {});
    m_jobs.erase(it);
}

void Client::sendError(const nlohmann::json &id, const std::string &message)
{
    send(id, {{"type", "error"}, {"message", message}});
}

void Client::send(const nlohmann::json &id, nlohmann::json message)
{
    if (m_closed)
        return;
    message["id"] = id;
    m_output += message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    m_output += '\n';
    if (m_output.size() - m_outputOffset > kMaxBacklog) {
        close();
        return;
    }
    flushOutput();
}

void Client::flushOutput()
{
    while (!m_closed && m_outputOffset < m_output.size()) {
        const ssize_t n = ::send(m_socket.get(), m_output.data() + m_outputOffset,
                                 m_output.size() - m_outputOffset, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0) {
            m_outputOffset += size_t(n);
        } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            break;
        } else {
            close();
            return;
        }
    }
    if (m_outputOffset == m_output.size()) {
        m_output.clear();
        m_outputOffset = 0;
    } else if (m_outputOffset > (size_t(1) << 20) && m_outputOffset > m_output.size() / 2) {
        m_output.erase(0, m_outputOffset);
        m_outputOffset = 0;
    }
    if (!m_closed)
        m_loop.modify(m_socket.get(), m_output.empty() ? EPOLLIN : EPOLLIN | EPOLLOUT);
    updateBackpressure();
}

void Client::updateBackpressure()
{
    const size_t backlog = m_output.size() - m_outputOffset;
    const bool paused = m_paused ? backlog > kResumeBacklog : backlog > kPauseBacklog;
    if (paused == m_paused)
        return;
    m_paused = paused;
    for (auto &[key, running] : m_jobs) {
        if (running.interactive)
            running.job->setOutputPaused(paused);
    }
}

void Client::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_loop.remove(m_socket.get());
    m_loop.post(m_onClosed);
}
