#include "RootFs.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

constexpr unsigned long kReadOnly = MS_RDONLY | MS_NOSUID | MS_NODEV;

// What the toolchains need from /etc: the dynamic loader's cache, alternatives, names.
const char *const kEtcEntries[] = {
    "alternatives", "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime",
    "passwd",       "group",       "hosts",      "ssl",
};

// The box's own name service switch: its files and nothing else. The host's may name other
// databases (systemd, LDAP), and each lookup of the box uid, which no file lists, would load
// their modules into the program (bash does one at every start) only to find nothing.
const char kNsswitch[] = "passwd: files\ngroup: files\nshadow: files\ngshadow: files\n"
                         "hosts: files\nnetworks: files\nprotocols: files\nservices: files\n"
                         "ethers: files\nrpc: files\nnetgroup: files\n";

// Host directories the box sees, read-only.
const char *const kHostDirectories[] = {"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"};

const char *const kDevices[] = {"null", "zero", "full", "random", "urandom"};

// Flags a bind remount must keep, or the kernel refuses it (locked mount flags).
unsigned long lockedFlags(const char *path)
{
    struct statvfs info {};
    if (statvfs(path, &info) != 0)
        return 0;
    unsigned long flags = 0;
    if (info.f_flag & ST_NOEXEC)
        flags |= MS_NOEXEC;
    if (info.f_flag & ST_NOSUID)
        flags |= MS_NOSUID;
    if (info.f_flag & ST_NODEV)
        flags |= MS_NODEV;
    if (info.f_flag & ST_NOATIME)
        flags |= MS_NOATIME;
    if (info.f_flag & ST_RELATIME)
        flags |= MS_RELATIME;
    return flags;
}

} // namespace

