#pragma once

#include "Fd.h"
#include "SandboxConfig.h"

#include <optional>
#include <set>

// Hands out box uids from the reserved range, one per live box, across every helper on the host.
// Leases must not outlive their pool.
class BoxUidPool {
public:
    // Holds the uid's lock; the uid is free again when the lease is destroyed.
    class Lease {
    public:
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&other) noexcept;
        ~Lease();
        uid_t uid() const { return m_uid; }

    private:
        friend class BoxUidPool;
        Lease(BoxUidPool *pool, uid_t uid, Fd lock) : m_pool(pool), m_uid(uid), m_lock(std::move(lock)) {}
        BoxUidPool *m_pool;
        uid_t m_uid;
        Fd m_lock;
    };

    explicit BoxUidPool(const SandboxConfig &config) : m_config(config) {}

    std::optional<Lease> acquire();

private:
    const SandboxConfig &m_config;
    unsigned m_next = 0;
    std::set<uid_t> m_leased; // this helper's own leases: record locks do not exclude them
};
