#include "BoxProcess.h"

#include "BoxInit.h"
#include "Cgroup.h"
#include "Contain.h"
#include "RootFs.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/sched.h>
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

std::vector<char *> pointers(const std::vector<std::string> &strings)
{
    std::vector<char *> list;
    for (const auto &s : strings)
        list.push_back(const_cast<char *>(s.c_str()));
    list.push_back(nullptr);
    return list;
}

// In the clone: move init's pipe ends to fds 0-4 and close everything else the helper had.
[[noreturn]] void enterInit(const BoxInit &init, const int (&fds)[5])
{
    int high[5];
    for (int i = 0; i < 5; ++i)
        high[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 16);
    for (int i = 0; i < 5; ++i) {
        if (high[i] < 0 || dup2(high[i], i) != i)
            _exit(126);
    }
    syscall(SYS_close_range, 5, ~0U, 0);
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

std::unique_ptr<BoxProcess> BoxProcess::start(const SandboxConfig &config, const StageSpec &spec,
                                              const Cgroup *cgroup, std::string *error)
{
    auto box = std::make_unique<BoxProcess>();
    Fd stdinRead, stdoutWrite, stderrWrite, reportWrite, controlRead;
    if (!makePipe(&stdinRead, &box->m_stdin) || !makePipe(&box->m_stdout, &stdoutWrite) ||
        !makePipe(&box->m_stderr, &stderrWrite) || !makePipe(&box->m_report, &reportWrite) ||
        !makePipe(&controlRead, &box->m_control)) {
        *error = std::string("cannot create the box's pipes: ") + strerror(errno);
        return nullptr;
    }
    for (const Fd *fd : {&box->m_stdin, &box->m_stdout, &box->m_stderr, &box->m_report, &box->m_control})
        fcntl(fd->get(), F_SETFL, O_NONBLOCK);

    // Everything the clone needs exists before it: it only makes syscalls.
    const RootFs rootFs(config, spec.rootPath, spec.boxPath);
    const Contain contain(config, spec.uid, spec.limits);
    const auto argv = pointers(spec.argv);
    const auto envp = pointers(spec.env);
    const BoxInit init(rootFs, contain, spec.executable.c_str(), argv.data(), envp.data());
    const int initFds[5] = {stdinRead.get(), stdoutWrite.get(), stderrWrite.get(),
                            reportWrite.get(), controlRead.get()};

    int pidfd = -1;
    clone_args args{};
    args.flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWNET |
                 CLONE_PIDFD;
    // The user namespace is made first and owns the others, so init may build the box in them.
    if (config.rootless)
        args.flags |= CLONE_NEWUSER;
    args.pidfd = uint64_t(uintptr_t(&pidfd));
    args.exit_signal = SIGCHLD;
    if (cgroup && cgroup->cloneFd() >= 0) {
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
    const char *step = nullptr;
    if (config.rootless && !mapBoxIds(pid_t(pid), spec.uid))
        step = "cannot map the box uid into the box's user namespace: ";
    else if (cgroup && cgroup->cloneFd() < 0 && !cgroup->addProcess(pid_t(pid)))
        step = "cannot move the box into its cgroup: ";
    if (step) {
        *error = step + std::string(strerror(errno));
        box->kill();
        siginfo_t info{};
        waitid(P_PIDFD, id_t(pidfd), &info, WEXITED);
        return nullptr;
    }
    // init waits for this before it does anything.
    const unsigned char go = 0;
    (void)!write(box->m_control.get(), &go, 1);
    return box;
}

void BoxProcess::kill()
{
    syscall(SYS_pidfd_send_signal, m_pidfd.get(), SIGKILL, nullptr, 0);
}

void BoxProcess::sendSignal(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    (void)!write(m_control.get(), &byte, 1);
}
