#pragma once

#include "ReviewFilter.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3_stmt;

namespace eol::core::review {

/// A ReviewFilter turned into SQL: a WHERE condition over the table `runs` and the values to
/// bind to its `?` placeholders, in order. The SQL text is made of fixed fragments only; every
/// value the user typed is a bound parameter, so no filter can change the statement.
///
///     auto sql = ReviewFilterSql::build(filter);
///     if (!sql) return sql.error();
///     QByteArray text = "SELECT ... FROM runs WHERE " + sql->where.toUtf8() + " ORDER BY ...";
///     sqlite3_prepare_v2(db, text, ...);  sql->bind(stmt);   // binds ?1 .. ?n
///
/// The search (serial, IMEI, ICCID prefix) uses the `iccid` column added by schema 004.
class ReviewFilterSql
{
public:
    /// Validates `filter` (known verdicts, from before to, a sane plan revision) and builds the
    /// condition. `qualifier` (e.g. "r") prefixes every column ("r.verdict") for joins with
    /// `steps`, which has columns of the same names; empty = bare column names.
    static Result<ReviewFilterSql> build(const ReviewFilter& filter, const QString& qualifier = {});

    /// The verdicts a filter may name, in the order of severity used by the station.
    static QStringList knownVerdicts();

    /// Never empty: "1" when the filter matches every run.
    QString where;
    /// One value per `?` in `where`, in order: QString, int or qint64.
    QVariantList params;

    /// Binds `params` to `stmt` starting at parameter `first` (1-based). Returns the index of
    /// the next free parameter, so a caller can bind its own values after the filter's.
    int bind(sqlite3_stmt* stmt, int first = 1) const;

    /// True when the filter narrows nothing.
    bool matchesEverything() const { return params.isEmpty() && where == QLatin1String("1"); }
};

} // namespace eol::core::review
