#include "DirectRun.h"

#include "BoxDir.h"
#include "BoxUidPool.h"
#include "DaemonRun.h"
#include "ExecuteRequest.h"
#include "Stage.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

namespace {

// Past this much unread stdin the caller's stdin is left alone until the program catches up,
// so a program that never reads cannot make the helper hold all of it.
constexpr size_t kMaxPendingStdin = 1 << 20;

bool parseSeconds(const std::string &name, const std::string &value, std::optional<int64_t> *ms,
                  std::string *error)
{
    char *end = nullptr;
    errno = 0;
    const double seconds = strtod(value.c_str(), &end);
    const double maxSeconds = double(ExecuteRequest::kMaxTimeMs) / 1000;
    if (value.empty() || *end || errno || !std::isfinite(seconds) || seconds < 0 || seconds > maxSeconds) {
        *error = name + " takes seconds from 0 to " + std::to_string(int(maxSeconds)) + ", not '" +
                 value + "'";
        return false;
    }
    // Rounded up: a limit smaller than a millisecond is still a limit, not 0.
    *ms = int64_t(std::ceil(seconds * 1000));
    return true;
}

bool parseBytes(const std::string &value, std::optional<int64_t> *bytes, std::string *error)
{
    char *end = nullptr;
    errno = 0;
    const long long number = strtoll(value.c_str(), &end, 10);
    int shift = 0;
    if (*end && !end[1])
        shift = *end == 'K' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : -1;
    else if (*end)
        shift = -1;
    if (value.empty() || !isdigit(static_cast<unsigned char>(value[0])) || errno || shift < 0 ||
        number > (ExecuteRequest::kMaxMemoryBytes >> shift)) {
        *error = "--mem takes bytes (or a number with K, M or G), at most 4G, not '" + value + "'";
        return false;
    }
    if (number == 0) {
        *error = "--mem 0 would leave the program no memory: give a limit in bytes (0 is never "
                 "unlimited; without --mem the limit is the helper's maximum, 4 GiB)";
        return false;
    }
    *bytes = int64_t(number) << shift;
    return true;
}

bool parseBind(const std::string &value, RootFs::Bind *bind, std::string *error)
{
    // HOST:BOX or HOST:BOX:rw (or :ro); a path with a colon cannot be given.
    std::vector<std::string> parts;
    for (size_t start = 0;;) {
        const size_t colon = value.find(':', start);
        parts.push_back(value.substr(start, colon - start));
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
    if (parts.size() == 3 && (parts[2] == "rw" || parts[2] == "ro"))
        bind->writable = parts[2] == "rw";
    else if (parts.size() != 2) {
        *error = "--dir takes HOST:BOX or HOST:BOX:rw, not '" + value + "'";
        return false;
    }
    char resolved[PATH_MAX];
    if (parts[0].empty() || !realpath(parts[0].c_str(), resolved)) {
        *error = "--dir: cannot use the host path '" + parts[0] + "': " + strerror(errno);
        return false;
    }
    bind->hostPath = resolved;
    bind->boxPath = parts[1];
    if (!RootFs::isValidBoxPath(bind->boxPath, error)) {
        *error = "--dir: " + *error;
        return false;
    }
    return true;
}

void writeAll(int fd, const std::string &data)
{
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = write(fd, data.data() + done, data.size() - done);
        if (n > 0)
            done += size_t(n);
        else if (n < 0 && errno != EINTR)
            return; // the caller closed it: what is left is dropped
    }
}

std::string seconds(int64_t ms)
{
    char text[32];
    snprintf(text, sizeof text, "%lld.%03lld", static_cast<long long>(ms / 1000),
             static_cast<long long>(ms % 1000));
    return text;
}

} // namespace

DirectRun::DirectRun() = default;

DirectRun::~DirectRun()
{
    if (m_meta)
        fclose(m_meta);
}

bool DirectRun::isOption(const std::string &name)
{
    return name == "--time" || name == "--wall-time" || name == "--mem" || name == "--processes" ||
           name == "--dir" || name == "--meta";
}

bool DirectRun::setOption(const std::string &name, const std::string &value, std::string *error)
{
    if (name == "--time")
        return parseSeconds(name, value, &m_cpuTimeMs, error);
    if (name == "--wall-time")
        return parseSeconds(name, value, &m_wallTimeMs, error);
    if (name == "--mem")
        return parseBytes(value, &m_memoryBytes, error);
    if (name == "--processes") {
        char *end = nullptr;
        const unsigned long count = strtoul(value.c_str(), &end, 10);
        if (value.empty() || *end || !isdigit(static_cast<unsigned char>(value[0])) || count < 1 ||
            count > 4096) {
            *error = "--processes takes a number from 1 to 4096 (the program counts as one), not '" +
                     value + "'";
            return false;
        }
        m_processes = unsigned(count);
        return true;
    }
    if (name == "--dir") {
        RootFs::Bind bind;
        if (!parseBind(value, &bind, error))
            return false;
        m_binds.push_back(std::move(bind));
        return true;
    }
    if (name == "--meta") {
        m_metaPath = value;
        return true;
    }
    *error = "unexpected argument '" + name + "'";
    return false;
}

