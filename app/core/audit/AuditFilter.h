#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace eol::core::audit {

/// Which audit rows AuditLog::query returns (all conditions must hold; empty = any).
struct AuditFilter
{
    QDateTime from;      ///< utc >= from
    QDateTime to;        ///< utc < to
    QStringList actions; ///< one of these actions
    QString actor;       ///< exactly this actor (case-insensitive)
    QString text;        ///< contained in subject, old or new value (case-insensitive)
    bool newestFirst = true;
    int limit = 0; ///< 0 = no limit
};

} // namespace eol::core::audit
