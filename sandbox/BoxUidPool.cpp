#include "BoxUidPool.h"

#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>

std::optional<BoxUidPool::Lease> BoxUidPool::acquire()
{
    std::error_code ec;
    std::filesystem::create_directories(m_config.lockDir, ec);
    // Start after the last uid handed out so a uid is not reused at once.
    for (unsigned i = 0; i < m_config.uidCount; ++i) {
        const unsigned index = (m_next + i) % m_config.uidCount;
        const uid_t uid = m_config.firstUid + index;
        const std::string path = m_config.lockDir + "/" + std::to_string(uid);
        Fd lock(open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
        if (!lock.isValid())
            continue;
        // flock is per open file description, so it also excludes other jobs of this helper.
        if (flock(lock.get(), LOCK_EX | LOCK_NB) == 0) {
            m_next = index + 1;
            return Lease(uid, std::move(lock));
        }
    }
    return std::nullopt;
}
