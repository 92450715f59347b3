#pragma once

#include <QLoggingCategory>

namespace eol::core::planrepo {

/// The plan repository module's one logging category, "eol.core.planrepo".
Q_DECLARE_LOGGING_CATEGORY(lcPlanRepo)

} // namespace eol::core::planrepo
