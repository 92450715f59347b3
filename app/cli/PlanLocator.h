#pragma once

#include "common/Result.h"
#include "plan/Plan.h"

#include <QString>
#include <QStringList>

namespace eol::cli {

/// Finds a plan by file path or by id. Ids are looked up in the plan folders, in order:
/// --plans-dir, $EOL_PLANS_DIR, <binary>/../share/eol-station/testplans, the source tree's
/// testplans/ (for a build tree).
class PlanLocator
{
public:
    explicit PlanLocator(QString extraDir = {});
    QStringList searchDirs() const;
    Result<core::plan::Plan> load(const QString& fileOrId) const;

private:
    QString m_extraDir;
};

} // namespace eol::cli
