#pragma once

#include <QMetaType>
#include <QString>

namespace eol::core::review {

/// One bar of the Pareto of failing steps: how many runs of the filter this step decided,
/// split into DUT failures and station errors (QA must tell them apart).
struct ParetoEntry
{
    QString stepId;
    QString stepName; ///< the plan's name of the step (from a recorded step), or empty
    int fail = 0;     ///< verdict fail: the unit is bad
    int error = 0;    ///< verdict error: the station could not test
    int other = 0;    ///< aborted, interrupted
    int total() const { return fail + error + other; }
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::ParetoEntry)
