#pragma once

#include <QLoggingCategory>

namespace eol::ui::admin {

/// The admin window's one logging category, "eol.ui.admin".
Q_DECLARE_LOGGING_CATEGORY(lcUiAdmin)

} // namespace eol::ui::admin
