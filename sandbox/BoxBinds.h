#pragma once

#include "PeerPolicy.h"
#include "RootFs.h"

#include <string>
#include <vector>

// `run --dir` in a daemon's box, which was built before anyone asked for the binds: a child of
// the helper opens each host path with the client's own uid and groups (so nothing is bound that
// the client could not reach), clones it into a detached mount in the helper's mount namespace,
// and attaches it in the ready box's, at its box path; the box's root is writable only meanwhile.
// The box's program has not been given yet, so nothing in the box runs while this happens.
class BoxBinds {
public:
    // initPidfd: the ready box's init. False with the reason.
    static bool attach(int initPidfd, const std::vector<RootFs::Bind> &binds, const PeerPolicy::Peer &client,
                       std::string *error);
};
