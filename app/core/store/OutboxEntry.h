#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eol::core::store {

/// One outbox row with the run's serial, for listings of what the registry refused.
struct OutboxEntry
{
    QString runId;
    QString serial;
    QString state; ///< pending | synced | rejected | conflict
    QDateTime createdUtc;
    int attempts = 0;
    QString lastError;
    QString reason;      ///< the registry's message for rejected / conflict
    QString reasonField; ///< the field the registry named, if any
};

} // namespace eol::core::store

Q_DECLARE_METATYPE(eol::core::store::OutboxEntry)
