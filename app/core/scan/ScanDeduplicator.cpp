#include "scan/ScanDeduplicator.h"

namespace eol::core::scan {

QStringList ScanDeduplicator::update(const QStringList& seen, qint64 nowMs)
{
    // Age the held texts that this frame does not show; drop (re-arm) those gone long enough.
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        ++it->absentFrames;
        const bool goneFrames = it->absentFrames >= m_options.rearmAfterFrames;
        const bool goneTime = nowMs - it->lastSeenMs >= m_options.rearmAfterMs;
        if (goneFrames || goneTime)
            it = m_held.erase(it);
        else
            ++it;
    }
    QStringList triggered;
    for (const QString& text : seen) {
        auto it = m_held.find(text);
        if (it != m_held.end()) {
            it->lastSeenMs = nowMs;
            it->absentFrames = 0;
            continue;
        }
        m_held.insert(text, Held{nowMs, 0});
        triggered.append(text);
    }
    return triggered;
}

} // namespace eol::core::scan
