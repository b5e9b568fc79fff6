#include "HostSetup.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <linux/capability.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Root of a container's user namespace cannot give boxes host uids or touch the host's cgroups:
// it is rootless too.
bool inInitialUserNamespace()
{
    unsigned long inside = 1, outside = 1, count = 0;
    FILE *map = fopen("/proc/self/uid_map", "re");
    const bool read = map && fscanf(map, "%lu %lu %lu", &inside, &outside, &count) == 3;
    if (map)
        fclose(map);
    return read && inside == 0 && outside == 0 && count == 4294967295UL;
}

} // namespace

bool HostSetup::isPrivileged()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    const bool admin = syscall(SYS_capget, &header, data) == 0 &&
                       (data[0].effective & (1u << CAP_SYS_ADMIN)) != 0;
    return geteuid() == 0 && admin && inInitialUserNamespace();
}

bool HostSetup::canUseUserNamespaces(std::string *error)
{
    // The only reliable test is to try: distributions gate it with different sysctls
    // (kernel.unprivileged_userns_clone, user.max_user_namespaces, AppArmor's
    // apparmor_restrict_unprivileged_userns). A child tries, so the helper stays as it is.
    const pid_t child = fork();
    if (child == 0)
        _exit(unshare(CLONE_NEWUSER) == 0 ? 0 : 1);
    int status = 0;
    if (child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) &&
        WEXITSTATUS(status) == 0)
        return true;
    *error = "runpad-sandbox cannot build its sandbox: it is not running as root, and this system "
             "does not let ordinary users create user namespaces (see the sysctls "
             "kernel.unprivileged_userns_clone and user.max_user_namespaces). Start it as root, "
             "for example as the packaged systemd service, or allow user namespaces.";
    return false;
}

std::string HostSetup::rootlessStateDir(std::string *error)
{
    struct stat info {};
    const char *runtimeDir = getenv("XDG_RUNTIME_DIR");
    std::string dir = "/tmp/runpad-sandbox-" + std::to_string(geteuid());
    if (runtimeDir && *runtimeDir == '/' && stat(runtimeDir, &info) == 0 && info.st_uid == geteuid())
        dir = std::string(runtimeDir) + "/runpad-sandbox";
    if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
        *error = "cannot create " + dir + ": " + strerror(errno);
        return {};
    }
    if (lstat(dir.c_str(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != geteuid() ||
        (info.st_mode & 077) != 0) {
        *error = dir + " is not a private directory of this user; remove it and start again";
        return {};
    }
    return dir;
}

std::string HostSetup::rootlessCacheDir(const std::string &stateDir)
{
    struct stat info {};
    const char *cacheHome = getenv("XDG_CACHE_HOME");
    if (cacheHome && *cacheHome == '/')
        return std::string(cacheHome) + "/runpad-sandbox";
    const char *home = getenv("HOME");
    if (home && *home == '/' && stat(home, &info) == 0 && info.st_uid == geteuid())
        return std::string(home) + "/.cache/runpad-sandbox";
    return stateDir + "/cache";
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
