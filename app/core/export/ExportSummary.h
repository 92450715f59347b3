#pragma once

#include "ExportFormat.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace eol::core::exporting {

/// What an export wrote.
struct ExportSummary
{
    ExportFormat format = ExportFormat::Csv;
    QStringList files; ///< every file written, runs / workbook first ("-" = standard output)
    qint64 runs = 0;
    qint64 steps = 0; ///< 0 when the steps were not asked for (CSV without a steps file)
    qint64 notes = 0; ///< likewise
    /// Rows per sheet (XLSX: "Runs", "Steps", "Notes", extra sheets; CSV: "runs", ...).
    QList<QPair<QString, qint64>> rowsPerPart;
    qint64 bytes = 0;   ///< size of all files written
    double seconds = 0; ///< wall time of the export
};

} // namespace eol::core::exporting
