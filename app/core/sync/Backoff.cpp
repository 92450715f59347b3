#include "Backoff.h"

#include <algorithm>

namespace eol::core::sync {

qint64 Backoff::delayMs(int failures, double random01, qint64 baseMs, qint64 maxMs)
{
    baseMs = std::max<qint64>(baseMs, 1);
    maxMs = std::max(maxMs, baseMs);
    const int doublings = std::clamp(failures - 1, 0, 40);
    qint64 cap = baseMs;
    for (int i = 0; i < doublings && cap < maxMs; ++i)
        cap *= 2;
    cap = std::min(cap, maxMs);
    const double r = std::clamp(random01, 0.0, 1.0);
    return std::clamp<qint64>(baseMs + qint64(r * double(cap - baseMs)), baseMs, cap);
}

} // namespace eol::core::sync
