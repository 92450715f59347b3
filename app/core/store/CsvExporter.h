#pragma once

#include "NoteRecord.h"
#include "RunFilter.h"
#include "RunRecord.h"
#include "RunStore.h"
#include "StepRecord.h"
#include "common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace eol::core::store {

/// The CSV shape of records — RFC 4180 (UTF-8 without BOM, CRLF line ends, one header row) —
/// for QA to open in a spreadsheet and for scripts. Three tables: runs (columns()), steps
/// (stepColumns()) and notes (noteColumns()); docs/records.md describes every column. Cells
/// that a spreadsheet would run as a formula are neutralised with a leading apostrophe — see
/// escapeField(). The streaming, filtered export is exporting::RunExporter; it writes rows
/// made here.
class CsvExporter
{
public:
    /// The runs header row, in column order (unchanged since the first CSV export).
    static QStringList columns();
    static QStringList runRow(const RunRecord& run);
    static QStringList stepColumns();
    /// `serial`: the serial of the step's run (a step row does not carry it).
    static QStringList stepRow(const StepRecord& step, const QString& serial);
    static QStringList noteColumns();
    static QStringList noteRow(const NoteRecord& note);

    /// One CSV line: every cell through escapeField(), joined with ',', CRLF, UTF-8.
    static QByteArray line(const QStringList& cells);
    /// A number as the shortest text that reads back as the same double ("12.5", "-71", "1e-06").
    static QString number(double value);

    /// Exports the runs matching `filter` (newest first) to `out`, which must be open for
    /// writing.
    static eol::Result<void> exportRuns(const RunStore& store, const RunFilter& filter,
                                        QIODevice& out);

    /// One cell: formula-injection guard, then RFC 4180 quoting. A value starting with `=`,
    /// `+`, `-`, `@`, TAB or CR gets a leading `'` — unless the whole value is a plain decimal
    /// number ("-12.5", "+3", "-1e-3") or a lone "-": those stay numbers. IMEIs and serials
    /// starting with a digit are never touched. The value is quoted (quotes doubled) when it
    /// contains a comma, quote, CR or LF.
    static QString escapeField(const QString& value);
    /// True for an optional sign, digits with at most one '.', and an optional exponent.
    static bool isPlainNumber(const QString& value);
};

} // namespace eol::core::store
