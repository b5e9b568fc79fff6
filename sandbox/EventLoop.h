#pragma once

#include "Fd.h"

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

// One epoll loop: pipes, pidfds, timerfds, signalfds and sockets are all just readiness events.
class EventLoop {
public:
    using Handler = std::function<void(uint32_t events)>;

    EventLoop();

    void add(int fd, uint32_t events, Handler handler);
    void modify(int fd, uint32_t events);
    void remove(int fd);
    bool contains(int fd) const { return m_watches.count(fd) != 0; }

    // Runs a task after the current batch of events, so objects can be destroyed safely.
    void post(std::function<void()> task);
    // Destroys the tasks posted but not run (and what they hold), without running them.
    void discardPosted();

    void run();
    void quit() { m_quit = true; }

private:
    static void guarded(const std::function<void()> &work);

    struct Watch {
        uint32_t token;
        Handler handler;
    };

    Fd m_epoll;
    std::unordered_map<int, Watch> m_watches;
    std::vector<std::function<void()>> m_posted;
    uint32_t m_nextToken = 1;
    bool m_quit = false;
};
