#include "BoxUidPool.h"

#include <fcntl.h>
#include <filesystem>
#include <utility>

BoxUidPool::Lease::Lease(Lease &&other) noexcept
    : m_pool(std::exchange(other.m_pool, nullptr)), m_uid(other.m_uid), m_lock(std::move(other.m_lock))
{
}

BoxUidPool::Lease &BoxUidPool::Lease::operator=(Lease &&other) noexcept
{
    if (this != &other) {
        if (m_pool)
            m_pool->m_leased.erase(m_uid);
        m_pool = std::exchange(other.m_pool, nullptr);
        m_uid = other.m_uid;
        m_lock = std::move(other.m_lock);
    }
    return *this;
}

BoxUidPool::Lease::~Lease()
{
    if (m_pool)
        m_pool->m_leased.erase(m_uid);
}

// The lock is a POSIX record lock, which belongs to the helper process alone. A lock tied to
// the open file (flock) would also be held by every box the helper clones while the lease
// lives, until that box's init closes what it inherited, so a finished job's uid could stay
// taken for a moment after its result was sent.
std::optional<BoxUidPool::Lease> BoxUidPool::acquire()
{
    std::error_code ec;
    std::filesystem::create_directories(m_config.lockDir, ec);
    // Start after the last uid handed out so a uid is not reused at once.
    for (unsigned i = 0; i < m_config.uidCount; ++i) {
        const unsigned index = (m_next + i) % m_config.uidCount;
        const uid_t uid = m_config.firstUid + index;
        // Closing any descriptor of a locked file drops the process's lock on it: a uid this
        // helper holds is never opened again.
        if (m_leased.count(uid))
            continue;
        const std::string path = m_config.lockDir + "/" + std::to_string(uid);
        Fd lock(open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
        if (!lock.isValid())
            continue;
        struct flock whole {};
        whole.l_type = F_WRLCK;
        whole.l_whence = SEEK_SET;
        if (fcntl(lock.get(), F_SETLK, &whole) == 0) {
            m_next = index + 1;
            m_leased.insert(uid);
            return Lease(this, uid, std::move(lock));
        }
    }
    return std::nullopt;
}
