#include "Janitor.h"

#include "BoxDir.h"
#include "Cgroup.h"
#include "EventLoop.h"
#include "ExactIo.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <sstream>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

enum : int { RequestsFd = 3, RepliesFd = 4 };

// A task on the pipe: its size, then one line per thing to remove, "c PATH" or "d PATH".
// Paths are the helper's own, made of the box root, cgroup mounts and uids: no newlines.
std::string frameOf(const Janitor::Task &task)
{
    std::string lines;
    for (const std::string &path : task.cgroupDirectories)
        lines += "c " + path + "\n";
    if (!task.boxDirectory.empty())
        lines += "d " + task.boxDirectory + "\n";
    const uint32_t size = uint32_t(lines.size());
    return std::string(reinterpret_cast<const char *>(&size), sizeof size) + lines;
}

} // namespace

Janitor::Janitor(EventLoop &loop) : m_loop(loop)
{
    int requests[2], replies[2];
    if (pipe2(requests, O_CLOEXEC) != 0)
        return;
    if (pipe2(replies, O_CLOEXEC) != 0) {
        close(requests[0]);
        close(requests[1]);
        return;
    }
    const pid_t pid = fork();
    if (pid == 0) {
        // Out of the way first, so neither dup2 overwrites the other's source.
        const int requestsHigh = fcntl(requests[0], F_DUPFD, 16);
        const int repliesHigh = fcntl(replies[1], F_DUPFD, 16);
        if (dup2(requestsHigh, RequestsFd) != RequestsFd ||
            dup2(repliesHigh, RepliesFd) != RepliesFd)
            _exit(1);
        serve(RequestsFd, RepliesFd);
    }
    close(requests[0]);
    close(replies[1]);
    m_requests.reset(requests[1]);
    m_replies.reset(replies[0]);
    if (pid < 0) {
        m_requests.reset();
        m_replies.reset();
        return;
    }
    m_pid = pid;
    m_loop.add(m_replies.get(), EPOLLIN, [this](uint32_t) { onReplies(); });
}

Janitor::~Janitor()
{
    if (m_pid < 0)
        return;
    m_loop.remove(m_replies.get());
    m_requests.reset(); // end of file: the janitor exits once it has done what it had
    while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
    }
}

void Janitor::clean(Task task, std::function<void()> then)
{
    if (m_pid < 0) {
        perform(task);
        then();
        return;
    }
    const std::string frame = frameOf(task);
    m_pending.push_back(Pending{std::move(task), std::move(then)});
    if (!writeExactly(m_requests.get(), frame.data(), frame.size()))
        giveUp();
}

bool Janitor::finishOne()
{
    if (m_pending.empty())
        return false;
    char done;
    ssize_t n;
    while ((n = read(m_replies.get(), &done, 1)) < 0 && errno == EINTR) {
    }
    if (n == 1)
        finishFront();
    else
        giveUp();
    return true;
}

void Janitor::onReplies()
{
    char done[64];
    const ssize_t n = read(m_replies.get(), done, std::min(sizeof done, m_pending.size()));
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        giveUp();
        return;
    }
    for (ssize_t i = 0; i < n; ++i)
        finishFront();
}

void Janitor::finishFront()
{
    // Taken out first: `then` may give the janitor more work.
    std::function<void()> then = std::move(m_pending.front().then);
    m_pending.pop_front();
    then();
}

void Janitor::giveUp()
{
    m_loop.remove(m_replies.get());
    m_requests.reset();
    m_replies.reset();
    if (m_pid >= 0) {
        kill(m_pid, SIGKILL);
        while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
    }
    // Removing twice is harmless: what the janitor did already is simply not found.
    while (!m_pending.empty()) {
        perform(m_pending.front().task);
        finishFront();
    }
}

void Janitor::perform(const Task &task)
{
    for (const std::string &path : task.cgroupDirectories)
        Cgroup::killAndRemove(path);
    if (!task.boxDirectory.empty())
        BoxDir::remove(task.boxDirectory);
}

void Janitor::serve(int requests, int replies)
{
    // Killed with the helper; a helper that exits normally closes the pipe and waits instead.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() == 1)
        _exit(0);
    syscall(SYS_close_range, RepliesFd + 1, ~0U, 0);
    for (uint32_t size; readExactly(requests, reinterpret_cast<char *>(&size), sizeof size);) {
        std::string lines(size, '\0');
        if (!readExactly(requests, lines.data(), size))
            break;
        Task task;
        std::istringstream stream(lines);
        for (std::string line; std::getline(stream, line);) {
            if (line.rfind("c ", 0) == 0)
                task.cgroupDirectories.push_back(line.substr(2));
            else if (line.rfind("d ", 0) == 0)
                task.boxDirectory = line.substr(2);
        }
        perform(task);
        if (!writeExactly(replies, "+", 1))
            break;
    }
    _exit(0);
}
