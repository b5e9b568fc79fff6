#pragma once

#include <string>

// What the helper checks and sets up about itself before it builds any box.
class HostSetup {
public:
    // Root with CAP_SYS_ADMIN: boxes get box uids of the host and the helper's own mounts.
    static bool isPrivileged();
    // Without privileges, boxes need user namespaces; false with the sentence to show when the
    // host does not let this user create them.
    static bool canUseUserNamespaces(std::string *error);
    // Where a rootless helper keeps its box directories and uid leases: a private directory in
    // $XDG_RUNTIME_DIR, else in /tmp, made if missing; empty with the reason if it is not the
    // helper's own (someone else may have planted it in /tmp).
    static std::string rootlessStateDir(std::string *error);
    // Where a rootless helper keeps compiled programs: $XDG_CACHE_HOME/runpad-sandbox, else
    // ~/.cache/runpad-sandbox, else stateDir/cache (a user without a home).
    static std::string rootlessCacheDir(const std::string &stateDir);

    // Moves the helper into a mount namespace of its own, so the boxes' mounts never show on
    // the host and vanish if the helper is killed.
    static bool isolateMounts(std::string *error);

    // The helper gets SIGTERM when its parent dies.
    static bool exitWithParent(std::string *error);
};
