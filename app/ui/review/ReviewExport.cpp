#include "ReviewExport.h"

#include "audit/AuditSheet.h"
#include "export/RunExporter.h"

namespace eol::ui::review {

Result<int> ReviewExport::write(const QString& databasePath,
                                const core::review::ReviewFilter& filter, Format format,
                                const QString& outputPath)
{
    namespace exporting = core::exporting;
    exporting::ExportRequest request;
    request.filter = filter;
    request.outputPath = outputPath;
    request.format = format == Format::Xlsx ? exporting::ExportFormat::Xlsx
                                            : exporting::ExportFormat::Csv;
    // The workbook carries the audit trail of the same period, as `records export` does.
    if (format == Format::Xlsx)
        request.extraSheets << core::audit::AuditSheet::make(filter.fromUtc, filter.toUtc);
    auto summary = exporting::RunExporter::exportRuns(databasePath, request);
    if (!summary)
        return summary.error();
    return int(summary->runs);
}

} // namespace eol::ui::review
