#include "RateLimiter.h"

#include <QtMath>

namespace {

// Buckets kept before full ones (clients quiet long enough) are forgotten, so that many
// addresses cannot grow the table without bound.
constexpr qsizetype MaxBuckets = 10000;

} // namespace

RateLimiter::RateLimiter(double perSecond) : m_perSecond(perSecond), m_burst(qMax(1.0, perSecond))
{
    m_clock.start();
}

double RateLimiter::take(const QString &client)
{
    if (!enabled())
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(client);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxBuckets)
            forgetFullBuckets(now);
        it = m_buckets.insert(client, {m_burst, now});
    }
    Bucket &bucket = *it;
    bucket.tokens = qMin(m_burst, bucket.tokens + (now - bucket.atMs) * m_perSecond / 1000.0);
    bucket.atMs = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return (1 - bucket.tokens) / m_perSecond;
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + (nowMs - it->atMs) * m_perSecond / 1000.0 >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}
