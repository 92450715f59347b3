#pragma once

#include <QLoggingCategory>

namespace eol::core::audit {

/// The audit module's one logging category, "eol.core.audit".
Q_DECLARE_LOGGING_CATEGORY(lcAudit)

} // namespace eol::core::audit
