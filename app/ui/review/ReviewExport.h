#pragma once

#include "common/Result.h"
#include "review/ReviewFilter.h"

#include <QString>

namespace eol::ui::review {

/// The review window's one door to the exporters: the runs of a ReviewFilter to a CSV or
/// .xlsx file. Kept as one small adapter so the window does not depend on how the export
/// module is organised.
class ReviewExport
{
public:
    enum class Format
    {
        Csv,
        Xlsx
    };

    /// Writes the runs matching `filter` in `databasePath` to `outputPath` (XLSX: Runs, Steps,
    /// Notes and Audit sheets; CSV: the runs table); returns how many
    /// runs were written. Uses its own connection, so call it off the GUI thread.
    static Result<int> write(const QString& databasePath, const core::review::ReviewFilter& filter,
                             Format format, const QString& outputPath);
};

} // namespace eol::ui::review
