#pragma once

#include <QLoggingCategory>

namespace eol::ui::auth {

/// The login and access UI's one logging category, "eol.ui.auth".
Q_DECLARE_LOGGING_CATEGORY(lcUiAuth)

} // namespace eol::ui::auth
