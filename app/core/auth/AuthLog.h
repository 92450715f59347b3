#pragma once

#include <QLoggingCategory>

namespace eol::core::auth {

/// The auth module's one logging category, "eol.core.auth". Never logs a PIN or a badge id.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace eol::core::auth
