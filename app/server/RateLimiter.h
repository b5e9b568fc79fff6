#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// A token bucket per client address: each client may make `perSecond` requests a second, and up
// to as many at once after a quiet spell. A rate of 0 lets everything through.
class RateLimiter {
public:
    explicit RateLimiter(double perSecond);

    bool enabled() const { return m_perSecond > 0; }
    double perSecond() const { return m_perSecond; }
    // Takes a token from the client's bucket: 0 if there was one, else the seconds until there
    // will be (nothing is taken then).
    double take(const QString &client);

private:
    struct Bucket {
        double tokens;
        qint64 atMs;
    };
    void forgetFullBuckets(qint64 nowMs);

    double m_perSecond;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};
