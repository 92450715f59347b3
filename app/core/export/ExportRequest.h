#pragma once

#include "ExportFormat.h"
#include "ExportProgress.h"
#include "ExtraSheet.h"
#include "review/ReviewFilter.h"

#include <QList>
#include <QString>

namespace eol::core::exporting {

/// Everything one export needs. Only `filter`, `format` and `outputPath` are required.
struct ExportRequest
{
    review::ReviewFilter filter;
    QString serial; ///< exact serial, on top of the filter (`records export --serial`)
    int limit = 0;  ///< only the newest N runs (0 = all)
    ExportFormat format = ExportFormat::Csv;
    /// CSV: the runs file ("-" = standard output). XLSX: the workbook.
    QString outputPath;
    QString stepsCsvPath; ///< CSV only: also write the steps of those runs here (optional)
    QString notesCsvPath; ///< CSV only: also write their notes here (optional)
    /// XLSX only: sheets after Runs, Steps and Notes.
    QList<ExtraSheet> extraSheets;
    ExportProgressFn progress; ///< optional; may cancel
};

} // namespace eol::core::exporting
