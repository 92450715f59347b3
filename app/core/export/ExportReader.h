#pragma once

#include "common/Result.h"
#include "review/ReviewFilter.h"
#include "store/NoteRecord.h"
#include "store/RunRecord.h"
#include "store/StepRecord.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace eol::core::exporting {

/// The rows of one export, read straight off SQLite one at a time (nothing is collected), all
/// from one read transaction: runs, their steps and their notes are one consistent snapshot
/// even while the station keeps writing. Opens its own read-only connection; use it on one
/// thread.
///
/// Selection: the ReviewFilter (review::ReviewFilterSql builds the WHERE), an optional exact
/// serial, an optional "newest N". Order: runs newest first; steps by that run order, then
/// sequence; notes oldest first. Notes: those on the selected runs and the device notes of
/// their serials, deleted ones included (they carry deletedUtc).
class ExportReader
{
public:
    /// The first schema with what the filter and the notes need (iccid column, notes table).
    static constexpr int kMinimumSchema = 4;

    static Result<std::unique_ptr<ExportReader>> open(const QString& dbPath,
                                                      const review::ReviewFilter& filter,
                                                      const QString& serial = {}, int limit = 0);
    ~ExportReader();
    ExportReader(const ExportReader&) = delete;
    ExportReader& operator=(const ExportReader&) = delete;

    /// The read connection, inside the export's read transaction (for extra sheets).
    sqlite3* connection() const { return m_db; }

    Result<qint64> countRuns() const;
    Result<qint64> countSteps() const;
    Result<qint64> countNotes() const;

    /// `notes`: the run's live notes, oldest first, one per line as "author: text".
    using RunFn = std::function<Result<void>(const store::RunRecord& run, const QString& notes)>;
    using StepFn =
        std::function<Result<void>(const store::StepRecord& step, const QString& serial)>;
    using NoteFn = std::function<Result<void>(const store::NoteRecord& note)>;

    Result<void> forEachRun(const RunFn& fn) const;
    Result<void> forEachStep(const StepFn& fn) const;
    Result<void> forEachNote(const NoteFn& fn) const;

private:
    struct Query
    {
        QByteArray sql;
        QVariantList params;
    };

    ExportReader(sqlite3* db, QString path);
    Result<sqlite3_stmt*> prepare(const Query& q) const;
    Result<qint64> count(const Query& q) const;
    Error sqlError(const QString& what) const;
    Query runsQuery(bool forCount) const;
    Query stepsQuery(bool forCount) const;
    Query notesQuery(bool forCount) const;
    /// "<where> [AND a.serial = ?]" over runs aliased `alias`, and its values.
    Query selection(const QString& alias) const;

    sqlite3* m_db = nullptr;
    QString m_path;
    review::ReviewFilter m_filter;
    QString m_serial;
    int m_limit = 0;
};

} // namespace eol::core::exporting
