#include "BoxBinds.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr unsigned long kRootFlags = MS_NOSUID | MS_NODEV;
constexpr size_t kStackBytes = 64 << 10;

// What the parent sets up and the child, sharing its memory, fills in: the child allocates
// nothing (the parent's heap is not its own to change).
struct Work {
    const std::vector<RootFs::Bind> *binds;
    const PeerPolicy::Peer *client;
    int initPidfd;
    std::vector<int> trees;           // one per bind, opened by the child (its own fd table)
    std::vector<char> isDirectory;
    const char *step = nullptr;       // the step that failed
    const char *where = nullptr;      // the path it failed on, if any
    int error = 0;
};

// A directory on the way to a bind, made unless it is there; a link there is refused (the box
// is untouched by any program yet, but its root binds the host's links such as /bin).
bool makeDirectory(const char *path)
{
    struct stat info {};
    if (mkdir(path, 0755) == 0)
        return true;
    if (errno == EEXIST && lstat(path, &info) == 0 && !S_ISDIR(info.st_mode))
        errno = ELOOP;
    return errno == EEXIST;
}

bool makeMountPoint(const std::string &boxPath, bool isDirectory)
{
    char path[PATH_MAX];
    if (boxPath.size() >= sizeof path) {
        errno = ENAMETOOLONG;
        return false;
    }
    memcpy(path, boxPath.c_str(), boxPath.size() + 1);
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        const bool made = makeDirectory(path);
        *slash = '/';
        if (!made)
            return false;
    }
    if (isDirectory)
        return makeDirectory(path);
    const int fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    return fd >= 0 && close(fd) == 0;
}

bool fail(Work *work, const char *step, const char *where = nullptr)
{
    work->step = step;
    work->where = where;
    work->error = errno;
    return false;
}

// In the child. Raw syscalls for the credentials: glibc's wrappers would signal the parent's
// threads, whose memory this is.
bool attachInChild(Work *work)
{
    const PeerPolicy::Peer &client = *work->client;
    const std::vector<RootFs::Bind> &binds = *work->binds;
    // As the client for the lookups: its groups, then its filesystem ids, which also take the
    // capabilities that pass over file permissions (CAP_SYS_ADMIN, for the clone, stays).
    if (syscall(SYS_setgroups, client.groups.size(), client.groups.data()) != 0)
        return fail(work, "take the client's groups");
    syscall(SYS_setfsgid, client.gid);
    syscall(SYS_setfsuid, client.uid);
    if (syscall(SYS_setfsuid, -1) != long(client.uid) || syscall(SYS_setfsgid, -1) != long(client.gid)) {
        errno = EPERM;
        return fail(work, "take the client's uid");
    }
    for (size_t i = 0; i < binds.size(); ++i) {
        const char *host = binds[i].hostPath.c_str();
        work->trees[i] = open_tree(AT_FDCWD, host, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
        if (work->trees[i] < 0)
            return fail(work, "open the host path with the client's access", host);
        mount_attr attributes{};
        attributes.attr_set = MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | (binds[i].writable ? 0 : MOUNT_ATTR_RDONLY);
        struct stat info {};
        if (mount_setattr(work->trees[i], "", AT_EMPTY_PATH, &attributes, sizeof attributes) != 0 ||
            fstat(work->trees[i], &info) != 0)
            return fail(work, "limit the bind", host);
        work->isDirectory[i] = S_ISDIR(info.st_mode);
    }
    syscall(SYS_setfsuid, 0);
    syscall(SYS_setfsgid, 0);
    // Into the box's mount namespace, whose root is the box's root.
    if (setns(work->initPidfd, CLONE_NEWNS) != 0)
        return fail(work, "enter the box's mount namespace");
    if (mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | kRootFlags, nullptr) != 0)
        return fail(work, "make the box's root writable");
    for (size_t i = 0; i < binds.size(); ++i) {
        const char *target = binds[i].boxPath.c_str();
        if (!makeMountPoint(binds[i].boxPath, work->isDirectory[i]))
            return fail(work, "make the mount point", target);
        if (move_mount(work->trees[i], "", AT_FDCWD, target, MOVE_MOUNT_F_EMPTY_PATH) != 0)
            return fail(work, "attach the bind", target);
    }
    if (mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | kRootFlags, nullptr) != 0)
        return fail(work, "make the box's root read-only again");
    return true;
}

} // namespace

bool BoxBinds::attach(int initPidfd, const std::vector<RootFs::Bind> &binds, const PeerPolicy::Peer &client,
                      std::string *error)
{
    Work work{&binds, &client, initPidfd, std::vector<int>(binds.size(), -1),
              std::vector<char>(binds.size(), 0)};
    void *stack = mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) {
        *error = std::string("cannot bind --dir paths: ") + strerror(errno);
        return false;
    }
    // A child of its own, for it changes its groups, ids and mount namespace. Like posix_spawn it
    // borrows the helper's memory while the helper waits (CLONE_VM | CLONE_VFORK): nothing is
    // copied, and nothing runs beside it.
    const pid_t child = clone(
        [](void *argument) -> int { return attachInChild(static_cast<Work *>(argument)) ? 0 : 1; },
        static_cast<char *>(stack) + kStackBytes, CLONE_VM | CLONE_VFORK | SIGCHLD, &work);
    const int cloneError = errno;
    int status = 0;
    while (child > 0 && waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    munmap(stack, kStackBytes);
    if (child < 0) {
        *error = std::string("cannot bind --dir paths: ") + strerror(cloneError);
        return false;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return true;
    *error = work.step ? std::string("cannot ") + work.step + (work.where ? std::string(" ") + work.where : "") +
                             ": " + strerror(work.error)
                       : "cannot bind --dir paths: the helper's child ended";
    return false;
}
