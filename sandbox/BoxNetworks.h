#pragma once

#include "Fd.h"

#include <map>
#include <string>
#include <sys/types.h>

// Network namespaces kept for reuse, one per box uid: each has only a loopback interface, which
// is up. Making a network namespace, and above all the kernel's tearing it down, is the dearest
// part of a box, so a privileged helper makes one per uid once and each box joins its uid's.
// Only one box holds a uid at a time and every process of a box is gone before its uid is
// handed out again, so no socket outlives its box; and box processes have no capability to
// change a namespace's interfaces, routes or firewall, so the next box finds it as new.
class BoxNetworks {
public:
    // The namespace for the uid's boxes, made on first use; -1 with the reason if it could not be.
    int fdFor(uid_t uid, std::string *error);

private:
    std::map<uid_t, Fd> m_namespaces;
};
