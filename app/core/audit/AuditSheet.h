#pragma once

#include "audit/AuditFilter.h"
#include "export/ExtraSheet.h"

namespace eol::core::audit {

/// The "Audit" sheet of the records workbook (core/export): the audit trail of the exported
/// period, oldest first, read from the export's own snapshot. Columns as AuditLog::columns(),
/// the time as a real date cell.
class AuditSheet
{
public:
    static exporting::ExtraSheet make(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {});
};

} // namespace eol::core::audit
