#include "BoxInit.h"

#include "Cgroup.h"
#include "Contain.h"
#include "Network.h"
#include "ProgramSpec.h"
#include "RootFs.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

// What the program's process tells init on the way to execve: its start time, or why it failed.
struct ExecNote {
    int error = 0; // 0: startNs is set
    int64_t startNs = 0;
    char step[84] = {};
};

void writeReport(const BoxReport &report)
{
    (void)!write(BoxInit::ReportFd, &report, sizeof report);
}

int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void account(BoxReport *report, const rusage &usage)
{
    report->cpuTimeUs += (int64_t(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000 +
                         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
    report->maxRssKiB = std::max<int64_t>(report->maxRssKiB, usage.ru_maxrss);
}

// The program has ended: kill and reap what it left behind, so that its CPU time counts too.
// Left to the kernel when init exits, it would be reaped unaccounted.
[[noreturn]] void finish(BoxReport *report, int programStatus)
{
    report->kind = BoxReport::Finished;
    report->timeNs = nowNs();
    report->waitStatus = programStatus;
    rusage usage{};
    pid_t pid;
    kill(-1, SIGKILL);
    while ((pid = wait4(-1, nullptr, __WALL, &usage)) > 0 || errno == EINTR) {
        if (pid > 0)
            account(report, usage);
        // Again, for a process forked while the last kill went through the box.
        kill(-1, SIGKILL);
    }
    writeReport(*report);
    _exit(0);
}

} // namespace

void BoxInit::fail(const char *step, int error)
{
    BoxReport report;
    report.kind = BoxReport::SetupFailed;
    report.error = error;
    strncpy(report.step, step, sizeof report.step - 1);
    writeReport(report);
    _exit(1);
}

void BoxInit::execProgram(int failurePipe) const
{
    ExecNote failure{};
    // The helper's blocked and ignored signals must not leak into the program.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int signal = 1; signal < NSIG; ++signal) {
        if (signal != SIGKILL && signal != SIGSTOP)
            ::signal(signal, SIG_DFL);
    }
    const char *step = m_contain.prepareProgram();
    std::optional<ProgramSpec> program;
    if (!step && !(program = ProgramSpec::read(ControlFd)))
        step = "receive the program"; // end of file: the box was discarded before any job came
    if (!step)
        step = m_contain.limitProgram(program->limits);
    if (!step) {
        std::vector<char *> argv, envp;
        for (const std::string &arg : program->argv)
            argv.push_back(const_cast<char *>(arg.c_str()));
        argv.push_back(nullptr);
        for (const std::string &variable : program->env)
            envp.push_back(const_cast<char *>(variable.c_str()));
        envp.push_back(nullptr);
        // The program's wall time starts here, not when init next gets the CPU.
        ExecNote starting{};
        starting.startNs = nowNs();
        (void)!write(failurePipe, &starting, sizeof starting);
        execve(program->executable.c_str(), argv.data(), envp.data());
        step = "execute the program";
    }
    failure.error = errno ? errno : EINVAL;
    strncpy(failure.step, step, sizeof failure.step - 1);
    (void)!write(failurePipe, &failure, sizeof failure);
    _exit(127);
}

