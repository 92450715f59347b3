#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace eol::core::scan {

/// Decides which codes seen by a camera are new scans. A camera sees the same label in every
/// frame for as long as it is held up; it must start one test, not thirty. A text triggers the
/// first time it is seen, then stays quiet while it stays in view. It is re-armed (the next
/// sighting triggers again) once it has been absent for `rearmAfterFrames` consecutive decoded
/// frames, or absent for `rearmAfterMs` milliseconds, whichever comes first.
/// Sans-IO: the caller passes the time, so the rules are tested without clocks.
class ScanDeduplicator
{
public:
    struct Options
    {
        int rearmAfterFrames = 10; ///< consecutive decoded frames without the text
        qint64 rearmAfterMs =
            1500; ///< time since the text was last seen, checked on frames without it
    };

    ScanDeduplicator() = default;
    explicit ScanDeduplicator(Options options) : m_options(options) {}

    const Options& options() const { return m_options; }

    /// One decoded frame: the texts found in it, at monotonic time `nowMs`. Returns the texts
    /// that trigger now, in the order given (each at most once).
    QStringList update(const QStringList& seen, qint64 nowMs);

    /// True while `text` would not trigger (it was triggered and is not re-armed yet).
    bool isHeld(const QString& text) const { return m_held.contains(text); }
    /// Forget everything: every text triggers again on its next sighting.
    void reset() { m_held.clear(); }

private:
    struct Held
    {
        qint64 lastSeenMs = 0;
        int absentFrames = 0;
    };
    Options m_options;
    QHash<QString, Held> m_held;
};

} // namespace eol::core::scan
