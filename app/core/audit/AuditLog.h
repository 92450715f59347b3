#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "common/Result.h"

#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace eol::core::store {
class RunStore;
}

namespace eol::core::audit {

/// The station's audit trail (table audit_log, resources/sql/005_auth_audit_plans.sql): logins,
/// user changes, plan releases, limit changes, settings changes, deleted notes. Append-only —
/// the database refuses UPDATE and DELETE with a trigger, so this class has no way to change
/// history and neither has anyone else holding the connection.
///
/// Works on the RunStore's connection and thread, so a change and its audit row can share one
/// RunStore::transaction(): either both are on disk or neither is.
class AuditLog
{
public:
    AuditLog(store::RunStore& store, QString stationId);

    /// Appends one row; `entry.id` and `entry.stationId` are ignored, an invalid `utc` means now.
    /// Returns the new row's id.
    Result<qint64> append(const AuditEntry& entry);
    /// Convenience for the common shape.
    Result<qint64> append(const QString& actor, const QString& action, const QString& subject,
                          const QString& oldValue = {}, const QString& newValue = {},
                          const QJsonObject& details = {});

    Result<QList<AuditEntry>> query(const AuditFilter& filter) const;
    /// The same query on any connection to a station database (e.g. an export's read
    /// snapshot).
    static Result<QList<AuditEntry>> queryOn(sqlite3* db, const AuditFilter& filter);

    QString stationId() const { return m_stationId; }

    /// Column names of the export (CSV header, the "Audit" sheet of the records workbook).
    static QStringList columns();
    /// One entry as export cells, in columns() order (details as compact JSON).
    static QStringList row(const AuditEntry& entry);
    /// RFC 4180 CSV of `entries` (header row, CRLF, formula-injection guard as the records CSV).
    static Result<void> writeCsv(const QList<AuditEntry>& entries, QIODevice& out);
    static QJsonObject toJson(const AuditEntry& entry);

private:
    store::RunStore& m_store;
    QString m_stationId;
};

} // namespace eol::core::audit
