#pragma once

#include "Cgroup.h"
#include "Fd.h"

// The unified hierarchy: one directory per cgroup. Boxes are children of
// <mount>/runpad-sandbox (rootless: <own cgroup>/runpad-sandbox), which gets the memory and pids
// controllers from its parent.
class CgroupV2 : public Cgroup {
public:
    static std::unique_ptr<CgroupV2> openParent(const std::string &mountPoint, std::string *why);
    // Rootless: the cgroup the helper was started in, when its user may manage it (systemd's
    // Delegate=yes) and the helper is alone in it. The helper moves into a "helper" leaf, as
    // cgroup v2 allows processes only in leaves, and boxes go under "runpad-sandbox" beside it.
    static std::unique_ptr<CgroupV2> openDelegated(const std::string &ownCgroup, std::string *why);

    CgroupV2(std::string path, bool isBox, std::string enable = {});
    ~CgroupV2() override;

    const char *version() const override { return "v2"; }
    std::unique_ptr<Cgroup> createBox(const std::string &name, const Limits &limits,
                                      std::string *error) const override;
    int cloneFd() const override { return m_dir.get(); }
    bool addProcess(pid_t pid) const override;
    bool setMemoryLimit(int64_t bytes) override;
    bool setProcessLimit(int64_t processes) override;
    int64_t cpuTimeUs() const override;
    int64_t peakMemoryBytes() const override;
    bool memoryLimitHit() const override;
    std::vector<std::string> releaseDirectories() override;

private:
    // Makes the parent again if another helper removed it when it exited.
    bool makeParent() const;

    std::string m_path;
    bool m_isBox;
    std::string
        m_enable; // a parent's controllers for its boxes, as cgroup.subtree_control takes them
    Fd m_dir;     // a box's, for CLONE_INTO_CGROUP
    bool m_released = false;
};
