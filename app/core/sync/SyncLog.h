#pragma once

#include <QLoggingCategory>

namespace eol::core::sync {

/// The sync module's one logging category, "eol.core.sync". The registry token is never logged.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace eol::core::sync
