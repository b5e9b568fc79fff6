#include "BoxDir.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

void removeAt(int parentFd, const char *name, int depth)
{
    if (unlinkat(parentFd, name, 0) == 0 || errno == ENOENT)
        return;
    Fd dir(openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.isValid() || depth > 64)
        return;
    DIR *stream = fdopendir(dir.release());
    if (!stream)
        return;
    while (const dirent *entry = readdir(stream)) {
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0)
            removeAt(dirfd(stream), entry->d_name, depth + 1);
    }
    closedir(stream);
    unlinkat(parentFd, name, AT_REMOVEDIR);
}

// Box directories are made and removed by path, so no other user may be able to change any
// directory on the way to them: each must be the helper's (or root's) and writable by nobody
// else, unless sticky like /tmp. The box root itself becomes private.
bool secureRoot(const std::string &path, std::string *error)
{
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    Fd dir(open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    std::string walked;
    for (const auto &part : std::filesystem::absolute(path).relative_path()) {
        walked += "/" + part.string();
        dir.reset(openat(dir.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        struct stat info {};
        if (!dir.isValid() || fstat(dir.get(), &info) != 0) {
            *error = "cannot open the box root " + walked + ": " + strerror(errno);
            return false;
        }
        const bool othersWrite =
            (info.st_mode & (S_IWGRP | S_IWOTH)) != 0 && !(info.st_mode & S_ISVTX);
        if ((info.st_uid != 0 && info.st_uid != geteuid()) || othersWrite) {
            *error = "the box root " + path + " is not safe: " + walked +
                     " belongs to, or can be changed by, another user";
            return false;
        }
    }
    if (!dir.isValid() || fchmod(dir.get(), 0700) != 0) {
        *error = "cannot make the box root " + path + " private: " + strerror(errno);
        return false;
    }
    return true;
}

} // namespace

bool BoxDir::prepareRoot(const SandboxConfig &config, std::string *error)
{
    if (!secureRoot(config.boxRoot, error))
        return false;
    // Only directories and mount points live here: each box's /box is a tmpfs of its own.
    if (!config.rootless && mount("runpad-boxes", config.boxRoot.c_str(), "tmpfs",
                                  MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=1m,mode=0700") != 0) {
        *error = "cannot mount the box root " + config.boxRoot + ": " + strerror(errno);
        return false;
    }
    return true;
}

std::unique_ptr<BoxDir> BoxDir::create(const SandboxConfig &config, uid_t uid, std::string *error)
{
    const std::string path = config.boxRoot + "/" + std::to_string(uid);
    remove(path); // left behind by a helper that was killed
    const std::string box = path + "/box", root = path + "/root";
    const std::string options = "size=" + std::to_string(config.boxSizeBytes) +
                                ",nr_inodes=" + std::to_string(config.inodes) +
                                ",mode=0700,uid=" + std::to_string(uid) +
                                ",gid=" + std::to_string(uid);
    // Rootless, the helper cannot mount: /box is a plain directory of the helper's uid, which
    // the box's user namespace maps to the box uid. Its files are capped one by one
    // (RLIMIT_FSIZE), not in total.
    if (mkdir(path.c_str(), 0700) != 0 || mkdir(box.c_str(), 0700) != 0 ||
        mkdir(root.c_str(), 0700) != 0 ||
        (!config.rootless &&
         mount("runpad-box", box.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0)) {
        *error = "cannot create the box directory " + path + ": " + strerror(errno);
        remove(path);
        return nullptr;
    }
    Fd boxFd(open(box.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    // Rootless files stay the helper's (fchown with -1 changes nothing).
    const uid_t owner = config.rootless ? uid_t(-1) : uid;
    return std::unique_ptr<BoxDir>(new BoxDir(path, owner, std::move(boxFd)));
}

BoxDir::~BoxDir()
{
    m_box.reset();
    if (!m_released)
        remove(m_path);
}

std::string BoxDir::releasePath()
{
    m_box.reset();
    m_released = true;
    return m_path;
}

bool BoxDir::writeFile(const std::string &name, const std::string &content, std::string *error)
{
    Fd file(openat(m_box.get(), name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                   0644));
    bool ok = file.isValid() && fchown(file.get(), m_owner, m_owner) == 0;
    for (size_t done = 0; ok && done < content.size();) {
        const ssize_t n = write(file.get(), content.data() + done, content.size() - done);
        ok = n > 0;
        done += ok ? size_t(n) : 0;
    }
    if (!ok)
        *error = "cannot write " + name + " into the box: " + strerror(errno);
    return ok;
}

void BoxDir::clear()
{
    // A description of its own: a dup would share (and move) the box fd's reading position.
    Fd own(openat(m_box.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    DIR *stream = own.isValid() ? fdopendir(own.release()) : nullptr;
    if (!stream)
        return;
    std::vector<std::string> names;
    while (const dirent *entry = readdir(stream)) {
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0)
            names.push_back(entry->d_name);
    }
    closedir(stream);
    for (const std::string &name : names)
        removeAt(m_box.get(), name.c_str(), 0);
}

void BoxDir::remove(const std::string &path)
{
    umount2((path + "/box").c_str(), MNT_DETACH | UMOUNT_NOFOLLOW);
    umount2((path + "/root").c_str(), MNT_DETACH | UMOUNT_NOFOLLOW);
    const auto slash = path.rfind('/');
    Fd parent(open(path.substr(0, slash).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (parent.isValid())
        removeAt(parent.get(), path.c_str() + slash + 1, 0);
}
