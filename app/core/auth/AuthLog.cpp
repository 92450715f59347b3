#include "auth/AuthLog.h"

namespace eol::core::auth {

Q_LOGGING_CATEGORY(lcAuth, "eol.core.auth")

} // namespace eol::core::auth
