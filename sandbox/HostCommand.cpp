#include "HostCommand.h"

#include "Fd.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

std::optional<std::string> HostCommand::findOnPath(const std::string &command)
{
    if (command.find('/') != std::string::npos)
        return access(command.c_str(), X_OK) == 0 ? std::optional(command) : std::nullopt;
    const std::string path = kSandboxPath;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find(':', start);
        if (end == std::string::npos)
            end = path.size();
        const std::string candidate = path.substr(start, end - start) + '/' + command;
        if (access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<std::string> HostCommand::output(const std::vector<std::string> &argv, int timeoutMs)
{
    const auto executable = argv.empty() ? std::nullopt : findOnPath(argv[0]);
    if (!executable)
        return std::nullopt;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return std::nullopt;
    Fd readEnd(fds[0]), writeEnd(fds[1]);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, writeEnd.get(), 1);
    posix_spawn_file_actions_adddup2(&actions, writeEnd.get(), 2);
    // The helper blocks or ignores some signals; the probe gets the defaults back.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<char *> args;
    for (const auto &arg : argv)
        args.push_back(const_cast<char *>(arg.c_str()));
    args.push_back(nullptr);
    const std::string pathVariable = std::string("PATH=") + kSandboxPath;
    char *env[] = {const_cast<char *>(pathVariable.c_str()), const_cast<char *>("LANG=C.UTF-8"),
                   nullptr};
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, executable->c_str(), &actions, &attributes, args.data(), env);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    writeEnd.reset();
    if (rc != 0)
        return std::nullopt;

    // Read to the end, unless the command takes too long or says far too much.
    std::string text;
    bool complete = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (text.size() <= 65536) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd pfd{readEnd.get(), POLLIN, 0};
        if (left.count() <= 0 || poll(&pfd, 1, int(left.count())) <= 0)
            break;
        char buffer[4096];
        const ssize_t n = read(readEnd.get(), buffer, sizeof buffer);
        if (n <= 0) {
            complete = n == 0;
            break;
        }
        text.append(buffer, size_t(n));
    }
    if (!complete)
        kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    if (!complete)
        return std::nullopt;
    return text;
}
