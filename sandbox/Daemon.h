#pragma once

#include "BoxPool.h"
#include "BoxUidPool.h"
#include "EventLoop.h"
#include "Fd.h"
#include "PeerPolicy.h"

#include <map>
#include <memory>
#include <string>

class Client;
class RuntimeRegistry;

// The helper's daemon mode: a UNIX socket, its clients, and SIGTERM/SIGINT handling, all on one
// event loop.
class Daemon {
public:
    // More clients are answered with an error and disconnected.
    static constexpr size_t kMaxClients = 64;

    Daemon(const SandboxConfig &config, const RuntimeRegistry &runtimes, std::string socketPath,
           PeerPolicy peers);
    ~Daemon();

    // Serves on a socket that is already listening (systemd's), instead of making socketPath.
    // It is left in place at exit: the .socket unit owns it.
    void setListener(Fd listener, std::string name);

    // Listens, prints "READY <path>", serves until SIGTERM/SIGINT. Returns the exit status;
    // a failure is explained on stderr.
    int run();

private:
    bool listen(std::string *error);
    void accept();
    void watchListener();
    void refuse(int socket, const std::string &message);

    const SandboxConfig &m_config;
    const RuntimeRegistry &m_runtimes;
    std::string m_socketPath;
    PeerPolicy m_peers;
    EventLoop m_loop;
    BoxUidPool m_uids;
    BoxPool m_boxes; // after m_uids: its boxes hold leases
    Fd m_listener;
    bool m_ownsSocketFile = false;
    Fd m_signals;
    std::map<int, std::unique_ptr<Client>> m_clients; // by a serial number
    int m_nextClient = 0;
};
