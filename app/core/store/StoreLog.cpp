#include "StoreLog.h"

namespace eol::core::store {

Q_LOGGING_CATEGORY(lcStore, "eol.core.store")

} // namespace eol::core::store