RootFs::RootFs(const SandboxConfig &config, const std::string &newRoot, const std::string &boxDir,
               const std::vector<Bind> &extraBinds)
    : m_root(newRoot)
{
    if (config.sharedRoot.path.empty())
        addReadOnlyPart(config, m_root);
    else
        addSharedPart(config.sharedRoot);
    // Each box's own: its shared memory, /proc, /tmp and /box.
    const std::string tmpOptions = "size=" + std::to_string(config.tmpSizeBytes) +
                                   ",nr_inodes=" + std::to_string(config.inodes) + ",mode=1777";
    m_steps.push_back({Kind::Mount, m_root + "/dev/shm", "tmpfs", "tmpfs", tmpOptions,
                       MS_NOSUID | MS_NODEV | MS_NOEXEC, "mount /dev/shm"});
    // hidepid=invisible: the program does not even see its init, which is not dumpable.
    addMount(m_root, "/proc", "proc", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
             "hidepid=invisible");
    addMount(m_root, "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, tmpOptions);
    m_steps.push_back({Kind::Dir, m_root + "/box", {}, {}, {}, 0, "mkdir /box"});
    m_steps.push_back({Kind::Bind, m_root + "/box", boxDir, {}, {}, MS_NOSUID | MS_NODEV, "bind /box"});
    // Last, so that they land in the box's mounts (a --dir under /tmp is in the box's /tmp).
    for (const Bind &bind : extraBinds)
        addExtraBind(bind);
}

bool RootFs::buildShared(SandboxConfig *config, const std::string &path, std::string *error)
{
    RootFs shared;
    shared.m_root = path;
    shared.addReadOnlyPart(*config, path);
    if (mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) {
        *error = "cannot create " + path + ": " + strerror(errno);
        return false;
    }
    const char *failed = nullptr;
    if (mount("runpad-shared-root", path.c_str(), "tmpfs", MS_NOSUID | MS_NODEV,
              "size=1m,nr_inodes=1024,mode=0755") != 0)
        failed = "mount the shared root's tmpfs";
    else if (!(failed = shared.run()) &&
             mount(nullptr, path.c_str(), nullptr, MS_REMOUNT | MS_BIND | kReadOnly, nullptr) != 0)
        failed = "make the shared root read-only";
    if (failed) {
        *error = std::string("cannot build the boxes' shared root: ") + failed + ": " + strerror(errno);
        umount2(path.c_str(), MNT_DETACH);
        return false;
    }
    // What each box binds from it: the plan's top-level directories and links.
    config->sharedRoot = {path, {}};
    for (const Step &step : shared.m_steps) {
        const std::string entry = step.target.substr(path.size());
        const bool topLevel = entry.find('/', 1) == std::string::npos;
        if (topLevel && step.kind == Kind::Dir)
            config->sharedRoot.entries.push_back({entry, {}});
        else if (topLevel && step.kind == Kind::Symlink)
            config->sharedRoot.entries.push_back({entry, step.source});
    }
    return true;
}

void RootFs::addReadOnlyPart(const SandboxConfig &config, const std::string &base)
{
    // Host directories: merged-/usr symlinks are copied as symlinks, real directories bound.
    for (const char *path : kHostDirectories)
        addHostPath(base, path, kReadOnly);
    m_steps.push_back({Kind::Dir, base + "/etc", {}, {}, {}, 0, "mkdir /etc"});
    for (const char *entry : kEtcEntries)
        addHostPath(base, std::string("/etc/") + entry, kReadOnly);
    m_steps.push_back({Kind::Text, base + "/etc/nsswitch.conf", {}, {}, kNsswitch, 0,
                       "write /etc/nsswitch.conf"});
    for (const std::string &entry : config.toolchainEtcEntries)
        addHostPath(base, "/etc/" + entry, kReadOnly);

    addMount(base, "/dev", "tmpfs", MS_NOSUID | MS_NOEXEC, "size=64k,nr_inodes=64,mode=0755");
    for (const char *device : kDevices) {
        const std::string target = base + "/dev/" + device;
        m_steps.push_back({Kind::File, target, {}, {}, {}, 0, "create a /dev node"});
        m_steps.push_back({Kind::Bind, target, std::string("/dev/") + device, {}, {},
                           MS_RDONLY | MS_NOSUID | MS_NOEXEC, "bind a /dev node"});
    }
    const std::pair<const char *, const char *> links[] = {
        {"/proc/self/fd", "fd"}, {"/proc/self/fd/0", "stdin"},
        {"/proc/self/fd/1", "stdout"}, {"/proc/self/fd/2", "stderr"}};
    for (const auto &[source, name] : links)
        m_steps.push_back({Kind::Symlink, base + "/dev/" + name, source, {}, {}, 0, "link in /dev"});
    // The mount point of each box's own /dev/shm.
    m_steps.push_back({Kind::Dir, base + "/dev/shm", {}, {}, {}, 0, "mkdir /dev/shm"});
    m_steps.push_back({Kind::RemountReadOnly, base + "/dev", {}, {}, {}, MS_NOSUID | MS_NOEXEC,
                       "make /dev read-only"});
}

void RootFs::addSharedPart(const SandboxConfig::SharedRoot &shared)
{
    for (const auto &entry : shared.entries) {
        if (!entry.linkTarget.empty()) {
            m_steps.push_back({Kind::Symlink, m_root + entry.path, entry.linkTarget, {}, {}, 0,
                               "link " + entry.path});
            continue;
        }
        m_steps.push_back({Kind::Dir, m_root + entry.path, {}, {}, {}, 0, "mkdir " + entry.path});
        m_steps.push_back({Kind::BindTree, m_root + entry.path, shared.path + entry.path, {}, {}, 0,
                           "bind " + entry.path});
    }
}

bool RootFs::showsHostFile(const std::string &path)
{
    char real[PATH_MAX];
    if (!realpath(path.c_str(), real))
        return false;
    const std::string resolved = real;
    for (const char *directory : kHostDirectories) {
        if (resolved.starts_with(std::string(directory) + "/"))
            return true;
    }
    return false;
}

bool RootFs::isValidBoxPath(const std::string &boxPath, std::string *error)
{
    if (boxPath.empty() || boxPath[0] != '/' || boxPath.size() > 1024 || boxPath.find('\0') != std::string::npos) {
        *error = "'" + boxPath + "' is not an absolute path in the box";
        return false;
    }
    if (boxPath.back() == '/' || boxPath.find("//") != std::string::npos ||
        boxPath.find("/./") != std::string::npos || boxPath.find("/../") != std::string::npos ||
        boxPath.ends_with("/.") || boxPath.ends_with("/..")) {
        *error = "'" + boxPath + "' must be a plain path, without '.', '..', '//' or a trailing '/'";
        return false;
    }
    for (const char *own : {"/box", "/proc", "/dev"}) {
        const std::string prefix = std::string(own) + "/";
        if (boxPath == own || boxPath.starts_with(prefix)) {
            *error = "'" + boxPath + "' is inside the box's own " + own;
            return false;
        }
    }
    return true;
}

// Every missing directory on the way is made in the box's root (a read-only bind on the way
// makes that fail, which is right), none of them a link: before pivot_root an absolute link
// such as a merged-/usr /lib64 would lead to the host's files.
void RootFs::addExtraBind(const Bind &bind)
{
    struct stat info {};
    const bool isDir = stat(bind.hostPath.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    for (size_t slash = bind.boxPath.find('/', 1); slash != std::string::npos;
         slash = bind.boxPath.find('/', slash + 1))
        m_steps.push_back({Kind::SafeDir, m_root + bind.boxPath.substr(0, slash), {}, {}, {}, 0,
                           "make the way to --dir " + bind.boxPath});
    m_steps.push_back({isDir ? Kind::SafeDir : Kind::File, m_root + bind.boxPath, {}, {}, {}, 0,
                       "create --dir " + bind.boxPath});
    m_steps.push_back({Kind::Bind, m_root + bind.boxPath, bind.hostPath, {}, {},
                       bind.writable ? MS_NOSUID | MS_NODEV : kReadOnly, "bind --dir " + bind.boxPath});
}

void RootFs::addHostPath(const std::string &base, const std::string &hostPath, unsigned long flags)
{
    struct stat info {};
    if (lstat(hostPath.c_str(), &info) != 0)
        return;
    const std::string target = base + hostPath;
    if (S_ISLNK(info.st_mode)) {
        char link[4096];
        const ssize_t n = readlink(hostPath.c_str(), link, sizeof link - 1);
        if (n > 0)
            m_steps.push_back({Kind::Symlink, target, std::string(link, size_t(n)), {}, {}, 0,
                               "link " + hostPath});
        return;
    }
    const Kind kind = S_ISDIR(info.st_mode) ? Kind::Dir : Kind::File;
    m_steps.push_back({kind, target, {}, {}, {}, 0, "create " + hostPath});
    m_steps.push_back({Kind::Bind, target, hostPath, {}, {}, flags, "bind " + hostPath});
}

void RootFs::addMount(const std::string &base, const std::string &target, const std::string &type,
                      unsigned long flags, const std::string &data)
{
    m_steps.push_back({Kind::Dir, base + target, {}, {}, {}, 0, "mkdir " + target});
    m_steps.push_back({Kind::Mount, base + target, type, type, data, flags, "mount " + target});
}

const char *RootFs::build() const
{
    // Nothing done here may propagate back to the host.
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return "make / private";
    if (mount("runpad-root", m_root.c_str(), "tmpfs", MS_NOSUID | MS_NODEV,
              "size=1m,nr_inodes=1024,mode=0755") != 0)
        return "mount the root tmpfs";
    if (const char *failed = run())
        return failed;
    // pivot_root(".", ".") stacks the old root under the new one; detaching it leaves no way back.
    if (chdir(m_root.c_str()) != 0 || syscall(SYS_pivot_root, ".", ".") != 0 ||
        umount2(".", MNT_DETACH) != 0 || chdir("/") != 0)
        return "pivot_root";
    if (mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | kReadOnly, nullptr) != 0)
        return "make / read-only";
    return nullptr;
}

const char *RootFs::run() const
{
    for (const Step &step : m_steps) {
        const char *target = step.target.c_str();
        struct stat info {};
        bool ok = true;
        switch (step.kind) {
        case Kind::Dir:
            ok = mkdir(target, 0755) == 0 || errno == EEXIST;
            break;
        case Kind::SafeDir:
            ok = mkdir(target, 0755) == 0 ||
                 (errno == EEXIST && lstat(target, &info) == 0 && S_ISDIR(info.st_mode));
            if (!ok && errno == EEXIST)
                errno = ELOOP;
            break;
        case Kind::File: {
            // O_NOFOLLOW: never create a file through a link.
            const int fd = open(target, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
            ok = fd >= 0 && close(fd) == 0;
            break;
        }
        case Kind::Text: {
            const int fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
            ok = fd >= 0 && write(fd, step.data.data(), step.data.size()) == ssize_t(step.data.size());
            ok = fd >= 0 && close(fd) == 0 && ok;
            break;
        }
        case Kind::Symlink:
            ok = symlink(step.source.c_str(), target) == 0;
            break;
        case Kind::Bind:
            // A bind ignores flags; the remount applies them (and keeps the locked ones).
            ok = mount(step.source.c_str(), target, nullptr, MS_BIND, nullptr) == 0 &&
                 mount(nullptr, target, nullptr,
                       MS_REMOUNT | MS_BIND | step.flags | lockedFlags(target), nullptr) == 0;
            break;
        case Kind::BindTree:
            // The copies keep each mount's flags: the shared part is read-only throughout.
            ok = mount(step.source.c_str(), target, nullptr, MS_BIND | MS_REC, nullptr) == 0;
            break;
        case Kind::Mount:
            ok = mount(step.source.c_str(), target, step.type.c_str(), step.flags,
                       step.data.c_str()) == 0;
            break;
        case Kind::RemountReadOnly:
            ok = mount(nullptr, target, nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | step.flags,
                       nullptr) == 0;
            break;
        }
        if (!ok)
            return step.what.c_str();
    }
    return nullptr;
}
