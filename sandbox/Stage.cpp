#include "Stage.h"

#include "Cgroup.h"
#include "EventLoop.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}


std::string memoryText(int64_t bytes)
{
    if (bytes % (1 << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

} // namespace

Stage::Stage(EventLoop &loop, const SandboxConfig &config, std::unique_ptr<BoxProcess> box,
             ProgramSpec program, int64_t outputLimit, Callbacks callbacks)
    : m_loop(loop), m_config(config), m_box(std::move(box)), m_program(std::move(program)),
      m_outputLimit(outputLimit), m_callbacks(std::move(callbacks))
{
    m_stdout.data = &m_result.stdoutData;
    m_stderr.data = &m_result.stderrData;
}

Stage::~Stage()
{
    unwatch();
    // The box's destructor kills and reaps it.
}

std::unique_ptr<BoxProcess> Stage::releaseBox()
{
    unwatch();
    return std::move(m_box);
}

void Stage::unwatch()
{
    if (!m_box || m_finished)
        return;
    for (const int fd : {m_box->pidfd(), m_timer.get(), m_cpuTimer.get(), m_box->reportPipe(),
                         m_box->controlPipe(), m_box->stdinPipe().get(), m_box->stdoutPipe().get(),
                         m_box->stderrPipe().get()})
        m_loop.remove(fd);
    m_finished = true;
}

bool Stage::start(std::string *error)
{
    if (!m_box->launch(m_program, error))
        return false;
    flushControl();
    m_stdout.pipe = &m_box->stdoutPipe();
    m_stderr.pipe = &m_box->stderrPipe();

    // Until the program starts, the timer bounds building the box.
    m_timer.reset(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
    armTimer(nowNs() + m_config.setupTimeoutMs * 1000000);
    m_loop.add(m_timer.get(), EPOLLIN, [this](uint32_t) { onTimer(); });
    m_loop.add(m_box->reportPipe(), EPOLLIN, [this](uint32_t) { readReports(); });
    m_loop.add(m_box->pidfd(), EPOLLIN, [this](uint32_t) { onBoxExited(); });
    watchOutput();
    flushStdin();
    return true;
}

void Stage::watchOutput()
{
    for (Stream *stream : {&m_stdout, &m_stderr}) {
        const int fd = stream->pipe->get();
        if (stream->open && !m_paused && !m_loop.contains(fd))
            m_loop.add(fd, EPOLLIN, [this, stream](uint32_t) { readSome(*stream); });
        else if (stream->open && m_paused)
            m_loop.remove(fd);
    }
}

void Stage::setOutputPaused(bool paused)
{
    if (m_paused == paused || m_finished || !m_box)
        return;
    m_paused = paused;
    watchOutput();
}

bool Stage::readSome(Stream &stream)
{
    char buffer[65536];
    const ssize_t n = read(stream.pipe->get(), buffer, sizeof buffer);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return false;
    if (n <= 0) {
        closeStream(stream);
        return false;
    }
    const size_t room = size_t(m_outputLimit) - stream.data->size();
    const size_t kept = std::min(size_t(n), room);
    stream.data->append(buffer, kept);
    m_result.outputData.append(buffer, kept);
    if (m_callbacks.onData) {
        const std::string text = stream.utf8.feed(std::string_view(buffer, kept));
        if (!text.empty())
            m_callbacks.onData(stream.name, text);
    }
    if (kept < size_t(n)) {
        killBox(&stream == &m_stdout ? KillReason::Stdout : KillReason::Stderr);
        closeStream(stream);
        return false;
    }
    return true;
}

void Stage::closeStream(Stream &stream)
{
    if (!stream.open)
        return;
    stream.open = false;
    m_loop.remove(stream.pipe->get());
    stream.pipe->reset();
    if (m_callbacks.onData) {
        const std::string text = stream.utf8.finish();
        if (!text.empty())
            m_callbacks.onData(stream.name, text);
    }
}

void Stage::writeStdin(const std::string &data)
{
    if (m_stdinEof)
        return;
    m_stdinBuffer += data;
    flushStdin();
}

void Stage::closeStdin()
{
    m_stdinEof = true;
    flushStdin();
}

void Stage::flushStdin()
{
    if (!m_box || m_finished)
        return;
    Fd &pipe = m_box->stdinPipe();
    size_t &done = m_stdinWritten;
    while (pipe.isValid() && done < m_stdinBuffer.size()) {
        const ssize_t n = write(pipe.get(), m_stdinBuffer.data() + done, m_stdinBuffer.size() - done);
        if (n > 0) {
            done += size_t(n);
        } else if (n < 0 && errno == EAGAIN) {
            break;
        } else {
            // The program closed its stdin: what it did not read is dropped.
            m_loop.remove(pipe.get());
            pipe.reset();
            m_stdinEof = true;
        }
    }
    // Written bytes are dropped in bulk: erasing each pipe-full from the front of a large
    // stdin would move the rest every time.
    if (done == m_stdinBuffer.size() || !pipe.isValid()) {
        m_stdinBuffer.clear();
        done = 0;
    } else if (done > m_stdinBuffer.size() / 2) {
        m_stdinBuffer.erase(0, done);
        done = 0;
    }
    if (!pipe.isValid())
        return;
    if (m_stdinBuffer.empty() && m_stdinEof) {
        m_loop.remove(pipe.get());
        pipe.reset();
    } else if (!m_stdinBuffer.empty() && !m_loop.contains(pipe.get())) {
        m_loop.add(pipe.get(), EPOLLOUT, [this](uint32_t) { flushStdin(); });
    } else if (m_stdinBuffer.empty()) {
        m_loop.remove(pipe.get());
    }
}

void Stage::sendSignal(int signal)
{
    if (m_box && !m_finished) {
        m_box->sendSignal(signal);
        flushControl();
    }
}

// What init has not taken yet (a large program spec, signals behind it) waits for room.
void Stage::flushControl()
{
    const int fd = m_box->controlPipe();
    if (m_box->flushControl())
        m_loop.remove(fd);
    else if (!m_loop.contains(fd))
        m_loop.add(fd, EPOLLOUT, [this](uint32_t) { flushControl(); });
}

void Stage::armTimer(int64_t deadlineNs)
{
    itimerspec deadline{};
    deadline.it_value.tv_sec = deadlineNs / 1000000000;
    deadline.it_value.tv_nsec = deadlineNs % 1000000000;
    timerfd_settime(m_timer.get(), TFD_TIMER_ABSTIME, &deadline, nullptr);
}

void Stage::readReports()
{
    BoxReport report;
    while (read(m_box->reportPipe(), &report, sizeof report) == ssize_t(sizeof report)) {
        if (report.kind == BoxReport::Ready)
            continue; // only the program's start counts
        if (report.kind != BoxReport::Started) {
            m_report = report;
            // init reports an end only once it has reaped every other process of the box: all
            // there is to count is counted, and the pipes hold all there will ever be. Its own
            // exit (the namespaces' teardown) is not waited for.
            end(rusage{});
            return;
        }
        if (!m_programStartNs) {
            // The program's wall time, and its limit, start at its execve. A report from the
            // past or the future would bend the limit: keep it between now and the set-up budget.
            const int64_t now = nowNs();
            m_programStartNs = std::clamp(report.timeNs, now - m_config.setupTimeoutMs * 1000000, now);
            if (m_killReason == KillReason::None) {
                armTimer(m_programStartNs + m_program.limits.timeoutMs * 1000000);
                watchCpuTime();
            }
        }
    }
}

void Stage::onTimer()
{
    uint64_t expirations = 0;
    (void)!read(m_timer.get(), &expirations, sizeof expirations);
    if (m_killReason == KillReason::None)
        killBox(m_programStartNs ? KillReason::WallTime : KillReason::Setup);
    else
        m_box->kill(); // init did not end the box within the grace period
}

// The box's processes together use at most one CPU second per second on each CPU it may run
// on, so it cannot reach its limit before (limit - used) / CPUs has passed: look then, and
// again, until it has or the box has ended. No polling while far from the limit, and the last
// look comes within a millisecond of the limit.
void Stage::watchCpuTime()
{
    const Cgroup *cgroup = m_box->cgroup();
    if (!cgroup || m_killReason != KillReason::None)
        return;
    const int64_t usedUs = cgroup->cpuTimeUs();
    const int64_t leftUs = m_program.limits.cpuTimeMs * 1000 - usedUs;
    if (leftUs <= 0) {
        killBox(KillReason::CpuTime);
        return;
    }
    if (!m_cpuTimer.isValid()) {
        m_cpuTimer.reset(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
        m_loop.add(m_cpuTimer.get(), EPOLLIN, [this](uint32_t) {
            uint64_t expirations = 0;
            (void)!read(m_cpuTimer.get(), &expirations, sizeof expirations);
            watchCpuTime();
        });
    }
    cpu_set_t cpus;
    const int cpuCount = sched_getaffinity(0, sizeof cpus, &cpus) == 0 ? std::max(1, CPU_COUNT(&cpus)) : 1;
    const int64_t waitNs = std::max<int64_t>(leftUs * 1000 / cpuCount, 1000000);
    itimerspec next{};
    next.it_value.tv_sec = waitNs / 1000000000;
    next.it_value.tv_nsec = waitNs % 1000000000;
    timerfd_settime(m_cpuTimer.get(), 0, &next, nullptr);
}

void Stage::killBox(KillReason reason)
{
    if (m_killReason != KillReason::None)
        return;
    m_killReason = reason;
    // init kills the box so that it can still count what the program used; the timer now
    // gives it a grace period.
    sendSignal(SIGKILL);
    itimerspec grace{};
    grace.it_value.tv_sec = 1;
    timerfd_settime(m_timer.get(), 0, &grace, nullptr);
}

void Stage::onBoxExited()
{
    const rusage usage = m_box->reap();
    readReports();
    if (!m_finished)
        end(usage); // init ended without reporting what ended
}

// Every process of the box but init is gone, so the pipes hold all there will ever be.
void Stage::end(const rusage &usage)
{
    for (Stream *stream : {&m_stdout, &m_stderr}) {
        while (stream->open && readSome(*stream)) {
        }
        closeStream(*stream);
    }
    finish(usage);
}

void Stage::finish(const rusage &usage)
{
    StageResult &r = m_result;
    const BoxReport *report = m_report ? &*m_report : nullptr;
    const bool finished = report && report->kind == BoxReport::Finished;
    if (m_programStartNs) {
        const int64_t endNs = finished ? report->timeNs : nowNs();
        r.wallTimeMs = std::max<int64_t>(0, endNs - m_programStartNs) / 1000000;
    }
    // The program's processes are gone: the cgroup has counted them all (and init).
    bool overMemory = false;
    if (const Cgroup *cgroup = m_box->cgroup()) {
        r.cpuTimeMs = cgroup->cpuTimeUs() / 1000;
        r.memoryBytes = cgroup->peakMemoryBytes();
        overMemory = cgroup->memoryLimitHit();
    } else {
        // Without init's report, its rusage: an upper bound, as it includes building the box.
        const int64_t initCpuUs = (int64_t(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000 +
                                  usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
        r.cpuTimeMs = (finished ? report->cpuTimeUs : initCpuUs) / 1000;
        // init's own peak is that of a copy of the helper: use what init counted if it could.
        r.memoryBytes = (finished ? report->maxRssKiB : usage.ru_maxrss) * 1024;
    }

    const bool signaled = finished && WIFSIGNALED(report->waitStatus);
    const int signal = signaled ? WTERMSIG(report->waitStatus) : 0;
    const bool overCpu = r.cpuTimeMs > m_program.limits.cpuTimeMs;
    // The OOM killer took the program, or (memory.oom.group) the whole box with init.
    overMemory = overMemory && (signal == SIGKILL || !finished);
    if (m_killReason == KillReason::Stdout || m_killReason == KillReason::Stderr) {
        const bool isStdout = m_killReason == KillReason::Stdout;
        r.status = isStdout ? "OL" : "EL";
        r.message = std::string(isStdout ? "stdout" : "stderr") + " length exceeded";
        r.signal = "SIGKILL";
    } else if (report && report->kind == BoxReport::SetupFailed) {
        r.status = "XX";
        r.message = std::string("internal error: the sandbox could not ") + report->step + ": " +
                    strerror(report->error);
    } else if (overMemory) {
        r.status = "SG";
        r.signal = "SIGKILL";
        r.message = "Memory limit exceeded (" + memoryText(boxMemoryLimit(m_program.limits)) + ")";
    } else if (m_killReason == KillReason::Setup) {
        r.status = "XX";
        r.message = "internal error: the sandbox was not ready within " +
                    std::to_string(m_config.setupTimeoutMs) + " ms";
    } else if (m_killReason == KillReason::CpuTime && !finished) {
        // init ran out of its grace period while the box was being killed.
        r.status = "TO";
        r.message = "Time limit exceeded (CPU time over " + std::to_string(m_program.limits.cpuTimeMs) + " ms)";
        r.signal = "SIGKILL";
    } else if (m_killReason == KillReason::WallTime && (!finished || signaled)) {
        r.status = "TO";
        r.message = "Time limit exceeded (wall time over " + std::to_string(m_program.limits.timeoutMs) + " ms)";
        r.signal = "SIGKILL";
    } else if (!finished) {
        r.status = "XX";
        r.message = "internal error: the sandbox stopped without reporting";
    } else if (m_killReason == KillReason::CpuTime || signal == SIGXCPU || (signal == SIGKILL && overCpu) ||
               (!signaled && overCpu)) {
        r.status = "TO";
        r.message = "Time limit exceeded (CPU time over " + std::to_string(m_program.limits.cpuTimeMs) + " ms)";
        if (signaled)
            r.signal = "SIGKILL";
        else
            r.code = WEXITSTATUS(report->waitStatus);
    } else if (signaled) {
        r.status = "SG";
        r.signal = StageResult::signalName(signal);
        r.message = "Received signal " + std::to_string(signal) + " (" + *r.signal + ")";
    } else {
        r.code = WEXITSTATUS(report->waitStatus);
        if (*r.code != 0) {
            r.status = "RE";
            r.message = "Exited with error status " + std::to_string(*r.code);
        }
    }

    for (const int fd : {m_box->pidfd(), m_timer.get(), m_cpuTimer.get(), m_box->reportPipe(),
                         m_box->controlPipe(), m_box->stdinPipe().get()})
        m_loop.remove(fd);
    m_timer.reset();
    m_cpuTimer.reset();
    m_finished = true;
    if (m_callbacks.onFinished)
        m_loop.post(m_callbacks.onFinished);
}