bool DirectRun::openMeta()
{
    if (m_metaPath.empty() || (m_meta = fopen(m_metaPath.c_str(), "we")))
        return true;
    fprintf(stderr, "runpad-sandbox: cannot write the meta file %s: %s\n", m_metaPath.c_str(),
            strerror(errno));
    return false;
}

int DirectRun::fail(const std::string &message) const
{
    fprintf(stderr, "runpad-sandbox: %s\n", message.c_str());
    writeMeta(nullptr, message);
    return 1;
}

int DirectRun::runInDaemon(const std::string &socketPath)
{
    if (!openMeta())
        return 1;
    // Unset limits ask for the daemon's maxima; a 0 s limit is 1 ms there (0 is refused) and a
    // time-out here, as in a box of this process's own.
    nlohmann::json request = {{"argv", m_argv}};
    const auto limit = [&](const char *name, const std::optional<int64_t> &value) {
        request[name] = value ? std::max<int64_t>(*value, 1) : -1;
    };
    limit("run_cpu_time", m_cpuTimeMs);
    limit("run_timeout", m_wallTimeMs);
    limit("run_memory_limit", m_memoryBytes);
    request["output_limit"] = -1;
    if (m_processes)
        request["processes"] = m_processes;
    // Resolved here, where the paths were given; the daemon opens them with this process's access.
    request["dirs"] = nlohmann::json::array();
    for (const RootFs::Bind &bind : m_binds)
        request["dirs"].push_back({{"host", bind.hostPath}, {"box", bind.boxPath}, {"writable", bind.writable}});
    std::string error;
    std::optional<DaemonRun::Outcome> outcome = DaemonRun::run(socketPath, std::move(request), &error);
    if (!outcome)
        return fail(error);
    return report(std::move(outcome->result), outcome->callerSignal, outcome->hasCgroup);
}

int DirectRun::run(const SandboxConfig &helperConfig)
{
    if (!openMeta())
        return 1;
    SandboxConfig config = helperConfig;
    if (m_processes)
        config.processes = m_processes + 1; // the box's init is one of its processes

    BoxUidPool uids(config);
    std::optional<BoxUidPool::Lease> lease = uids.acquire();
    if (!lease)
        return fail("the sandbox is busy: all " + std::to_string(config.uidCount) + " boxes are in use");
    std::string error;
    std::unique_ptr<BoxDir> dir = BoxDir::create(config, lease->uid(), &error);
    if (!dir)
        return fail(error);

    BoxSetup setup;
    setup.uid = lease->uid();
    setup.boxPath = dir->boxPath();
    setup.rootPath = dir->rootPath();
    setup.extraBinds = m_binds;
    std::unique_ptr<BoxProcess> box = BoxProcess::prepare(config, setup, &error);
    if (!box)
        return fail(error);

    ProgramSpec spec = ProgramSpec::inBox(m_argv, {m_wallTimeMs.value_or(ExecuteRequest::kMaxTimeMs),
                                                   m_cpuTimeMs.value_or(ExecuteRequest::kMaxTimeMs),
                                                   m_memoryBytes.value_or(ExecuteRequest::kMaxMemoryBytes)});

    m_loop = std::make_unique<EventLoop>();
    Stage::Callbacks callbacks;
    callbacks.onFinished = [this] { m_loop->quit(); };
    m_stage = std::make_unique<Stage>(*m_loop, config, std::move(box), std::move(spec),
                                      ExecuteRequest::kMaxOutputLimit, std::move(callbacks));
    // SIGINT, SIGTERM or SIGHUP to the helper end the box like a limit would, and the box is
    // still cleaned up; dying of them would leave its directory and cgroup behind.
    sigset_t signals;
    sigemptyset(&signals);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&signals, signal);
    sigprocmask(SIG_BLOCK, &signals, nullptr);
    m_signals.reset(signalfd(-1, &signals, SFD_CLOEXEC | SFD_NONBLOCK));
    if (m_signals.isValid())
        m_loop->add(m_signals.get(), EPOLLIN, [this](uint32_t) { onSignal(); });
    if (!m_stage->start(&error)) {
        m_stage.reset();
        return fail(error);
    }
    watchStdin();
    m_loop->run();

    StageResult result = m_stage->result();
    m_stage.reset();
    dir.reset();
    lease.reset();
    return report(std::move(result), m_callerSignal, bool(config.cgroups));
}

