#include "BoxProcess.h"

#include "BoxInit.h"
#include "Cgroup.h"
#include "Contain.h"
#include "ProgramSpec.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/sched.h>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

bool makePipe(Fd *readEnd, Fd *writeEnd)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return false;
    readEnd->reset(fds[0]);
    writeEnd->reset(fds[1]);
    return true;
}

// In the clone: move init's descriptors to fds 0-4 (and 5, a network namespace to join, if
// any) and close everything else the helper had.
[[noreturn]] void enterInit(const BoxInit &init, const int (&fds)[6])
{
    const int count = fds[BoxInit::NetworkFd] >= 0 ? 6 : 5;
    int high[6];
    for (int i = 0; i < count; ++i)
        high[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 16);
    for (int i = 0; i < count; ++i) {
        if (high[i] < 0 || dup2(high[i], i) != i)
            _exit(126);
    }
    syscall(SYS_close_range, count, ~0U, 0);
    init.run();
}

bool writeProcFile(pid_t pid, const char *name, const std::string &text)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/" + name;
    const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool written = write(fd, text.data(), text.size()) == ssize_t(text.size());
    return close(fd) == 0 && written;
}

// Rootless: inside the box's user namespace the box uid and gid stand for the helper's, and
// nothing else is mapped. An unprivileged helper may map only itself, and only after it has
// given up setgroups for the namespace.
bool mapBoxIds(pid_t pid, uid_t boxId)
{
    const std::string id = std::to_string(boxId) + " ";
    return writeProcFile(pid, "uid_map", id + std::to_string(geteuid()) + " 1\n") &&
           writeProcFile(pid, "setgroups", "deny") &&
           writeProcFile(pid, "gid_map", id + std::to_string(getegid()) + " 1\n");
}

} // namespace

std::unique_ptr<BoxProcess> BoxProcess::prepare(const SandboxConfig &config, const BoxSetup &setup,
                                                std::string *error)
{
    auto box = std::make_unique<BoxProcess>();
    if (config.cgroups) {
        // Named after the box uid, which no other box or helper holds meanwhile.
        Cgroup::Limits limits; // the memory limit comes with the job (launch)
        limits.processes = config.processes;
        box->m_cgroup =
            config.cgroups->createBox("box-" + std::to_string(setup.uid), limits, error);
        if (!box->m_cgroup)
            return nullptr;
    }
    const Cgroup *cgroup = box->m_cgroup.get();
    Fd stdinRead, stdoutWrite, stderrWrite, reportWrite, controlRead;
    if (!makePipe(&stdinRead, &box->m_stdin) || !makePipe(&box->m_stdout, &stdoutWrite) ||
        !makePipe(&box->m_stderr, &stderrWrite) || !makePipe(&box->m_report, &reportWrite) ||
        !makePipe(&controlRead, &box->m_control)) {
        *error = std::string("cannot create the box's pipes: ") + strerror(errno);
        return nullptr;
    }
    for (const Fd *fd :
         {&box->m_stdin, &box->m_stdout, &box->m_stderr, &box->m_report, &box->m_control})
        fcntl(fd->get(), F_SETFL, O_NONBLOCK);
    // The program may reopen its stdio by name (/dev/stdin is /proc/self/fd/0), which checks
    // the pipe's owner. Rootless, the helper's own pipes already are the box uid's.
    for (const Fd *fd : {&stdinRead, &stdoutWrite, &stderrWrite}) {
        if (!config.rootless && fchown(fd->get(), setup.uid, setup.uid) != 0) {
            *error = std::string("cannot give the box its stdio: ") + strerror(errno);
            return nullptr;
        }
    }

    // Everything the clone needs exists before it: it only makes syscalls until the program's
    // spec arrives.
    const RootFs rootFs(config, setup.rootPath, setup.boxPath, setup.extraBinds);
    const Contain contain(config, setup.uid);
    const bool joinsCgroup = cgroup && cgroup->cloneFd() < 0;
    const BoxInit init(rootFs, contain, joinsCgroup ? cgroup : nullptr, setup.networkFd >= 0);
    const int initFds[6] = {stdinRead.get(),   stdoutWrite.get(), stderrWrite.get(),
                            reportWrite.get(), controlRead.get(), setup.networkFd};

    int pidfd = -1;
    clone_args args{};
    // Only the PID namespace must be made by the clone. The others init makes itself
    // (BoxInit::run), so their cost (the network namespace's above all) is paid in the box's
    // process, beside the helper, rather than in the helper's loop.
    args.flags = CLONE_NEWPID | CLONE_PIDFD;
    // The user namespace is made first and owns the others, so init may build the box in them.
    if (config.rootless)
        args.flags |= CLONE_NEWUSER;
    args.pidfd = uint64_t(uintptr_t(&pidfd));
    args.exit_signal = SIGCHLD;
    if (cgroup && !joinsCgroup) {
        args.flags |= CLONE_INTO_CGROUP;
        args.cgroup = uint64_t(cgroup->cloneFd());
    }
    const long pid = syscall(SYS_clone3, &args, sizeof args);
    if (pid == 0)
        enterInit(init, initFds);
    if (pid < 0) {
        *error = std::string("cannot create the box's namespaces: ") + strerror(errno);
        return nullptr;
    }
    box->m_pidfd.reset(pidfd);
    if (config.rootless && !mapBoxIds(pid_t(pid), setup.uid)) {
        *error =
            std::string("cannot map the box uid into the box's user namespace: ") + strerror(errno);
        return nullptr; // the destructor kills and reaps init
    }
    // init waits for this before it does anything.
    box->m_controlQueue.push_back('\0');
    box->flushControl();
    return box;
}

