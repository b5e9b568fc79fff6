#include "Cgroup.h"

#include "CgroupV1.h"
#include "CgroupV2.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace {

// mountinfo escapes blanks and backslashes as octal.
std::string unescape(const std::string &field)
{
    std::string text;
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            text += char(std::stoi(field.substr(i + 1, 3), nullptr, 8));
            i += 3;
        } else {
            text += field[i];
        }
    }
    return text;
}

bool hasWord(const std::string &list, const std::string &word, char separator)
{
    std::istringstream words(list);
    std::string item;
    while (std::getline(words, item, separator)) {
        if (item == word)
            return true;
    }
    return false;
}

} // namespace

std::unique_ptr<Cgroup> Cgroup::open(const std::string &mountInfoPath, std::string *why,
                                     const std::string &ownCgroupPath)
{
    std::ifstream mountInfo(mountInfoPath);
    std::string line, v2Mount, memory, pids, cpuacct;
    while (std::getline(mountInfo, line)) {
        std::istringstream in(line);
        std::vector<std::string> fields;
        for (std::string field; in >> field;)
            fields.push_back(field);
        size_t dash = 6;
        while (dash < fields.size() && fields[dash] != "-")
            ++dash;
        // Only whole hierarchies: a bind of a sub-cgroup is not where the helper belongs.
        if (fields.size() < dash + 4 || fields[3] != "/")
            continue;
        const std::string mountPoint = unescape(fields[4]);
        const std::string &type = fields[dash + 1];
        if (type == "cgroup2") {
            const std::string controllers = readFile(mountPoint + "/cgroup.controllers");
            if (hasWord(controllers, "memory", ' ') && hasWord(controllers, "pids", ' ') &&
                v2Mount.empty())
                v2Mount = mountPoint;
        } else if (type == "cgroup") {
            const std::string &options = fields[dash + 3];
            for (auto [name, where] :
                 {std::pair{"memory", &memory}, {"pids", &pids}, {"cpuacct", &cpuacct}}) {
                if (hasWord(options, name, ',') && where->empty())
                    *where = mountPoint;
            }
        }
    }
    if (!ownCgroupPath.empty()) {
        // cgroup v2's line in /proc/self/cgroup is "0::/path".
        const std::string own = readFile(ownCgroupPath);
        const auto v2Line = own.rfind("0::/");
        if (v2Mount.empty() || v2Line == std::string::npos ||
            (v2Line != 0 && own[v2Line - 1] != '\n')) {
            *why = "rootless boxes need a delegated cgroup v2 subtree, and this host has none";
            return nullptr;
        }
        const std::string relative = own.substr(v2Line + 3, own.find('\n', v2Line) - v2Line - 3);
        return CgroupV2::openDelegated(relative == "/" ? v2Mount : v2Mount + relative, why);
    }
    if (!v2Mount.empty())
        return CgroupV2::openParent(v2Mount, why);
    if (!memory.empty() && !pids.empty() && !cpuacct.empty())
        return CgroupV1::openParent(memory, pids, cpuacct, why);
    *why = "no cgroup hierarchy with the memory and pids controllers is mounted";
    return nullptr;
}

std::string Cgroup::readFile(const std::string &path)
{
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    std::string value = text.str();
    while (!value.empty() && value.back() == '\n')
        value.pop_back();
    return value;
}

bool Cgroup::writeFile(const std::string &path, const std::string &value)
{
    // O_CREAT is harmless on cgroupfs (its files exist or cannot be made) and lets tests use a
    // plain directory.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool written = write(fd, value.data(), value.size()) == ssize_t(value.size());
    return close(fd) == 0 && written;
}

bool Cgroup::exists(const std::string &path)
{
    return access(path.c_str(), F_OK) == 0;
}

int64_t Cgroup::keyedValue(const std::string &path, const std::string &key)
{
    std::istringstream lines(readFile(path));
    std::string name;
    int64_t value = 0;
    while (lines >> name >> value) {
        if (name == key)
            return value;
    }
    return -1;
}

int64_t Cgroup::numberIn(const std::string &path)
{
    const std::string text = readFile(path);
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        return -1;
    return std::stoll(text);
}

void Cgroup::killAndRemove(const std::string &path)
{
    if (exists(path + "/cgroup.kill"))
        writeFile(path + "/cgroup.kill", "1");
    killListed(path + "/cgroup.procs");
    removeDirectory(path);
}

bool Cgroup::killListed(const std::string &procsPath)
{
    for (int round = 0; round < 100; ++round) {
        std::istringstream pids(readFile(procsPath));
        bool any = false;
        for (pid_t pid; pids >> pid;) {
            kill(pid, SIGKILL);
            any = true;
        }
        if (!any)
            return true;
        usleep(1000);
    }
    return false;
}

bool Cgroup::removeDirectory(const std::string &path)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (rmdir(path.c_str()) == 0 || errno == ENOENT)
            return true;
        if (errno != EBUSY)
            return false;
        usleep(1000);
    }
    return false;
}
