#pragma once

#include "store/OutboxSummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace eol::core::sync {

/// Where the station's registry sync stands: read from the outbox (any process can) plus what
/// the running worker knows. A value: it crosses from the sync thread to the GUI.
struct SyncStatus
{
    bool configured = false; ///< a registry URL is set
    QString registryUrl;
    int pending = 0;   ///< runs not yet accepted by the registry
    int rejected = 0;  ///< refused by the registry for good (kept, never resent)
    int conflicts = 0; ///< the registry holds different data for these run ids
    int synced = 0;
    QDateTime oldestPendingUtc;   ///< invalid when nothing is pending
    QDateTime lastSuccessUtc;     ///< the last time the registry accepted a batch
    QString lastError;            ///< the last failure, cleared by the next success
    QDateTime backingOffUntilUtc; ///< no send before this; invalid when not backing off
    bool busy = false;            ///< a request is in flight
    int notesPending = 0;         ///< QA notes the registry can take now
    int notesWaiting = 0;         ///< notes waiting for their run to be synced first
    int notesRejected = 0;        ///< notes the registry refused for good (never resent)
    /// Set when a `sync now` pass gave up because another process holds the database's sync
    /// lock: who holds it, e.g. "pid 4711 on line-3 (eol-station)".
    QString lockedBy;

    /// Seconds since the oldest pending run was queued; 0 when nothing is pending.
    qint64 oldestPendingAgeSeconds(const QDateTime& nowUtc) const;
    /// True when QA or the line lead must look: a backlog older than `warningAgeSeconds`, or
    /// runs or notes the registry refused.
    bool needsAttention(qint64 warningAgeSeconds, const QDateTime& nowUtc) const;
    QJsonObject toJson(const QDateTime& nowUtc) const;

    /// The stored part; `backingOffUntilUtc` is the latest next_attempt_utc still ahead.
    static SyncStatus fromOutbox(const store::OutboxSummary& outbox, const QDateTime& nowUtc);
};

} // namespace eol::core::sync

Q_DECLARE_METATYPE(eol::core::sync::SyncStatus)
