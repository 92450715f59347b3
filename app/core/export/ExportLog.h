#pragma once

#include <QLoggingCategory>

namespace eol::core::exporting {

/// The export module's one logging category, "eol.core.export".
Q_DECLARE_LOGGING_CATEGORY(lcExport)

} // namespace eol::core::exporting
