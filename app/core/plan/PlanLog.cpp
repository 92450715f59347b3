#include "PlanLog.h"

namespace eol::core::plan {

Q_LOGGING_CATEGORY(lcPlan, "eol.core.plan")

} // namespace eol::core::plan
