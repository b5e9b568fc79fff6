#include "BoxDir.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

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

} // namespace

std::unique_ptr<BoxDir> BoxDir::create(const SandboxConfig &config, uid_t uid, std::string *error)
{
    std::error_code ec;
    std::filesystem::create_directories(config.boxRoot, ec);
    chmod(config.boxRoot.c_str(), 0700);
    const std::string path = config.boxRoot + "/" + std::to_string(uid);
    remove(path); // left behind by a helper that was killed
    const std::string box = path + "/box", root = path + "/root";
    const std::string options = "size=" + std::to_string(config.boxSizeBytes) +
                                ",nr_inodes=" + std::to_string(config.inodes) +
                                ",mode=0700,uid=" + std::to_string(uid) + ",gid=" + std::to_string(uid);
    if (mkdir(path.c_str(), 0700) != 0 || mkdir(box.c_str(), 0700) != 0 ||
        mkdir(root.c_str(), 0700) != 0 ||
        mount("runpad-box", box.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0) {
        *error = "cannot create the box directory " + path + ": " + strerror(errno);
        remove(path);
        return nullptr;
    }
    Fd boxFd(open(box.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    return std::unique_ptr<BoxDir>(new BoxDir(path, uid, std::move(boxFd)));
}

BoxDir::~BoxDir()
{
    m_box.reset();
    remove(m_path);
}

bool BoxDir::writeFile(const std::string &name, const std::string &content, std::string *error)
{
    Fd file(openat(m_box.get(), name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    bool ok = file.isValid() && fchown(file.get(), m_uid, m_uid) == 0;
    for (size_t done = 0; ok && done < content.size();) {
        const ssize_t n = write(file.get(), content.data() + done, content.size() - done);
        ok = n > 0;
        done += ok ? size_t(n) : 0;
    }
    if (!ok)
        *error = "cannot write " + name + " into the box: " + strerror(errno);
    return ok;
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
