#pragma once

#include "Fd.h"

#include <optional>
#include <string>

// systemd's socket activation without libsystemd: the listening socket handed over as fd 3 with
// LISTEN_FDS=1 and LISTEN_PID set to this process (sd_listen_fds(3)).
class SocketActivation {
public:
    // Whether LISTEN_FDS and LISTEN_PID hand this process a socket.
    static bool isActivated();
    // Takes the socket: checks it is one listening UNIX stream socket, makes it close-on-exec and
    // non-blocking, and removes the variables so no child sees them. nullopt with a sentence in
    // error if there is none or it is not usable.
    static std::optional<Fd> takeListener(std::string *error);
    // The path the socket is bound to, for the READY line; "fd 3" if it has none.
    static std::string nameOf(int socket);

    static constexpr int kFirstFd = 3; // SD_LISTEN_FDS_START
};
