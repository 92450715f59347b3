#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace eol::core::audit {

/// One row of the append-only audit trail: who did what to what, when, and what it was before
/// and after (e.g. a limit "3300 … 4500 mV" → "3400 … 4500 mV"). `details` carries the
/// structured rest (plan revision, step id, the login channel, ...).
struct AuditEntry
{
    qint64 id = 0;     ///< assigned by the database, increasing
    QDateTime utc;     ///< set by AuditLog::append when left invalid
    QString stationId; ///< the station that wrote the row (set by AuditLog)
    QString actor;     ///< user name, "cli:<os user>", "vendor", or "(unknown)"
    QString action;    ///< one of AuditAction's names
    QString subject;   ///< what was acted on: a user, "plan nrf91-tracker", a settings key
    QString oldValue;  ///< before (empty when not applicable)
    QString newValue;  ///< after (empty when not applicable)
    QJsonObject details;
};

} // namespace eol::core::audit

Q_DECLARE_METATYPE(eol::core::audit::AuditEntry)
