#pragma once

#include <QLoggingCategory>

namespace eol::ui {

/// The operator UI's one logging category ("eol.ui").
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace eol::ui
