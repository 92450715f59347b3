#include "SyncStatus.h"

namespace eol::core::sync {

namespace {
QJsonValue iso(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

qint64 SyncStatus::oldestPendingAgeSeconds(const QDateTime& nowUtc) const
{
    if (pending == 0 || !oldestPendingUtc.isValid())
        return 0;
    return std::max<qint64>(0, oldestPendingUtc.secsTo(nowUtc));
}

bool SyncStatus::needsAttention(qint64 warningAgeSeconds, const QDateTime& nowUtc) const
{
    return rejected > 0 || conflicts > 0 || notesRejected > 0 ||
           oldestPendingAgeSeconds(nowUtc) > warningAgeSeconds;
}

QJsonObject SyncStatus::toJson(const QDateTime& nowUtc) const
{
    return QJsonObject{
        {QStringLiteral("configured"), configured},
        {QStringLiteral("registry"), registryUrl},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("synced"), synced},
        {QStringLiteral("oldest_pending_utc"), iso(oldestPendingUtc)},
        {QStringLiteral("oldest_pending_age_s"), oldestPendingAgeSeconds(nowUtc)},
        {QStringLiteral("last_success_utc"), iso(lastSuccessUtc)},
        {QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
        {QStringLiteral("backing_off_until_utc"), iso(backingOffUntilUtc)},
        {QStringLiteral("notes"), QJsonObject{{QStringLiteral("pending"), notesPending},
                                              {QStringLiteral("waiting_for_run"), notesWaiting},
                                              {QStringLiteral("rejected"), notesRejected}}},
        {QStringLiteral("locked_by"), lockedBy.isEmpty() ? QJsonValue() : QJsonValue(lockedBy)},
    };
}

SyncStatus SyncStatus::fromOutbox(const store::OutboxSummary& outbox, const QDateTime& nowUtc)
{
    SyncStatus s;
    s.pending = outbox.pending;
    s.rejected = outbox.rejected;
    s.conflicts = outbox.conflicts;
    s.synced = outbox.synced;
    s.oldestPendingUtc = outbox.oldestPendingUtc;
    s.lastSuccessUtc = outbox.lastSyncedUtc;
    s.lastError = outbox.lastError;
    s.notesPending = outbox.notesPending;
    s.notesWaiting = outbox.notesWaiting;
    s.notesRejected = outbox.notesRejected;
    if (outbox.nextAttemptUtc.isValid() && outbox.nextAttemptUtc > nowUtc)
        s.backingOffUntilUtc = outbox.nextAttemptUtc;
    return s;
}

} // namespace eol::core::sync
