#pragma once

#include <QtGlobal>

namespace eol::core::sync {

/// Retry delays after failed sends: exponential with full jitter, so a line of stations that
/// lost the registry together does not come back in lock-step.
class Backoff
{
public:
    /// The delay before the next attempt after `failures` consecutive failures (>= 1):
    /// cap = min(maxMs, baseMs * 2^(failures-1)), delay = baseMs + random01 * (cap - baseMs).
    /// `random01` in [0, 1) is passed in so the function stays pure (tests fix it).
    static qint64 delayMs(int failures, double random01, qint64 baseMs, qint64 maxMs);
};

} // namespace eol::core::sync
