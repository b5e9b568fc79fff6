#include "DaemonRun.h"

#include "Base64.h"
#include "Client.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>

namespace {

// The message's id: one job per connection.
constexpr int kId = 1;

// Everything a file (or /dev/null) holds, up to what a daemon keeps for a program to read;
// nothing, with the reason, past it.
std::optional<std::string> readWholeStdin(std::string *error)
{
    std::string data;
    char buffer[65536];
    ssize_t n;
    while ((n = read(STDIN_FILENO, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0)
            data.append(buffer, size_t(n));
        if (data.size() > Client::kMaxPendingStdin) {
            *error = "stdin holds more than the 64 MiB a daemon keeps for a program: run it "
                     "without --socket";
            return std::nullopt;
        }
    }
    return data;
}

std::optional<StageResult> stageFrom(const nlohmann::json &stage)
{
    StageResult result;
    const auto stdoutData = decodeBase64(stage.at("stdout").get<std::string>());
    const auto stderrData = decodeBase64(stage.at("stderr").get<std::string>());
    if (!stdoutData || !stderrData)
        return std::nullopt;
    result.stdoutData = *stdoutData;
    result.stderrData = *stderrData;
    if (!stage.at("code").is_null())
        result.code = stage["code"].get<int>();
    for (auto [field, value] : {std::pair{"signal", &result.signal}, {"message", &result.message},
                                {"status", &result.status}}) {
        if (!stage.at(field).is_null())
            *value = stage[field].get<std::string>();
    }
    result.cpuTimeMs = stage.at("cpu_time").get<int64_t>();
    result.wallTimeMs = stage.at("wall_time").get<int64_t>();
    result.memoryBytes = stage.at("memory").get<int64_t>();
    return result;
}

} // namespace

std::optional<DaemonRun::Outcome> DaemonRun::run(const std::string &socketPath, nlohmann::json request,
                                                 std::string *error)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    Fd socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (socketPath.size() >= sizeof address.sun_path) {
        *error = "the daemon's socket path is too long: " + socketPath;
        return std::nullopt;
    }
    memcpy(address.sun_path, socketPath.c_str(), socketPath.size() + 1);
    if (!socket.isValid() || connect(socket.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        *error = "cannot reach the sandbox daemon at " + socketPath + ": " + strerror(errno);
        return std::nullopt;
    }
    DaemonRun run(std::move(socket));
    // Signals end the box like a limit would, and the result still comes.
    sigset_t signals;
    sigemptyset(&signals);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&signals, signal);
    sigprocmask(SIG_BLOCK, &signals, nullptr);
    run.m_signals.reset(signalfd(-1, &signals, SFD_CLOEXEC | SFD_NONBLOCK));
    if (run.m_signals.isValid())
        run.m_loop.add(run.m_signals.get(), EPOLLIN, [&run](uint32_t) { run.onSignal(); });
    run.m_loop.add(run.m_socket.get(), EPOLLIN, [&run](uint32_t) { run.readAnswers(); });

    request["type"] = "run";
    request["id"] = kId;
    bool stdinIsOpen = true;
    try {
        run.m_loop.add(STDIN_FILENO, EPOLLIN, [&run](uint32_t) { run.relayStdin(); });
    } catch (const std::exception &) {
        // Not pollable (a file, /dev/null) or closed: all of it goes with the request.
        const auto data = readWholeStdin(error);
        if (!data)
            return std::nullopt;
        request["stdin"] = encodeBase64(*data);
        stdinIsOpen = false;
    }
    if (!run.send(request) || (!stdinIsOpen && !run.send({{"type", "eof"}, {"id", kId}}))) {
        const std::string sendFailure = std::string("cannot send the program to the sandbox daemon: ") + strerror(errno);
        // A daemon that turns the connection away says why before it closes it.
        run.readAnswers();
        *error = run.m_failure.empty() ? sendFailure : run.m_failure;
        return std::nullopt;
    }
    run.m_loop.run();
    if (!run.m_outcome)
        *error = run.m_failure;
    return run.m_outcome;
}

bool DaemonRun::send(const nlohmann::json &message)
{
    const std::string line = message.dump() + '\n';
    for (size_t done = 0; done < line.size();) {
        const ssize_t n = ::send(m_socket.get(), line.data() + done, line.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

void DaemonRun::relayStdin()
{
    char buffer[65536];
    const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n > 0) {
        send({{"type", "data"}, {"id", kId}, {"stream", "stdin"}, {"encoding", "base64"},
              {"data", encodeBase64(std::string_view(buffer, size_t(n)))}});
        return;
    }
    m_loop.remove(STDIN_FILENO);
    send({{"type", "eof"}, {"id", kId}});
}

void DaemonRun::readAnswers()
{
    char buffer[65536];
    const ssize_t n = recv(m_socket.get(), buffer, sizeof buffer, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        finish("the sandbox daemon closed the connection before the program's result came");
        return;
    }
    m_input.append(buffer, size_t(n));
    size_t start = 0;
    for (size_t end; !m_outcome && m_failure.empty() && (end = m_input.find('\n', start)) != std::string::npos;
         start = end + 1)
        handleAnswer(m_input.substr(start, end - start));
    m_input.erase(0, start);
}

void DaemonRun::handleAnswer(const std::string &line)
{
    const auto answer = nlohmann::json::parse(line, nullptr, false);
    if (!answer.is_object())
        return;
    const auto id = answer.value("id", nlohmann::json());
    const std::string type = answer.value("type", "");
    // An error without an id is about the connection: refused, or too many clients.
    if (type == "error" && id.is_null()) {
        finish("the sandbox daemon refused the connection: " + answer.value("message", std::string()));
        return;
    }
    if (id != kId)
        return; // not about this program
    if (type == "error") {
        finish("the sandbox daemon refused the program: " + answer.value("message", std::string()));
        return;
    }
    if (type != "result")
        return;
    std::optional<StageResult> result;
    try {
        result = stageFrom(answer.at("run"));
    } catch (const nlohmann::json::exception &) {
    }
    if (!result) {
        finish("the sandbox daemon's result is not one this helper reads");
        return;
    }
    m_outcome = Outcome{std::move(*result), answer.value("cgroup", "none") != "none", m_callerSignal};
    finish({});
}

void DaemonRun::onSignal()
{
    signalfd_siginfo info{};
    while (read(m_signals.get(), &info, sizeof info) == ssize_t(sizeof info))
        m_callerSignal = int(info.ssi_signo);
    send({{"type", "signal"}, {"id", kId}, {"signal", "SIGKILL"}});
}

void DaemonRun::finish(const std::string &failure)
{
    m_failure = failure;
    m_loop.quit();
}
