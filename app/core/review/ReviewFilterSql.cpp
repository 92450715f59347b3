#include "ReviewFilterSql.h"

#include <QByteArray>
#include <sqlite3.h>

namespace eol::core::review {

namespace {

/// Stored timestamps are ISO-8601 UTC text with milliseconds, so a range is a text comparison.
QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// The smallest text greater than every text that starts with `prefix` (compared as UTF-8
/// bytes, SQLite's BINARY collation): a prefix match becomes an index range.
QString prefixUpperBound(const QString& prefix)
{
    static const char32_t kLastCodePoint = 0x10FFFF;
    return QString(prefix + QString::fromUcs4(&kLastCodePoint, 1));
}

} // namespace

QStringList ReviewFilterSql::knownVerdicts()
{
    return {QStringLiteral("pass"),  QStringLiteral("skipped"), QStringLiteral("fail"),
            QStringLiteral("error"), QStringLiteral("aborted"), QStringLiteral("interrupted")};
}

Result<ReviewFilterSql> ReviewFilterSql::build(const ReviewFilter& filter, const QString& qualifier)
{
    const QString q = qualifier.isEmpty() ? QString() : QString(qualifier + QLatin1Char('.'));
    auto col = [&q](const char* name) { return QString(q + QLatin1String(name)); };

    QStringList terms;
    ReviewFilterSql out;

    if (filter.fromUtc.isValid() && filter.toUtc.isValid() && filter.fromUtc >= filter.toUtc) {
        return makeError(QStringLiteral("review_bad_filter"),
                         QStringLiteral("the date range is empty: it starts %1 and ends %2 — "
                                        "pick an end after the start")
                             .arg(isoUtc(filter.fromUtc), isoUtc(filter.toUtc)));
    }
    if (filter.fromUtc.isValid()) {
        terms << QString(col("started_utc") + QLatin1String(" >= ?"));
        out.params << isoUtc(filter.fromUtc);
    }
    if (filter.toUtc.isValid()) {
        terms << QString(col("started_utc") + QLatin1String(" < ?"));
        out.params << isoUtc(filter.toUtc);
    }
    if (!filter.product.isEmpty()) {
        terms << QString(col("product") + QLatin1String(" = ?"));
        out.params << filter.product;
    }
    if (!filter.planId.isEmpty()) {
        terms << QString(col("plan_id") + QLatin1String(" = ?"));
        out.params << filter.planId;
    }
    if (filter.planRevision < -1) {
        return makeError(QStringLiteral("review_bad_filter"),
                         QStringLiteral("plan revision %1 does not exist — use a revision "
                                        "number (0 or more) or leave it open")
                             .arg(filter.planRevision));
    }
    if (filter.planRevision >= 0) {
        terms << QString(col("plan_revision") + QLatin1String(" = ?"));
        out.params << filter.planRevision;
    }
    if (!filter.verdicts.isEmpty()) {
        const QStringList known = knownVerdicts();
        QStringList marks;
        QStringList seen;
        for (const QString& raw : filter.verdicts) {
            const QString v = raw.trimmed().toLower();
            if (!known.contains(v)) {
                return makeError(QStringLiteral("review_bad_filter"),
                                 QStringLiteral("unknown verdict \"%1\" — use one or more of %2")
                                     .arg(raw, known.join(QStringLiteral(", "))));
            }
            if (seen.contains(v))
                continue;
            seen << v;
            marks << QStringLiteral("?");
            out.params << v;
        }
        terms << QString(col("verdict") + QLatin1String(" IN (") +
                         marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    if (!filter.failingStep.isEmpty()) {
        terms << QString(col("failing_step") + QLatin1String(" = ?"));
        out.params << filter.failingStep;
    }
    if (!filter.batch.isEmpty()) {
        terms << QString(QLatin1Char('(') + col("batch") + QLatin1String(" = ? OR ") +
                         col("work_order") + QLatin1String(" = ?)"));
        out.params << filter.batch << filter.batch;
    }
    if (!filter.operatorName.isEmpty()) {
        terms << QString(col("operator") + QLatin1String(" = ?"));
        out.params << filter.operatorName;
    }
    if (!filter.stationId.isEmpty()) {
        terms << QString(col("station_id") + QLatin1String(" = ?"));
        out.params << filter.stationId;
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // Prefix ranges instead of LIKE: LIKE is case-insensitive and cannot use the BINARY
        // indexes on serial, imei and iccid; ranges can, so the search stays fast on 1M runs.
        // Serials are printed in upper case, so a lower-case search finds them too.
        QStringList alternatives;
        QStringList prefixes{search};
        if (search.toUpper() != search)
            prefixes << search.toUpper();
        for (const char* name : {"serial", "imei", "iccid"}) {
            for (const QString& p : prefixes) {
                alternatives << QString(QLatin1Char('(') + col(name) + QLatin1String(" >= ? AND ") +
                                        col(name) + QLatin1String(" < ?)"));
                out.params << p << prefixUpperBound(p);
            }
        }
        terms << QString(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                         QLatin1Char(')'));
    }
    out.where = terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
    return out;
}

int ReviewFilterSql::bind(sqlite3_stmt* stmt, int first) const
{
    int i = first;
    for (const QVariant& v : params) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            sqlite3_bind_int64(stmt, i, v.toLongLong());
            break;
        default: {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        ++i;
    }
    return i;
}

} // namespace eol::core::review
