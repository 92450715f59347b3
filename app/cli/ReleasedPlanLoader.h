#pragma once

#include "common/Result.h"
#include "plan/Plan.h"

#include <QString>

namespace eol::cli {

/// `eol-station run` with release enforced (docs/plan-releases.md): the plan comes from the
/// station database as its newest released revision, never from the file named by --plan.
class ReleasedPlanLoader
{
public:
    /// True with `--require-released`, EOL_REQUIRE_RELEASED=1, or plan/require_released=true
    /// in station.ini.
    static bool required(bool flag);
    /// Resolves `ref` (id, name or file) to the newest released revision of that plan in the
    /// database at `databasePath`. Shipped plans are taken over as released by "vendor" on
    /// first use.
    static Result<core::plan::Plan> load(const QString& databasePath, const QString& plansDir,
                                         const QString& ref, const QString& stationId);
};

} // namespace eol::cli
