#include "HostSetup.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <linux/capability.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

bool HostSetup::hasPrivileges(std::string *error)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    const bool admin = syscall(SYS_capget, &header, data) == 0 &&
                       (data[0].effective & (1u << CAP_SYS_ADMIN)) != 0;
    if (geteuid() == 0 && admin)
        return true;
    *error = "runpad-sandbox needs root privileges to build its sandbox; start it as root "
             "(for example with sudo or as the packaged systemd service). Rootless mode is not "
             "available yet.";
    return false;
}

bool HostSetup::isolateMounts(std::string *error)
{
    if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *error = std::string("cannot create the helper's mount namespace: ") + strerror(errno);
        return false;
    }
    return true;
}

bool HostSetup::exitWithParent(std::string *error)
{
    const pid_t parent = getppid();
    if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0) {
        *error = std::string("cannot watch the parent process: ") + strerror(errno);
        return false;
    }
    // The parent may have died before prctl.
    if (getppid() != parent) {
        *error = "the parent process has already exited";
        return false;
    }
    return true;
}
