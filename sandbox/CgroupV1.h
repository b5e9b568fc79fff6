#pragma once

#include "Cgroup.h"

#include <vector>

// cgroup v1: a directory in each of the memory, pids and cpuacct hierarchies (fewer where they
// are mounted together). Boxes are children of runpad-sandbox at the top of each.
class CgroupV1 : public Cgroup {
public:
    static std::unique_ptr<CgroupV1> openParent(const std::string &memoryMount,
                                                const std::string &pidsMount,
                                                const std::string &cpuacctMount, std::string *why);

    // swapAccounted: whether the memory hierarchy has memory.memsw files (a boot-time choice).
    CgroupV1(std::string memory, std::string pids, std::string cpuacct, bool isBox,
             bool swapAccounted);
    ~CgroupV1() override;

    const char *version() const override { return "v1"; }
    std::unique_ptr<Cgroup> createBox(const std::string &name, const Limits &limits,
                                      std::string *error) const override;
    int cloneFd() const override { return -1; }
    bool addProcess(pid_t pid) const override;
    bool setMemoryLimit(int64_t bytes) override;
    bool setProcessLimit(int64_t processes) override;
    int64_t cpuTimeUs() const override;
    int64_t peakMemoryBytes() const override;
    bool memoryLimitHit() const override;
    std::vector<std::string> releaseDirectories() override;

private:
    // A parent's may exist already, or be made again after another helper removed it as it
    // exited; a box's must be new.
    bool makeDirectories(bool mayExist) const;
    // Each directory once, though two controllers may share it.
    std::vector<std::string> directories() const;

    std::string m_memory;
    std::string m_pids;
    std::string m_cpuacct;
    bool m_isBox;
    bool m_swapAccounted;
    int64_t m_memoryLimit = -1; // what setMemoryLimit last wrote; -1: the kernel's, no limit
    bool m_released = false;
};
