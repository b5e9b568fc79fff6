#include "Network.h"

#include "Fd.h"

#include <cstring>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

bool Network::bringUpLoopback()
{
    Fd socketFd(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    ifreq request{};
    memcpy(request.ifr_name, "lo", 3);
    if (!socketFd.isValid() || ioctl(socketFd.get(), SIOCGIFFLAGS, &request) != 0)
        return false;
    request.ifr_flags |= IFF_UP | IFF_RUNNING;
    return ioctl(socketFd.get(), SIOCSIFFLAGS, &request) == 0;
}
