#pragma once

#include <string>

// What the helper checks and sets up about itself before it builds any box.
class HostSetup {
public:
    // True if the helper can build its sandbox (root with CAP_SYS_ADMIN); otherwise false with
    // the sentence to show.
    static bool hasPrivileges(std::string *error);

    // Moves the helper into a mount namespace of its own, so the boxes' mounts never show on
    // the host and vanish if the helper is killed.
    static bool isolateMounts(std::string *error);

    // The helper gets SIGTERM when its parent dies.
    static bool exitWithParent(std::string *error);
};
