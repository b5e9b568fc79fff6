#include "CgroupV1.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

std::unique_ptr<CgroupV1> CgroupV1::openParent(const std::string &memoryMount,
                                               const std::string &pidsMount,
                                               const std::string &cpuacctMount, std::string *why)
{
    auto parent =
        std::make_unique<CgroupV1>(memoryMount + "/runpad-sandbox", pidsMount + "/runpad-sandbox",
                                   cpuacctMount + "/runpad-sandbox", false, false);
    if (!parent->makeDirectories(true)) {
        *why = "cannot create " + parent->m_memory + " and its siblings: " + strerror(errno);
        return nullptr;
    }
    parent->m_swapAccounted = exists(parent->m_memory + "/memory.memsw.limit_in_bytes");
    return parent;
}

bool CgroupV1::makeDirectories(bool mayExist) const
{
    for (const std::string &path : directories()) {
        if (mkdir(path.c_str(), 0755) != 0 && (errno != EEXIST || !mayExist))
            return false;
    }
    return true;
}

CgroupV1::CgroupV1(std::string memory, std::string pids, std::string cpuacct, bool isBox,
                   bool swapAccounted)
    : m_memory(std::move(memory)), m_pids(std::move(pids)), m_cpuacct(std::move(cpuacct)),
      m_isBox(isBox), m_swapAccounted(swapAccounted)
{
}

CgroupV1::~CgroupV1()
{
    if (m_released)
        return;
    for (const std::string &path : directories()) {
        if (!m_isBox) {
            rmdir(path.c_str()); // fails while another helper still has boxes in it
            continue;
        }
        // No cgroup.kill in v1: killAndRemove kills every listed process until none is left.
        killAndRemove(path);
    }
}

std::vector<std::string> CgroupV1::releaseDirectories()
{
    m_released = true;
    return directories();
}

std::vector<std::string> CgroupV1::directories() const
{
    std::vector<std::string> paths{m_memory};
    for (const std::string &path : {m_pids, m_cpuacct}) {
        if (std::find(paths.begin(), paths.end(), path) == paths.end())
            paths.push_back(path);
    }
    return paths;
}

std::unique_ptr<Cgroup> CgroupV1::createBox(const std::string &name, const Limits &limits,
                                            std::string *error) const
{
    auto box = std::make_unique<CgroupV1>(m_memory + "/" + name, m_pids + "/" + name,
                                          m_cpuacct + "/" + name, true, m_swapAccounted);
    // Only when a directory cannot be made is there a box to clear or a parent to make again.
    bool made = box->makeDirectories(false);
    if (!made && errno == EEXIST) {
        {
            // A killed helper's: its destructor kills what is left and removes it.
            const CgroupV1 stale(box->m_memory, box->m_pids, box->m_cpuacct, true, m_swapAccounted);
        }
        made = box->makeDirectories(false);
    } else if (!made && errno == ENOENT) {
        // Removed when it was empty, by a one-shot `run` ending.
        made = makeDirectories(true) && box->makeDirectories(true);
    }
    const std::string memory = box->m_memory;
    std::string failed;
    if (!made)
        failed = "create " + memory + " and its siblings";
    // Where swap is not accounted, swappiness 0 keeps the box's pages out of swap.
    if (failed.empty() && limits.memoryBytes && !box->setMemoryLimit(*limits.memoryBytes))
        failed = "set the memory limit of " + memory;
    else if (failed.empty() && !m_swapAccounted && !writeFile(memory + "/memory.swappiness", "0"))
        failed = "set memory.swappiness of " + memory;
    else if (failed.empty() &&
             !writeFile(box->m_pids + "/pids.max", std::to_string(limits.processes)))
        failed = "set pids.max of " + box->m_pids;
    if (!failed.empty()) {
        *error = "cannot " + failed + " for the box's cgroup: " + strerror(errno);
        return nullptr;
    }
    return box;
}

bool CgroupV1::addProcess(pid_t pid) const
{
    for (const std::string &path : directories()) {
        if (!writeFile(path + "/cgroup.procs", std::to_string(pid)))
            return false;
    }
    return true;
}

// Memory with swap is never below memory alone: the smaller one is written first.
bool CgroupV1::setProcessLimit(int64_t processes)
{
    return writeFile(m_pids + "/pids.max", std::to_string(processes));
}

bool CgroupV1::setMemoryLimit(int64_t bytes)
{
    const std::string memory = m_memory + "/memory.limit_in_bytes";
    const std::string withSwap = m_memory + "/memory.memsw.limit_in_bytes";
    const std::string value = std::to_string(bytes);
    bool written;
    if (!m_swapAccounted)
        written = writeFile(memory, value);
    else if (m_memoryLimit < 0 || bytes < m_memoryLimit)
        written = writeFile(memory, value) && writeFile(withSwap, value);
    else
        written = writeFile(withSwap, value) && writeFile(memory, value);
    if (written)
        m_memoryLimit = bytes;
    return written;
}

int64_t CgroupV1::cpuTimeUs() const
{
    return std::max<int64_t>(0, numberIn(m_cpuacct + "/cpuacct.usage") / 1000);
}

int64_t CgroupV1::peakMemoryBytes() const
{
    return std::max<int64_t>(0, numberIn(m_memory + "/memory.max_usage_in_bytes"));
}

bool CgroupV1::memoryLimitHit() const
{
    // oom_kill in memory.oom_control is Linux 4.13; before it, any failure to charge counts.
    const int64_t kills = keyedValue(m_memory + "/memory.oom_control", "oom_kill");
    return kills >= 0 ? kills > 0 : numberIn(m_memory + "/memory.failcnt") > 0;
}
