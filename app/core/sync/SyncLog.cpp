#include "SyncLog.h"

namespace eol::core::sync {

Q_LOGGING_CATEGORY(lcSync, "eol.core.sync")

} // namespace eol::core::sync
