#pragma once

#include <QLoggingCategory>

namespace eol::core::plan {

/// The plan module's one logging category, "eol.core.plan".
Q_DECLARE_LOGGING_CATEGORY(lcPlan)

} // namespace eol::core::plan
