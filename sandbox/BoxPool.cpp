#include "BoxPool.h"

#include "EventLoop.h"

BoxPool::BoxPool(EventLoop &loop, const SandboxConfig &config, BoxUidPool &uids)
    : m_loop(loop), m_config(config), m_uids(uids)
{
    refillSoon();
}

BoxPool::~BoxPool()
{
    *m_alive = false;
}

std::unique_ptr<BoxPool::Box> BoxPool::build(std::string *error)
{
    std::optional<BoxUidPool::Lease> lease = m_uids.acquire();
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

std::unique_ptr<BoxProcess> BoxPool::prepareFor(const Box &box, std::string *error) const
{
    BoxSetup setup;
    setup.uid = box.lease.uid();
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
