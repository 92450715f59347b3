#pragma once

#include "common/Result.h"
#include "plan/Plan.h"

#include <QString>
#include <QStringList>

namespace eol::cli {

/// Finds a plan by file path or by id. Ids are looked up in the plan folders, in order:
/// --plans-dir, $EOL_PLANS_DIR, <binary>/../share/eol-station/testplans, else (a build tree,
/// which has no installed plans) the source tree's testplans/.
class PlanLocator
{
public:
    explicit PlanLocator(QString extraDir = {});
    QStringList searchDirs() const;
    /// The folders of the plans shipped with the station (<binary>/../share/eol-station/
    /// testplans, the source tree's testplans/), not the site's own (--plans-dir,
    /// $EOL_PLANS_DIR): only these may be taken over as released by "vendor".
    static QStringList shippedDirs();
    Result<core::plan::Plan> load(const QString& fileOrId) const;

private:
    QString m_extraDir;
};

} // namespace eol::cli
