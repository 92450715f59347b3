#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station plan import|release|revisions|diff|show|discard`: plan revisions in the station
/// database (docs/plan-releases.md). Reached through PlanCommand (`plan check` stays there).
class PlanRepoCommand
{
public:
    /// True for the actions this command handles.
    static bool handles(const QString& action);
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
