#pragma once

#include "Fd.h"

#include <deque>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

class EventLoop;

// Removes what ended boxes leave, box cgroups and box directories, in a process of its own
// beside the helper's loop. Removing a cgroup and unmounting a box's /box wait in the kernel
// for RCU grace periods, milliseconds each: done in the loop, they capped how many jobs a
// second the helper could serve. A process rather than a thread: box inits are cloned from the
// helper without exec, and a thread caught inside malloc at that moment would leave them a
// locked heap. Tasks are done in order, and each one's `then` runs on the loop when it is done.
// Without a janitor process (it could not be started, or it died), the work is done in place.
class Janitor {
public:
    struct Task {
        std::vector<std::string> cgroupDirectories; // Cgroup::killAndRemove
        std::string boxDirectory;                   // BoxDir::remove, if not empty
    };

    explicit Janitor(EventLoop &loop);
    // Lets the janitor finish what it was given and waits for it. Pending `then`s are destroyed
    // without running, like the loop's posted tasks.
    ~Janitor();

    void clean(Task task, std::function<void()> then);
    // Waits for the oldest pending task and runs its `then`; false if none is pending.
    bool finishOne();

private:
    struct Pending {
        Task task;
        std::function<void()> then;
    };

    static void perform(const Task &task);
    [[noreturn]] static void serve(int requests, int replies);
    void onReplies();
    void finishFront();
    // The janitor is gone: whatever it had is done here, and so is all later work.
    void giveUp();

    EventLoop &m_loop;
    pid_t m_pid = -1;
    Fd m_requests; // the helper's end: frames of task lines
    Fd m_replies;  // one byte per finished task
    std::deque<Pending> m_pending;
};
