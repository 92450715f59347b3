#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eol::core::store {

/// The registry sync state of the outbox and of the notes as stored (read by
/// RunStore::outboxSummary()).
struct OutboxSummary
{
    int pending = 0;            ///< runs not yet accepted by the registry
    int rejected = 0;           ///< runs the registry rejected (kept, never resent)
    int conflicts = 0;          ///< runs the registry reported in conflict (kept, never resent)
    int synced = 0;             ///< runs the registry holds
    QDateTime oldestPendingUtc; ///< created_utc of the oldest pending run; invalid if none
    QDateTime lastSyncedUtc;    ///< the newest synced_utc; invalid if never
    QDateTime lastAttemptUtc;   ///< the newest last_attempt_utc of a pending run
    QString lastError;          ///< last_error of that attempt (empty once it succeeded)
    QDateTime nextAttemptUtc;   ///< the latest next_attempt_utc of a pending run
    int notesPending = 0;       ///< notes the registry can take now (device notes, synced runs)
    int notesWaiting = 0;       ///< pending notes whose run is not synced yet
    int notesRejected = 0;      ///< notes the registry refused (kept, never resent)
};

} // namespace eol::core::store

Q_DECLARE_METATYPE(eol::core::store::OutboxSummary)
