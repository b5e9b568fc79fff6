#include "BoxSnapshot.h"

#include "Fd.h"

#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr size_t kMaxFiles = 4096;
constexpr int kMaxDepth = 16;

bool readAll(int fd, std::string *out)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return n == 0;
        out->append(buffer, size_t(n));
    }
}

bool writeAll(int fd, const std::string &data)
{
    for (size_t done = 0; done < data.size();) {
        const ssize_t n = write(fd, data.data() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

// The box that wrote these has ended, but nothing in it is followed all the same.
bool collect(int dirFd, const std::string &prefix, int depth, int64_t maxBytes,
             std::vector<BoxSnapshot::File> *files, int64_t *bytes)
{
    // A description of its own: a dup would share (and move) dirFd's reading position.
    Fd own(openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    DIR *stream = own.isValid() ? fdopendir(own.release()) : nullptr;
    if (!stream)
        return false;
    bool ok = true;
    while (const dirent *entry = readdir(stream)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        Fd fd(openat(dirfd(stream), name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        struct stat info {};
        if (!fd.isValid() || fstat(fd.get(), &info) != 0)
            continue; // a link, or gone
        BoxSnapshot::File file{prefix + name, info.st_mode & 07777, S_ISDIR(info.st_mode), {}};
        if (S_ISDIR(info.st_mode)) {
            files->push_back(file);
            ok = depth < kMaxDepth && collect(fd.get(), file.path + "/", depth + 1, maxBytes, files, bytes);
        } else if (S_ISREG(info.st_mode)) {
            *bytes += info.st_size;
            ok = *bytes <= maxBytes && readAll(fd.get(), &file.content);
            files->push_back(std::move(file));
        }
        if (!ok || files->size() > kMaxFiles) {
            ok = false;
            break;
        }
    }
    closedir(stream);
    return ok;
}

} // namespace

std::optional<BoxSnapshot> BoxSnapshot::take(int boxFd, int64_t maxBytes)
{
    std::vector<File> files;
    int64_t bytes = 0;
    if (!collect(boxFd, "", 0, maxBytes, &files, &bytes))
        return std::nullopt;
    return BoxSnapshot(std::move(files));
}

bool BoxSnapshot::writeTo(int boxFd, uid_t owner) const
{
    for (const File &file : m_files) {
        const char *path = file.path.c_str();
        if (file.isDir) {
            // Writable by its owner until the files are in; a directory the compile left
            // read-only stays so.
            if (mkdirat(boxFd, path, 0700) != 0 || fchownat(boxFd, path, owner, owner, AT_SYMLINK_NOFOLLOW) != 0)
                return false;
            continue;
        }
        Fd fd(openat(boxFd, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!fd.isValid() || fchown(fd.get(), owner, owner) != 0 || !writeAll(fd.get(), file.content) ||
            fchmod(fd.get(), file.mode) != 0)
            return false;
    }
    // Deepest first, so that a read-only directory is finished before its parent is.
    for (auto it = m_files.rbegin(); it != m_files.rend(); ++it) {
        if (it->isDir && fchmodat(boxFd, it->path.c_str(), it->mode, 0) != 0)
            return false;
    }
    return true;
}

int64_t BoxSnapshot::bytes() const
{
    int64_t total = 0;
    for (const File &file : m_files)
        total += int64_t(file.content.size());
    return total;
}

bool BoxSnapshot::isSafePath(const std::string &path)
{
    if (path.empty() || path.front() == '/')
        return false;
    for (size_t start = 0; start <= path.size();) {
        const size_t end = std::min(path.find('/', start), path.size());
        const std::string part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            return false;
        start = end + 1;
    }
    return true;
}
