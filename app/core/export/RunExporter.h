#pragma once

#include "ExportFormat.h"
#include "ExportProgress.h"
#include "ExportRequest.h"
#include "ExportSummary.h"
#include "common/Result.h"
#include "review/ReviewFilter.h"

#include <QString>

namespace eol::core::exporting {

/// The one entry point for exporting records: the runs a review::ReviewFilter selects — the
/// same filter the QA review window shows — with their steps and notes, to CSV or .xlsx.
///
/// Streams: rows go from SQLite to the file one at a time, so a million runs need no more
/// memory than ten. Reads through its own read-only connection in one read transaction (one
/// consistent snapshot while the station keeps testing), so call it off the GUI thread — the
/// review window runs it on its worker. Writes through QSaveFile: the output appears complete
/// or not at all (failure or cancel leaves no partial file).
///
///   CSV   outputPath = runs (docs/records.md columns, compatible with earlier versions; "-" =
///         standard output); stepsCsvPath / notesCsvPath add those tables when set.
///   XLSX  one workbook: "Runs", "Steps", "Notes" (+ request.extraSheets). A sheet over Excel's
///         1,048,575 data rows fails before any file is written ("export_too_many_rows").
///
/// Error codes: export_bad_request, export_bad_filter / review_bad_filter, export_no_database,
/// export_schema_too_old, export_read_failed, export_write_failed, export_too_many_rows,
/// export_cancelled, zip_too_large.
class RunExporter
{
public:
    static Result<ExportSummary> exportRuns(const QString& dbPath, const ExportRequest& request);

    /// The usual call from the review window: runs of `filter` to `outputPath`; for XLSX all
    /// three sheets, for CSV the runs table.
    static Result<ExportSummary> exportRuns(const QString& dbPath,
                                            const review::ReviewFilter& filter, ExportFormat format,
                                            const QString& outputPath,
                                            const ExportProgressFn& progress = {});

    /// "csv" / "xlsx" (case-insensitive); anything else is an error naming the choices.
    static Result<ExportFormat> parseFormat(const QString& name);
    static QString formatName(ExportFormat format);
};

} // namespace eol::core::exporting
