#pragma once

#include <QString>
#include <functional>

namespace eol::core::exporting {

/// How far an export is: rows of `part` ("runs", "steps", "notes" or an extra sheet's name)
/// written so far, out of `total` (counted before writing).
struct ExportProgress
{
    QString part;
    qint64 done = 0;
    qint64 total = 0;
};

/// Called every few thousand rows and at the end of each part, on the exporting thread.
/// Return false to cancel: the export stops, removes what it wrote, and fails with the code
/// "export_cancelled".
using ExportProgressFn = std::function<bool(const ExportProgress&)>;

} // namespace eol::core::exporting
