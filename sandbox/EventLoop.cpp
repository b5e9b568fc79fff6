#include "EventLoop.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <sys/epoll.h>

EventLoop::EventLoop() : m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
    if (!m_epoll.isValid())
        throw std::runtime_error(std::string("epoll_create1: ") + strerror(errno));
}

void EventLoop::add(int fd, uint32_t events, Handler handler)
{
    // The token tells a stale event for a closed-and-reused fd number from a fresh one.
    const uint32_t token = m_nextToken++;
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = (uint64_t(token) << 32) | uint32_t(fd);
    if (epoll_ctl(m_epoll.get(), EPOLL_CTL_ADD, fd, &ev) != 0)
        throw std::runtime_error(std::string("epoll_ctl add: ") + strerror(errno));
    m_watches[fd] = Watch{token, std::move(handler)};
}

void EventLoop::modify(int fd, uint32_t events)
{
    auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = (uint64_t(it->second.token) << 32) | uint32_t(fd);
    epoll_ctl(m_epoll.get(), EPOLL_CTL_MOD, fd, &ev);
}

void EventLoop::remove(int fd)
{
    if (m_watches.erase(fd) != 0)
        epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, fd, nullptr);
}

void EventLoop::post(std::function<void()> task)
{
    m_posted.push_back(std::move(task));
}

void EventLoop::discardPosted()
{
    auto tasks = std::move(m_posted);
    m_posted.clear();
}

void EventLoop::guarded(const std::function<void()> &work)
{
    // A throw (out of memory, out of file descriptors) fails one event, not every client's jobs.
    try {
        work();
    } catch (const std::exception &e) {
        fprintf(stderr, "runpad-sandbox: internal error: %s\n", e.what());
    }
}

void EventLoop::run()
{
    m_quit = false;
    epoll_event events[64];
    while (!m_quit) {
        const int n = epoll_wait(m_epoll.get(), events, 64, m_posted.empty() ? -1 : 0);
        if (n < 0 && errno != EINTR)
            throw std::runtime_error(std::string("epoll_wait: ") + strerror(errno));
        for (int i = 0; i < n; ++i) {
            const int fd = int(events[i].data.u64 & 0xffffffffu);
            const uint32_t token = uint32_t(events[i].data.u64 >> 32);
            auto it = m_watches.find(fd);
            if (it == m_watches.end() || it->second.token != token)
                continue;
            Handler handler = it->second.handler; // the handler may remove itself
            guarded([&] { handler(events[i].events); });
        }
        while (!m_posted.empty()) {
            auto tasks = std::move(m_posted);
            m_posted.clear();
            for (auto &task : tasks)
                guarded(task);
        }
    }
}
