#pragma once

#include "RunFilter.h"
#include "RunStore.h"
#include "common/Result.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace eol::core::store {

/// Writes runs as RFC 4180 CSV (UTF-8 without BOM, CRLF line ends, one header row), for QA to
/// open in a spreadsheet. Cells that a spreadsheet would run as a formula are neutralised with
/// a leading apostrophe — see escapeField().
class CsvExporter
{
public:
    /// The header row, in column order.
    static QStringList columns();

    /// Exports the runs matching `filter` (newest first) to `out`, which must be open for
    /// writing.
    static eol::Result<void> exportRuns(const RunStore& store, const RunFilter& filter,
                                        QIODevice& out);

    /// One cell: formula-injection guard, then RFC 4180 quoting. A value starting with `=`,
    /// `+`, `@`, TAB or CR, or with `-` followed by something other than a digit, gets a
    /// leading `'`. IMEIs, serials and negative numbers ("-12.5") are left exactly as they are.
    /// The value is quoted (quotes doubled) when it contains a comma, quote, CR or LF.
    static QString escapeField(const QString& value);
};

} // namespace eol::core::store