int DirectRun::report(StageResult result, int callerSignal, bool hasCgroup) const
{
    // 0 s is a limit too: a program that ended before the kill still went over it.
    if ((m_cpuTimeMs == 0 || m_wallTimeMs == 0) && result.status != "TO" && result.status != "XX") {
        result.status = "TO";
        result.message = std::string("Time limit exceeded (") +
                         (m_cpuTimeMs == 0 ? "CPU" : "wall") + " time limit of 0 s)";
    }
    if (callerSignal && result.status == "SG")
        result.message = "Killed by the sandbox: the helper got " + StageResult::signalName(callerSignal);
    writeAll(STDOUT_FILENO, result.stdoutData);
    writeAll(STDERR_FILENO, result.stderrData);
    writeMeta(&result, {}, hasCgroup, callerSignal);
    return exitStatus(result);
}

// Forwards the caller's stdin as it comes. A file (or /dev/null) cannot be watched with epoll:
// it is always ready, so it is read at once.
void DirectRun::watchStdin()
{
    try {
        m_loop->add(STDIN_FILENO, EPOLLIN, [this](uint32_t) { readStdin(); });
    } catch (const std::exception &) {
        // Not pollable (a file, /dev/null) or closed: read what there is now.
        char buffer[65536];
        ssize_t n;
        while ((n = read(STDIN_FILENO, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
            if (n > 0)
                m_stage->writeStdin(std::string(buffer, size_t(n)));
        }
        m_stage->closeStdin();
    }
}

void DirectRun::readStdin()
{
    if (m_stage->pendingStdin() > kMaxPendingStdin) {
        // The Stage says nothing when its buffer drains: look again in 10 ms, only while full.
        m_loop->remove(STDIN_FILENO);
        m_stdinTimer.reset(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
        itimerspec every{{0, 10000000}, {0, 10000000}};
        timerfd_settime(m_stdinTimer.get(), 0, &every, nullptr);
        m_loop->add(m_stdinTimer.get(), EPOLLIN, [this](uint32_t) {
            uint64_t expirations = 0;
            (void)!read(m_stdinTimer.get(), &expirations, sizeof expirations);
            if (m_stage->pendingStdin() > kMaxPendingStdin)
                return;
            m_loop->remove(m_stdinTimer.get());
            m_stdinTimer.reset();
            m_loop->add(STDIN_FILENO, EPOLLIN, [this](uint32_t) { readStdin(); });
        });
        return;
    }
    char buffer[65536];
    const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
    if (n > 0) {
        m_stage->writeStdin(std::string(buffer, size_t(n)));
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        m_loop->remove(STDIN_FILENO);
        m_stage->closeStdin();
    }
}

void DirectRun::onSignal()
{
    signalfd_siginfo info{};
    while (read(m_signals.get(), &info, sizeof info) == ssize_t(sizeof info))
        m_callerSignal = int(info.ssi_signo);
    m_stage->sendSignal(SIGKILL);
}

int DirectRun::exitStatus(const StageResult &result)
{
    // A limit ends the program whatever it was about to return: like the kill it usually is.
    if (result.status == "TO" || result.status == "OL" || result.status == "EL")
        return 128 + SIGKILL;
    if (result.code)
        return *result.code;
    if (result.signal)
        return 128 + StageResult::signalNumber(*result.signal);
    return 1;
}

// isolate's meta file: one key:value per line. With a cgroup, cg-mem and cg-oom-killed count
// the whole box; without, max-rss is the largest process's peak.
void DirectRun::writeMeta(const StageResult *result, const std::string &failure, bool hasCgroup,
                          int callerSignal) const
{
    if (!m_meta)
        return;
    if (!result) {
        fprintf(m_meta, "status:XX\nmessage:%s\n", failure.c_str());
        fflush(m_meta);
        return;
    }
    fprintf(m_meta, "time:%s\ntime-wall:%s\n", seconds(result->cpuTimeMs).c_str(),
            seconds(result->wallTimeMs).c_str());
    // Stage says so only in its message (an OOM kill is a SIGKILL like any other).
    const bool oomKilled = result->message && result->message->starts_with("Memory limit exceeded");
    const int64_t kib = result->memoryBytes / 1024;
    if (hasCgroup)
        fprintf(m_meta, "cg-mem:%lld\ncg-oom-killed:%d\n", static_cast<long long>(kib), oomKilled ? 1 : 0);
    else
        fprintf(m_meta, "max-rss:%lld\n", static_cast<long long>(kib));
    if (result->code)
        fprintf(m_meta, "exitcode:%d\n", *result->code);
    else if (result->signal)
        fprintf(m_meta, "exitsig:%d\n", StageResult::signalNumber(*result->signal));
    // The sandbox ended it: a limit, too much output, or the caller's signal.
    const bool killed = result->status && *result->status != "RE" &&
                        (*result->status != "SG" || oomKilled || callerSignal);
    if (killed)
        fputs("killed:1\n", m_meta);
    fprintf(m_meta, "status:%s\n", result->status.value_or("OK").c_str());
    if (result->message)
        fprintf(m_meta, "message:%s\n", result->message->c_str());
    fflush(m_meta);
}
