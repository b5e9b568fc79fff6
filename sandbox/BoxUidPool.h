#pragma once

#include "Fd.h"
#include "SandboxConfig.h"

#include <optional>

// Hands out box uids from the reserved range, one per live box, across every helper on the host.
class BoxUidPool {
public:
    // Holds the uid's lock file; the uid is free again when the lease is destroyed.
    class Lease {
    public:
        uid_t uid() const { return m_uid; }

    private:
        friend class BoxUidPool;
        Lease(uid_t uid, Fd lock) : m_uid(uid), m_lock(std::move(lock)) {}
        uid_t m_uid;
        Fd m_lock;
    };

    explicit BoxUidPool(const SandboxConfig &config) : m_config(config) {}

    std::optional<Lease> acquire();

private:
    const SandboxConfig &m_config;
    unsigned m_next = 0;
};
