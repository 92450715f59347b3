#include "ui/admin/AdminLog.h"

namespace eol::ui::admin {

Q_LOGGING_CATEGORY(lcUiAdmin, "eol.ui.admin")

} // namespace eol::ui::admin
