#include "BoxPool.h"

#include "EventLoop.h"

#include <algorithm>
#include <sys/epoll.h>

BoxPool::BoxPool(EventLoop &loop, const SandboxConfig &config, BoxUidPool &uids)
    : m_loop(loop), m_config(config), m_uids(uids), m_janitor(loop)
{
    refillSoon();
}

BoxPool::~BoxPool()
{
    *m_alive = false;
    // What is still ending is waited for here (each process's destructor reaps it).
    for (const auto &[pidfd, ending] : m_ending)
        m_loop.remove(pidfd);
}

void BoxPool::endAsync(std::unique_ptr<BoxProcess> process, std::function<void()> then)
{
    end(Ending{std::move(process), std::move(then), nullptr});
}

void BoxPool::retire(std::unique_ptr<Box> box)
{
    // Taken out first: the box itself moves into the callback.
    std::unique_ptr<BoxProcess> process = std::move(box->process);
    BoxDir *dir = box->dir.get();
    // The uid goes back only in `then`, once the janitor has removed what the box left.
    end(Ending{std::move(process),
               [this, box = std::shared_ptr<Box>(std::move(box))]() mutable {
                   box.reset();
                   refillSoon();
               },
               dir});
}

void BoxPool::end(Ending ending)
{
    if (!ending.process || ending.process->hasExited()) {
        tearDown(std::move(ending));
        return;
    }
    ending.process->kill();
    const int pidfd = ending.process->pidfd();
    m_ending[pidfd] = std::move(ending);
    m_loop.add(pidfd, EPOLLIN, [this, pidfd](uint32_t) { finishEnding(pidfd); });
}

// At once when its pidfd has said init exited; else it waits for init.
void BoxPool::finishEnding(int pidfd)
{
    m_loop.remove(pidfd);
    auto node = m_ending.extract(pidfd);
    tearDown(std::move(node.mapped()));
}

void BoxPool::tearDown(Ending ending)
{
    Janitor::Task task;
    if (ending.process) {
        ending.process->reap();
        task.cgroupDirectories = ending.process->releaseCgroup();
        ending.process.reset();
    }
    if (ending.dir)
        task.boxDirectory = ending.dir->releasePath();
    m_janitor.clean(std::move(task), std::move(ending.then));
}

std::unique_ptr<BoxPool::Box> BoxPool::build(std::string *error)
{
    std::optional<BoxUidPool::Lease> lease = m_uids.acquire();
    // Every uid taken, some by boxes still being torn down: wait for those rather than turn
    // the job away.
    while (!lease) {
        if (!m_janitor.finishOne()) {
            const auto ending = std::find_if(m_ending.begin(), m_ending.end(),
                                             [](const auto &entry) { return entry.second.dir; });
            if (ending == m_ending.end())
                break;
            finishEnding(ending->first); // hands it to the janitor, which finishOne waits for
        }
        lease = m_uids.acquire();
    }
    if (!lease) {
        *error = "the sandbox is busy: all " + std::to_string(m_config.uidCount) +
                 " boxes are in use; try again when a job has finished";
        return nullptr;
    }
    std::unique_ptr<BoxDir> dir = BoxDir::create(m_config, lease->uid(), error);
    if (!dir)
        return nullptr;
    auto box = std::unique_ptr<Box>(new Box{std::move(*lease), std::move(dir), nullptr});
    box->process = prepareFor(*box, error);
    return box->process ? std::move(box) : nullptr;
}

std::unique_ptr<BoxProcess> BoxPool::prepareFor(const Box &box, std::string *error)
{
    BoxSetup setup;
    setup.uid = box.lease.uid();
    if (!m_config.rootless && (setup.networkFd = m_networks.fdFor(setup.uid, error)) < 0)
        return nullptr;
    setup.boxPath = box.dir->boxPath();
    setup.rootPath = box.dir->rootPath();
    return BoxProcess::prepare(m_config, setup, error);
}

std::unique_ptr<BoxPool::Box> BoxPool::take(std::string *error)
{
    while (!m_ready.empty()) {
        std::unique_ptr<Box> box = std::move(m_ready.front());
        m_ready.pop_front();
        // A box that died waiting (its setup failed, or something killed it) is not handed out.
        if (!box->process->hasExited())
            return box;
    }
    return build(error);
}

void BoxPool::refillSoon()
{
    if (m_refillPosted || m_ready.size() >= m_config.warmBoxes)
        return;
    m_refillPosted = true;
    m_loop.post([this, alive = m_alive] {
        if (*alive)
            refillOne();
    });
}

// One box per turn of the loop, so topping up never holds other clients up for long.
void BoxPool::refillOne()
{
    m_refillPosted = false;
    if (m_ready.size() >= m_config.warmBoxes)
        return;
    std::string error;
    std::unique_ptr<Box> box = build(&error);
    if (!box)
        return; // every uid is in use, or the host refused: the next job's end tries again
    m_ready.push_back(std::move(box));
    refillSoon();
}
