#pragma once

#include <QDateTime>
#include <QString>

namespace eol::core::review {

/// Where one run stands with the cloud registry, from the station's outbox: what QA needs to
/// see a refused run or a conflict (an IMEI or key already registered to another serial)
/// without leaving the review window.
struct RunSyncState
{
    /// "" (no outbox entry: an unfinished run), pending, synced, rejected or conflict.
    QString state;
    int attempts = 0;
    QString lastError;   ///< the last transport/server error while it was pending
    QString reason;      ///< the registry's message for rejected / conflict
    QString reasonField; ///< the field the registry named, if any
    QDateTime syncedUtc;
    QDateTime nextAttemptUtc;

    bool refused() const
    {
        return state == QLatin1String("rejected") || state == QLatin1String("conflict");
    }
};

} // namespace eol::core::review
