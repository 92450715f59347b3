#include "ExportLog.h"

namespace eol::core::exporting {

Q_LOGGING_CATEGORY(lcExport, "eol.core.export")

} // namespace eol::core::exporting