void BoxInit::run() const
{
    // The helper's death kills init, and with it the whole box.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // Nothing happens before the helper has mapped the box's user namespace: a zero byte on
    // the control pipe; end of file means it could not.
    unsigned char go = 1;
    if (read(ControlFd, &go, 1) != 1 || go != 0)
        _exit(1);
    if (m_cgroupToJoin && !m_cgroupToJoin->addProcess(0))
        fail("join the box's cgroup", errno);
    if (m_joinsNetwork) {
        if (setns(NetworkFd, CLONE_NEWNET) != 0)
            fail("join the box's network namespace", errno);
        close(NetworkFd);
    }
    if (unshare(CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS | (m_joinsNetwork ? 0 : CLONE_NEWNET)) !=
        0)
        fail("create the box's namespaces", errno);
    if (const char *step = m_rootFs.build())
        fail(step, errno);
    if (sethostname("runpad", 6) != 0)
        fail("set the host name", errno);
    if (!m_joinsNetwork && !Network::bringUpLoopback())
        fail("bring up the loopback interface", errno);
    // The rest needs no privilege: fork, reap, and signal processes of its own uid.
    if (const char *step = m_contain.dropPrivileges())
        fail(step, errno);
    // Changing credentials cleared the parent-death signal; the helper's death also closes
    // the control pipe, which ends init below.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    BoxReport ready;
    ready.kind = BoxReport::Ready;
    writeReport(ready);

    sigset_t childSignals;
    sigemptyset(&childSignals);
    sigaddset(&childSignals, SIGCHLD);
    sigprocmask(SIG_BLOCK, &childSignals, nullptr);
    const int childEvents = signalfd(-1, &childSignals, SFD_CLOEXEC | SFD_NONBLOCK);
    int failurePipe[2];
    if (childEvents < 0 || pipe2(failurePipe, O_CLOEXEC) != 0)
        fail("create init's pipes", errno);

    // The box is ready. The program's process is made now, before its job comes, and takes its
    // spec from the control pipe itself; init reads the pipe only once the program has started
    // (or failed to). Like posix_spawn, it borrows init's memory on a stack of its own until
    // execve (CLONE_VM), and init sleeps until then (CLONE_VFORK): nothing is copied for a
    // process that is about to replace its memory, and init, which has nothing to do before the
    // program starts, never runs beside it on the same memory.
    constexpr size_t kStackBytes = 256 << 10;
    void *stack = mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED)
        fail("map the program's stack", errno);
    struct Start {
        const BoxInit *init;
        int failurePipe;
    } start{this, failurePipe[1]};
    const pid_t program = clone(
        [](void *argument) -> int {
            const auto *start = static_cast<const Start *>(argument);
            start->init->execProgram(start->failurePipe);
        },
        static_cast<char *>(stack) + kStackBytes, CLONE_VM | CLONE_VFORK | SIGCHLD, &start);
    if (program < 0)
        fail("start the program's process", errno);
    munmap(stack, kStackBytes);
    close(failurePipe[1]);
    // Only the program holds the stdio pipes now, so they end when the box ends.
    close(StdinFd);
    close(StdoutFd);
    close(StderrFd);
    // Notes of a fixed size, each written at once: a start time just before execve, then a
    // failure if there is one. End of file: execve succeeded.
    int64_t startNs = 0;
    for (ExecNote note{}; read(failurePipe[0], &note, sizeof note) == ssize_t(sizeof note);) {
        if (note.error) {
            waitpid(program, nullptr, 0);
            fail(note.step, note.error);
        }
        startNs = note.startNs;
    }
    close(failurePipe[0]);
    BoxReport report;
    report.kind = BoxReport::Started;
    report.timeNs = startNs ? startNs : nowNs();
    writeReport(report);
    pollfd fds[2] = {{ControlFd, POLLIN, 0}, {childEvents, POLLIN, 0}};
    for (;;) {
        if (poll(fds, 2, -1) < 0 && errno != EINTR)
            _exit(1);
        if (fds[0].revents) {
            // Each byte is a signal for every process of the box; end of file: the helper is gone.
            // kill(-1) from a namespace's init reaches only that namespace, and init's uid
            // only the box's processes.
            unsigned char signals[64];
            const ssize_t n = read(ControlFd, signals, sizeof signals);
            if (n <= 0)
                _exit(1);
            for (ssize_t i = 0; i < n; ++i)
                kill(-1, signals[i]);
        }
        if (fds[1].revents) {
            signalfd_siginfo info;
            while (read(childEvents, &info, sizeof info) > 0) {
            }
            int status = 0;
            rusage usage{};
            pid_t pid;
            while ((pid = wait4(-1, &status, WNOHANG | __WALL, &usage)) > 0) {
                account(&report, usage);
                if (pid == program)
                    finish(&report, status);
            }
        }
    }
}
