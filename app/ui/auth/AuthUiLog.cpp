#include "ui/auth/AuthUiLog.h"

namespace eol::ui::auth {

Q_LOGGING_CATEGORY(lcUiAuth, "eol.ui.auth")

} // namespace eol::ui::auth
