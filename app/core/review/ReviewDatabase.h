#pragma once

#include "FilterChoices.h"
#include "MeasurementHistogram.h"
#include "ParetoEntry.h"
#include "ReviewFilter.h"
#include "ReviewSort.h"
#include "RunCursor.h"
#include "RunDetail.h"
#include "RunPage.h"
#include "UnitHistory.h"
#include "YieldPoint.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QTimeZone>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace eol::core::review {

/// QA's read-only window into the station's record database (schema 4 or later): counts,
/// pages, run details, unit histories and the chart aggregates for a ReviewFilter.
///
/// Opens its own SQLite connection with SQLITE_OPEN_READONLY: it can never change a record,
/// and in WAL mode it reads beside the station's writer without blocking it (a busy timeout
/// covers checkpoints). Like RunStore it is one connection for one thread at a time: create it
/// on the thread that queries it (the review window's worker), and only interrupt() may be
/// called from another thread.
class ReviewDatabase
{
public:
    /// The first schema version with the columns and indexes the review needs.
    static constexpr int kMinimumSchema = 7; // 006 Pareto index, 007 run count

    /// Opens `path` read-only. Fails with a clear message when the file is missing, is not a
    /// station database, or has a schema older than kMinimumSchema (open it once with the
    /// station, which upgrades it).
    static Result<std::unique_ptr<ReviewDatabase>> open(const QString& path);
    ~ReviewDatabase();
    ReviewDatabase(const ReviewDatabase&) = delete;
    ReviewDatabase& operator=(const ReviewDatabase&) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    /// How many runs match.
    Result<qint64> countRuns(const ReviewFilter& filter) const;
    /// Up to `limit` runs after `after`, in `sort` order.
    Result<RunPage> runPage(const ReviewFilter& filter, const ReviewSort& sort,
                            const RunCursor& after, int limit) const;
    /// One run with steps, attributes and transcript, and the failing exchange located.
    Result<RunDetail> runDetail(const QString& runId) const;
    /// Every run of `serial`, oldest first, with its first and final verdicts.
    Result<UnitHistory> unitHistory(const QString& serial) const;
    /// Failing steps of the filter's non-pass runs, most frequent first.
    Result<QList<ParetoEntry>> pareto(const ReviewFilter& filter) const;
    /// First-pass yield per day (in `zone`) and product, oldest day first.
    Result<QList<YieldPoint>> firstPassYield(const ReviewFilter& filter,
                                             const QTimeZone& zone) const;
    /// The numeric measurements of step `stepId` in the filter's runs, in `binCount` bins.
    Result<MeasurementHistogram> histogram(const ReviewFilter& filter, const QString& stepId,
                                           int binCount) const;
    /// Distinct products, plans, steps, operators, stations and batches for the filter bar.
    Result<FilterChoices> filterChoices() const;

    /// Makes the query running on this connection (if any) stop with an "interrupted" error.
    /// The only method that may be called from another thread.
    void interrupt() const;

private:
    ReviewDatabase(sqlite3* db, QString path);
    Result<sqlite3_stmt*> prepare(const QByteArray& sql) const;
    void trimStatementCache() const;
    Error sqlError(const QString& what) const;
    Result<QStringList> distinctValues(const char* column) const;
    Result<QString> stepName(const QString& stepId) const;

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_schemaVersion = 0;
    mutable std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

} // namespace eol::core::review
