#include "BoxNetworks.h"

#include "Network.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sched.h>

int BoxNetworks::fdFor(uid_t uid, std::string *error)
{
    if (const auto found = m_namespaces.find(uid); found != m_namespaces.end())
        return found->second.get();
    // The helper's thread steps into a new namespace, brings its loopback up, keeps a handle on
    // it and steps back: cheaper than a child process, and the helper's sockets are all UNIX
    // sockets by path, which no network namespace affects.
    const Fd home(open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
    if (!home.isValid() || unshare(CLONE_NEWNET) != 0) {
        *error = std::string("cannot create a network namespace: ") + strerror(errno);
        return -1;
    }
    const bool up = Network::bringUpLoopback();
    const int upError = errno;
    Fd made(open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
    const int openError = errno;
    if (setns(home.get(), CLONE_NEWNET) != 0) {
        // The helper would serve from inside an empty namespace: nothing is safe to go on with.
        fprintf(stderr, "runpad-sandbox: cannot return to its network namespace: %s\n",
                strerror(errno));
        abort();
    }
    if (!up || !made.isValid()) {
        *error = std::string(!up ? "cannot bring up a network namespace's loopback: "
                                 : "cannot keep a network namespace: ") +
                 strerror(!up ? upError : openError);
        return -1;
    }
    return m_namespaces.emplace(uid, std::move(made)).first->second.get();
}