BoxProcess::~BoxProcess()
{
    if (m_pidfd.isValid() && !m_reaped) {
        kill();
        reap();
    }
}

std::vector<std::string> BoxProcess::releaseCgroup()
{
    return m_cgroup ? m_cgroup->releaseDirectories() : std::vector<std::string>{};
}

bool BoxProcess::launch(const ProgramSpec &program, std::string *error)
{
    if (m_cgroup && !m_cgroup->setMemoryLimit(boxMemoryLimit(program.limits))) {
        *error = std::string("cannot set the box's memory limit: ") + strerror(errno);
        return false;
    }
    if (m_cgroup && program.limits.processes > 0 && !m_cgroup->setProcessLimit(program.limits.processes)) {
        *error = std::string("cannot set the box's process cap: ") + strerror(errno);
        return false;
    }
    m_controlQueue += program.frame();
    flushControl();
    return true;
}

void BoxProcess::sendSignal(int signal)
{
    m_controlQueue.push_back(static_cast<char>(signal));
    flushControl();
}

bool BoxProcess::flushControl()
{
    while (!m_controlQueue.empty()) {
        const ssize_t n = write(m_control.get(), m_controlQueue.data(), m_controlQueue.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return false;
        if (n <= 0) {
            m_controlQueue.clear(); // init is gone: nothing will read it
            break;
        }
        m_controlQueue.erase(0, size_t(n));
    }
    return true;
}

bool BoxProcess::hasExited() const
{
    pollfd exited{m_pidfd.get(), POLLIN, 0};
    return poll(&exited, 1, 0) != 0;
}

void BoxProcess::kill()
{
    syscall(SYS_pidfd_send_signal, m_pidfd.get(), SIGKILL, nullptr, 0);
}

rusage BoxProcess::reap()
{
    // waitid on the pidfd, with the rusage glibc's wrapper does not return.
    siginfo_t info{};
    rusage usage{};
    while (syscall(SYS_waitid, P_PIDFD, m_pidfd.get(), &info, WEXITED, &usage) != 0 &&
           errno == EINTR) {
    }
    m_reaped = true;
    return usage;
}
