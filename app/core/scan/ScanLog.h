#pragma once

#include <QLoggingCategory>

namespace eol::core::scan {

/// The scan module's one logging category, "eol.core.scan".
Q_DECLARE_LOGGING_CATEGORY(lcScan)

} // namespace eol::core::scan
