#pragma once

#include "BoxDir.h"
#include "BoxNetworks.h"
#include "BoxProcess.h"
#include "BoxUidPool.h"
#include "Janitor.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>

class EventLoop;

// Boxes built ahead of their jobs: each has its uid, its empty directory and its init, which
// has joined the box's cgroup, built the root filesystem, dropped its privileges and waits for
// a program. A job takes one and its program starts at once; the pool is topped up between
// events. A box is only ever used by one job, so nothing of one job is visible to the next.
class BoxPool {
public:
    struct Box {
        // Declared in this order so init ends before its directory goes, and the directory
        // before its uid is handed out again.
        BoxUidPool::Lease lease;
        std::unique_ptr<BoxDir> dir;
        std::unique_ptr<BoxProcess> process;
    };

    // Keeps config.warmBoxes boxes ready (none when it is 0).
    BoxPool(EventLoop &loop, const SandboxConfig &config, BoxUidPool &uids);
    ~BoxPool();

    // A box for a new job: a ready one, else one built now; null with the reason.
    std::unique_ptr<Box> take(std::string *error);
    // Builds the box's process only, for a later stage in a job's own directory.
    std::unique_ptr<BoxProcess> prepareFor(const Box &box, std::string *error);
    // Ends a process tree without the loop waiting for it: init is killed, and `then` runs
    // once it has exited (its pidfd says so) and been reaped; at once if it already has.
    void endAsync(std::unique_ptr<BoxProcess> process, std::function<void()> then);
    // Ends a job's box the same way; its directory and uid go after its init, and the pool is
    // topped up then.
    void retire(std::unique_ptr<Box> box);
    // Tops the pool up once the current events are handled: when a job has sent its result
    // and given its uid back, so that building boxes never delays a result.
    void refillSoon();

private:
    std::unique_ptr<Box> build(std::string *error);
    void refillOne();

    EventLoop &m_loop;
    const SandboxConfig &m_config;
    BoxUidPool &m_uids;
    BoxNetworks m_networks; // privileged only: rootless, a box's user namespace owns its network
    // Before the boxes: destroyed after them, it finishes their removal before the helper exits.
    Janitor m_janitor;
    std::deque<std::unique_ptr<Box>> m_ready;
    struct Ending {
        std::unique_ptr<BoxProcess> process;
        std::function<void()> then;
        BoxDir *dir; // a retired box's (its `then` owns it), removed with the cgroup; else null
    };
    void end(Ending ending);
    void finishEnding(int pidfd);
    // Once init has exited: reaps it and has the janitor remove its cgroup (and directory).
    void tearDown(Ending ending);
    std::map<int, Ending> m_ending; // by pidfd
    bool m_refillPosted = false;
    // Cleared on destruction, so a refill posted before it does nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
