#include "ScanLog.h"

namespace eol::core::scan {

Q_LOGGING_CATEGORY(lcScan, "eol.core.scan")

} // namespace eol::core::scan
