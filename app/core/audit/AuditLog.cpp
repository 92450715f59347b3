#include "audit/AuditLog.h"

#include "audit/AuditLogging.h"
#include "audit/SqlStatement.h"
#include "store/CsvExporter.h"
#include "store/RunStore.h"

#include <QJsonDocument>

namespace eol::core::audit {

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// LIKE pattern that matches `text` literally anywhere ('\' escapes % and _).
QString likeContains(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
}

} // namespace

AuditLog::AuditLog(store::RunStore& store, QString stationId)
    : m_store(store), m_stationId(std::move(stationId))
{
}

Result<qint64> AuditLog::append(const QString& actor, const QString& action, const QString& subject,
                                const QString& oldValue, const QString& newValue,
                                const QJsonObject& details)
{
    AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.subject = subject;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.details = details;
    return append(e);
}

Result<qint64> AuditLog::append(const AuditEntry& entry)
{
    if (entry.action.isEmpty())
        return makeError(QStringLiteral("audit_invalid"),
                         QStringLiteral("an audit row needs an action — this is a bug"));
    auto stmt = SqlStatement::prepare(
        m_store.connection(),
        "INSERT INTO audit_log (utc, station_id, actor, action, subject, old_value, new_value, "
        "details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        QStringLiteral("append to the audit log"));
    if (!stmt)
        return stmt.error();
    SqlStatement& s = stmt.value();
    const QDateTime utc = entry.utc.isValid() ? entry.utc : QDateTime::currentDateTimeUtc();
    s.bind(1, isoUtc(utc));
    s.bind(2, m_stationId);
    s.bind(3, entry.actor.isEmpty() ? QStringLiteral("(unknown)") : entry.actor);
    s.bind(4, entry.action);
    s.bind(5, entry.subject);
    s.bind(6, entry.oldValue);
    s.bind(7, entry.newValue);
    s.bind(8, entry.details.isEmpty()
                  ? QString()
                  : QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    if (auto r = s.run(); !r)
        return r.error();
    qCDebug(lcAudit) << "audit" << entry.action << entry.actor << entry.subject;
    return s.lastInsertId();
}

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter& filter) const
{
    return queryOn(m_store.connection(), filter);
}

Result<QList<AuditEntry>> AuditLog::queryOn(sqlite3* db, const AuditFilter& filter)
{
    QString sql = QStringLiteral("SELECT id, utc, station_id, actor, action, subject, old_value, "
                                 "new_value, details_json FROM audit_log WHERE 1");
    // Values are bound, never spliced: only the placeholders depend on the filter.
    QStringList binds;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND utc >= ?");
        binds << isoUtc(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND utc < ?");
        binds << isoUtc(filter.to);
    }
    if (!filter.actions.isEmpty()) {
        QStringList marks;
        for (const QString& a : filter.actions) {
            marks << QStringLiteral("?");
            binds << a;
        }
        sql += QStringLiteral(" AND action IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ? COLLATE NOCASE");
        binds << filter.actor;
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (subject LIKE ? ESCAPE '\\' OR old_value LIKE ? ESCAPE '\\'"
                              " OR new_value LIKE ? ESCAPE '\\')");
        const QString like = likeContains(filter.text);
        binds << like << like << like;
    }
    sql +=
        filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(filter.limit);

    const QByteArray utf8 = sql.toUtf8();
    auto stmt = SqlStatement::prepare(db, utf8.constData(), QStringLiteral("read the audit log"));
    if (!stmt)
        return stmt.error();
    SqlStatement& s = stmt.value();
    for (int i = 0; i < binds.size(); ++i)
        s.bind(i + 1, binds.at(i));
    QList<AuditEntry> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        AuditEntry e;
        e.id = s.int64(0);
        e.utc = QDateTime::fromString(s.text(1), Qt::ISODateWithMs).toUTC();
        e.stationId = s.text(2);
        e.actor = s.text(3);
        e.action = s.text(4);
        e.subject = s.text(5);
        e.oldValue = s.text(6);
        e.newValue = s.text(7);
        const QString json = s.text(8);
        if (!json.isEmpty())
            e.details = QJsonDocument::fromJson(json.toUtf8()).object();
        out.append(e);
    }
    return out;
}

QStringList AuditLog::columns()
{
    return {QStringLiteral("id"),        QStringLiteral("utc"),       QStringLiteral("station"),
            QStringLiteral("actor"),     QStringLiteral("action"),    QStringLiteral("subject"),
            QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("details")};
}

QStringList AuditLog::row(const AuditEntry& e)
{
    return {QString::number(e.id),
            isoUtc(e.utc),
            e.stationId,
            e.actor,
            e.action,
            e.subject,
            e.oldValue,
            e.newValue,
            e.details.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))};
}

Result<void> AuditLog::writeCsv(const QList<AuditEntry>& entries, QIODevice& out)
{
    auto line = [](const QStringList& cells) {
        QStringList escaped;
        for (const QString& c : cells)
            escaped << store::CsvExporter::escapeField(c);
        return QString(escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    QByteArray bytes = line(columns());
    for (const AuditEntry& e : entries)
        bytes += line(row(e));
    if (out.write(bytes) != bytes.size())
        return makeError(
            QStringLiteral("audit_export_failed"),
            QStringLiteral("cannot write the audit export: %1").arg(out.errorString()));
    return {};
}

QJsonObject AuditLog::toJson(const AuditEntry& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("utc"), isoUtc(e.utc)},
                  {QStringLiteral("station"), e.stationId},
                  {QStringLiteral("actor"), e.actor},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("subject"), e.subject},
                  {QStringLiteral("old_value"), e.oldValue},
                  {QStringLiteral("new_value"), e.newValue}};
    if (!e.details.isEmpty())
        o.insert(QStringLiteral("details"), e.details);
    return o;
}

} // namespace eol::core::audit
