#include "CgroupV2.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

std::unique_ptr<CgroupV2> CgroupV2::openParent(const std::string &mountPoint, std::string *why)
{
    // cpu.stat's usage_usec needs no controller.
    const std::string enable = "+memory +pids";
    const std::string path = mountPoint + "/runpad-sandbox";
    // The root may hand controllers to children and have processes; runpad-sandbox has none,
    // so it may hand them on to the boxes.
    if (!writeFile(mountPoint + "/cgroup.subtree_control", enable)) {
        *why = "cannot enable " + enable + " in " + mountPoint + ": " + strerror(errno);
        return nullptr;
    }
    auto parent = std::make_unique<CgroupV2>(path, false, enable);
    if (!parent->makeParent()) {
        *why = "cannot set up " + path + ": " + strerror(errno);
        return nullptr;
    }
    return parent;
}

std::unique_ptr<CgroupV2> CgroupV2::openDelegated(const std::string &ownCgroup, std::string *why)
{
    const std::string controllers = " " + readFile(ownCgroup + "/cgroup.controllers") + " ";
    if (controllers.find(" memory ") == std::string::npos ||
        controllers.find(" pids ") == std::string::npos ||
        access((ownCgroup + "/cgroup.subtree_control").c_str(), W_OK) != 0 ||
        access((ownCgroup + "/cgroup.procs").c_str(), W_OK) != 0) {
        *why = "the helper's cgroup " + ownCgroup +
               " is not delegated to its user with the memory "
               "and pids controllers (start it with systemd-run --user --scope -p Delegate=yes)";
        return nullptr;
    }
    std::istringstream members(readFile(ownCgroup + "/cgroup.procs"));
    for (pid_t pid; members >> pid;) {
        if (pid != getpid()) {
            *why = "the helper's cgroup " + ownCgroup +
                   " also holds other processes (start it in a "
                   "scope of its own: systemd-run --user --scope -p Delegate=yes)";
            return nullptr;
        }
    }
    const std::string leaf = ownCgroup + "/helper";
    if ((mkdir(leaf.c_str(), 0755) != 0 && errno != EEXIST) ||
        !writeFile(leaf + "/cgroup.procs", std::to_string(getpid())) ||
        !writeFile(ownCgroup + "/cgroup.subtree_control", "+memory +pids")) {
        *why = "cannot set up the delegated cgroup " + ownCgroup + ": " + strerror(errno);
        return nullptr;
    }
    return openParent(ownCgroup, why);
}

CgroupV2::CgroupV2(std::string path, bool isBox, std::string enable)
    : m_path(std::move(path)), m_isBox(isBox), m_enable(std::move(enable))
{
}

bool CgroupV2::makeParent() const
{
    return (mkdir(m_path.c_str(), 0755) == 0 || errno == EEXIST) &&
           writeFile(m_path + "/cgroup.subtree_control", m_enable);
}

CgroupV2::~CgroupV2()
{
    if (!m_isBox) {
        rmdir(m_path.c_str()); // fails while another helper still has boxes in it
        return;
    }
    m_dir.reset();
    if (!m_released)
        killAndRemove(m_path);
}

std::vector<std::string> CgroupV2::releaseDirectories()
{
    m_released = true;
    return {m_path};
}

std::unique_ptr<Cgroup> CgroupV2::createBox(const std::string &name, const Limits &limits,
                                            std::string *error) const
{
    const std::string path = m_path + "/" + name;
    // Only when the directory cannot be made is there a box to clear or a parent to make again.
    bool made = mkdir(path.c_str(), 0755) == 0;
    if (!made && errno == EEXIST) {
        {
            const CgroupV2 stale(path, true); // a killed helper's: its destructor clears it
        }
        made = mkdir(path.c_str(), 0755) == 0;
    } else if (!made && errno == ENOENT) {
        made = makeParent() && mkdir(path.c_str(), 0755) == 0;
    }
    auto box = std::make_unique<CgroupV2>(path, true);
    const char *step = nullptr;
    if (!made)
        step = "create";
    else if (limits.memoryBytes && !box->setMemoryLimit(*limits.memoryBytes))
        step = "set memory.max of";
    // Swap would let the program go past its memory limit, only slower.
    else if (exists(m_path + "/memory.swap.max") && !writeFile(path + "/memory.swap.max", "0"))
        step = "set memory.swap.max of";
    // Out of memory, the whole box goes, not just the largest process.
    else if (exists(m_path + "/memory.oom.group") && !writeFile(path + "/memory.oom.group", "1"))
        step = "set memory.oom.group of";
    else if (!writeFile(path + "/pids.max", std::to_string(limits.processes)))
        step = "set pids.max of";
    if (!step) {
        box->m_dir.reset(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!box->m_dir.isValid())
            step = "open";
    }
    if (step) {
        *error =
            std::string("cannot ") + step + " the box's cgroup " + path + ": " + strerror(errno);
        return nullptr;
    }
    return box;
}

bool CgroupV2::addProcess(pid_t pid) const
{
    return writeFile(m_path + "/cgroup.procs", std::to_string(pid));
}

bool CgroupV2::setMemoryLimit(int64_t bytes)
{
    return writeFile(m_path + "/memory.max", std::to_string(bytes));
}

bool CgroupV2::setProcessLimit(int64_t processes)
{
    return writeFile(m_path + "/pids.max", std::to_string(processes));
}

int64_t CgroupV2::cpuTimeUs() const
{
    return std::max<int64_t>(0, keyedValue(m_path + "/cpu.stat", "usage_usec"));
}

int64_t CgroupV2::peakMemoryBytes() const
{
    // memory.peak is Linux 5.19; before it, what is still charged at the end is the best there is.
    const int64_t peak = numberIn(m_path + "/memory.peak");
    return std::max<int64_t>(0, peak >= 0 ? peak : numberIn(m_path + "/memory.current"));
}

bool CgroupV2::memoryLimitHit() const
{
    return keyedValue(m_path + "/memory.events", "oom_kill") > 0;
}
