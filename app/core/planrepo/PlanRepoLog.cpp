#include "planrepo/PlanRepoLog.h"

namespace eol::core::planrepo {

Q_LOGGING_CATEGORY(lcPlanRepo, "eol.core.planrepo")

} // namespace eol::core::planrepo
