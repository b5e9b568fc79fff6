#include "Daemon.h"

#include "Client.h"
#include "RuntimeRegistry.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

Daemon::Daemon(const SandboxConfig &config, const RuntimeRegistry &runtimes, std::string socketPath,
               PeerPolicy peers)
    : m_config(config), m_runtimes(runtimes), m_socketPath(std::move(socketPath)),
      m_peers(std::move(peers)), m_uids(config),
      m_boxes(m_loop, config, m_uids)
{
}

Daemon::~Daemon()
{
    m_clients.clear(); // kills every job and removes every box
    // Jobs whose clients already let them go, while the pool and uids their boxes use live.
    m_loop.discardPosted();
    if (m_listener.isValid() && m_ownsSocketFile)
        unlink(m_socketPath.c_str());
}

void Daemon::setListener(Fd listener, std::string name)
{
    m_listener = std::move(listener);
    m_socketPath = std::move(name);
    m_ownsSocketFile = false;
}

bool Daemon::listen(std::string *error)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (m_socketPath.empty() || m_socketPath.size() >= sizeof address.sun_path) {
        *error = "the socket path must be between 1 and " +
                 std::to_string(sizeof address.sun_path - 1) + " characters long";
        return false;
    }
    memcpy(address.sun_path, m_socketPath.c_str(), m_socketPath.size() + 1);
    const std::filesystem::path directory = std::filesystem::absolute(m_socketPath).parent_path();
    if (!std::filesystem::exists(directory)) {
        std::error_code ec;
        std::filesystem::create_directories(directory, ec);
        // Others the helper serves must be able to reach the socket; the socket's mode decides.
        if (ec || chmod(directory.c_str(), m_peers.allowsOthers() ? 0711 : 0700) != 0) {
            *error =
                "cannot create the socket directory " + directory.string() + ": " + ec.message();
            return false;
        }
    }
    m_listener.reset(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    // A socket file nobody answers on is left over from a helper that died: replace it.
    struct stat info {};
    if (lstat(m_socketPath.c_str(), &info) == 0) {
        Fd probe(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (!S_ISSOCK(info.st_mode) ||
            connect(probe.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
            *error = m_socketPath + " is in use (another runpad-sandbox, or not a socket)";
            m_listener.reset();
            return false;
        }
        unlink(m_socketPath.c_str());
    }
    const mode_t oldMask = umask(0177);
    const bool bound =
        bind(m_listener.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    umask(oldMask);
    // Only the allowed group may connect at all; allowed uids need it open to everyone, and
    // SO_PEERCRED turns the rest away.
    const gid_t group = m_peers.socketGroup();
    const mode_t mode = group != gid_t(-1) ? 0660 : m_peers.allowsOthers() ? 0666 : 0600;
    if (!bound || (group != gid_t(-1) && chown(m_socketPath.c_str(), uid_t(-1), group) != 0) ||
        chmod(m_socketPath.c_str(), mode) != 0 || ::listen(m_listener.get(), 64) != 0) {
        *error = "cannot listen on " + m_socketPath + ": " + strerror(errno);
        if (bound)
            unlink(m_socketPath.c_str());
        m_listener.reset();
        return false;
    }
    m_ownsSocketFile = true;
    return true;
}

// One error line, then the connection is closed (by the caller's Fd).
void Daemon::refuse(int socket, const std::string &message)
{
    // What the client already sent is read first: closing with unread input would make the
    // kernel report a reset to the client instead of this answer. Bounded: a client that keeps
    // writing must not hold up the loop.
    char discard[4096];
    for (int i = 0; i < 16 && recv(socket, discard, sizeof discard, MSG_DONTWAIT) > 0; ++i) {
    }
    const std::string line =
        nlohmann::json{{"type", "error"}, {"id", nullptr}, {"message", message}}.dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace) +
        "\n";
    (void)!::send(socket, line.data(), line.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
}

void Daemon::accept()
{
    for (;;) {
        Fd socket(accept4(m_listener.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
        if (!socket.isValid()) {
            // Out of file descriptors the waiting connection would wake the loop forever:
            // stop listening until a client leaves.
            if (errno == EMFILE || errno == ENFILE) {
                fprintf(stderr, "runpad-sandbox: out of file descriptors; not accepting clients\n");
                m_loop.remove(m_listener.get());
            }
            return;
        }
        std::string refusal;
        if (!m_peers.allows(socket.get(), &refusal)) {
            fprintf(stderr, "runpad-sandbox: refused a client: %s\n", refusal.c_str());
            refuse(socket.get(), refusal);
            continue;
        }
        if (m_clients.size() >= kMaxClients) {
            refuse(socket.get(), "too many connections: the sandbox serves at most " +
                                     std::to_string(kMaxClients) + " clients at once");
            continue;
        }
        const int serial = m_nextClient++;
        auto onClosed = [this, serial] {
            // Destroyed after this batch of events: the client may still be on the stack.
            auto it = m_clients.find(serial);
            if (it == m_clients.end())
                return;
            std::shared_ptr<Client> client(std::move(it->second));
            m_clients.erase(it);
            m_loop.post([client] {});
            watchListener();
        };
        m_clients[serial] = std::make_unique<Client>(m_loop, m_config, m_boxes, m_runtimes,
                                                     std::move(socket), std::move(onClosed));
    }
}

// Listens again after accept() stopped for want of file descriptors; a no-op otherwise.
void Daemon::watchListener()
{
    if (!m_loop.contains(m_listener.get()))
        m_loop.add(m_listener.get(), EPOLLIN, [this](uint32_t) { accept(); });
}

int Daemon::run()
{
    // Every client and box costs descriptors: take all the host allows.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigprocmask(SIG_BLOCK, &stopSignals, nullptr);
    m_signals.reset(signalfd(-1, &stopSignals, SFD_CLOEXEC | SFD_NONBLOCK));

    std::string error;
    if (!m_listener.isValid() && !listen(&error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    watchListener();
    m_loop.add(m_signals.get(), EPOLLIN, [this](uint32_t) { m_loop.quit(); });
    printf("READY %s\n", m_socketPath.c_str());
    fflush(stdout);
    m_loop.run();
    return 0;
}
