#pragma once

#include "common/Result.h"
#include "plan/Plan.h"

#include <QString>
#include <QStringList>

namespace eol::core::plan {

/// The plan the editor runs for "Run this step": a step alone rarely works, because the modem
/// must have booted and answer, and a check needs the value an earlier step captured. So the
/// try-out plan is
///   - the whole setup (for a setup step: the setup up to and including it),
///   - then the earlier steps that capture a variable the step uses, and, transitively, what
///     those need (in plan order; built-ins and declared variables need nothing),
///   - then the step itself,
/// and no teardown: the DUT is left as the step leaves it, which is what the lead wants to see.
class TryoutPlan
{
public:
    /// Error "step_not_found" if no step has `stepId`.
    static eol::Result<Plan> forStep(const Plan& plan, const QString& stepId);

    /// Variables `step` reads: ${...} in its texts, a check's variable/equals, its if_set.
    static QStringList inputsOf(const Step& step);
    /// Variables `step` sets: named groups of `expect`/`pattern`, a key check's _pem/_sha256.
    static QStringList outputsOf(const Step& step);
};

} // namespace eol::core::plan
