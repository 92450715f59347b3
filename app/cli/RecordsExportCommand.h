#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace eol::cli {

/// `eol-station records export --format csv|xlsx -o FILE [filters]`: the runs of a review
/// filter, with their steps and notes, to CSV or an .xlsx workbook (core::exporting).
class RecordsExportCommand
{
public:
    /// `arguments`: the program name, then everything after "records" (action included).
    static int run(const QStringList& arguments);

    /// A --from / --to value: YYYY-MM-DD (midnight UTC; for an end, the end of that day) or a
    /// full ISO-8601 date-time (without an offset it is read as UTC). The error names `option`.
    static Result<QDateTime> parseDate(const QString& value, const QString& option, bool end);
};

} // namespace eol::cli
