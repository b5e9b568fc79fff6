#pragma once

#include "Fd.h"
#include "SandboxConfig.h"

#include <memory>
#include <string>

// A box's directory on the host: <boxRoot>/<uid>/box, a size-capped tmpfs owned by the box uid
// (rootless: a plain directory of the helper's) that the box sees as /box, and
// <boxRoot>/<uid>/root, where the box's root is assembled.
class BoxDir {
public:
    // Once, before any box: checks that nobody else can change the way to config.boxRoot and,
    // privileged, mounts a small tmpfs of the helper's own there (its mount namespace is
    // private), so box directories cost no disk work and nothing is left behind if it is killed.
    static bool prepareRoot(const SandboxConfig &config, std::string *error);
    static std::unique_ptr<BoxDir> create(const SandboxConfig &config, uid_t uid,
                                          std::string *error);
    ~BoxDir();

    bool writeFile(const std::string &name, const std::string &content, std::string *error);
    // Empties the directory for the next run of a job, without following any link in it. Only
    // while no process of the box runs.
    void clear();

    // The open box directory, and the owner its files get (-1: the helper's).
    int fd() const { return m_box.get(); }
    uid_t owner() const { return m_owner; }

    std::string boxPath() const { return m_path + "/box"; }
    std::string rootPath() const { return m_path + "/root"; }

    // Unmounts and deletes the directory without following any link the program planted.
    static void remove(const std::string &path);
    // Hands the directory's removal to someone else (the Janitor): its path, which the
    // destructor then leaves alone.
    std::string releasePath();

private:
    BoxDir(std::string path, uid_t owner, Fd box)
        : m_path(std::move(path)), m_owner(owner), m_box(std::move(box))
    {
    }

    std::string m_path;
    bool m_released = false;
    uid_t m_owner; // of the box's files, as the host sees them; -1: the helper's

    Fd m_box;
};
