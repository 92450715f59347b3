#pragma once

namespace eol::core::exporting {

/// What an export writes: RFC 4180 CSV files, or one .xlsx workbook.
enum class ExportFormat
{
    Csv,
    Xlsx,
};

} // namespace eol::core::exporting
