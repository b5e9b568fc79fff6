#include "SocketActivation.h"

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

bool parseNumber(const char *text, long *value)
{
    if (!text || !*text)
        return false;
    char *end = nullptr;
    errno = 0;
    *value = strtol(text, &end, 10);
    return errno == 0 && *end == '\0';
}

int socketOption(int fd, int option)
{
    int value = -1;
    socklen_t length = sizeof value;
    return getsockopt(fd, SOL_SOCKET, option, &value, &length) == 0 ? value : -1;
}

} // namespace

bool SocketActivation::isActivated()
{
    long pid = 0;
    // LISTEN_PID is how a variable inherited from a parent that was activated is told apart.
    return getenv("LISTEN_FDS") && parseNumber(getenv("LISTEN_PID"), &pid) && pid == long(getpid());
}

std::optional<Fd> SocketActivation::takeListener(std::string *error)
{
    const bool activated = isActivated();
    long count = 0;
    const bool counted = parseNumber(getenv("LISTEN_FDS"), &count);
    unsetenv("LISTEN_FDS");
    unsetenv("LISTEN_PID");
    unsetenv("LISTEN_FDNAMES");
    if (!activated) {
        *error = "no socket was passed (LISTEN_FDS and LISTEN_PID are not set for this process; "
                 "start it from runpad-sandbox.socket)";
        return std::nullopt;
    }
    if (!counted || count != 1) {
        *error = "LISTEN_FDS must pass exactly one socket, not '" + std::to_string(count) + "'";
        return std::nullopt;
    }
    struct stat info {};
    if (fstat(kFirstFd, &info) != 0 || !S_ISSOCK(info.st_mode) ||
        socketOption(kFirstFd, SO_DOMAIN) != AF_UNIX ||
        socketOption(kFirstFd, SO_TYPE) != SOCK_STREAM ||
        socketOption(kFirstFd, SO_ACCEPTCONN) != 1) {
        *error = "the socket passed as fd 3 is not a listening UNIX stream socket (ListenStream= "
                 "with a path in the .socket unit)";
        return std::nullopt;
    }
    Fd listener(kFirstFd);
    const int flags = fcntl(kFirstFd, F_GETFL);
    if (fcntl(kFirstFd, F_SETFD, FD_CLOEXEC) != 0 || flags < 0 ||
        fcntl(kFirstFd, F_SETFL, flags | O_NONBLOCK) != 0) {
        *error = std::string("cannot set up the passed socket: ") + strerror(errno);
        listener.release(); // systemd's, not ours to close on failure
        return std::nullopt;
    }
    return listener;
}

std::string SocketActivation::nameOf(int socket)
{
    sockaddr_un address{};
    socklen_t length = sizeof address;
    if (getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) != 0 ||
        length <= offsetof(sockaddr_un, sun_path) || address.sun_path[0] == '\0')
        return "fd " + std::to_string(socket);
    return std::string(address.sun_path,
                       strnlen(address.sun_path, length - offsetof(sockaddr_un, sun_path)));
}
