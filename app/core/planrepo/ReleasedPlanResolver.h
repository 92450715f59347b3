#pragma once

#include "common/Result.h"
#include "plan/Plan.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace eol::core::planrepo {

class PlanRepository;

/// "Operators run only released plans" (docs/plan-releases.md): turns a plan reference (a plan
/// id, a file name like "nrf91", a path) into the newest released revision of that plan from
/// the repository — never the file itself. The file (found by `fileLoader`) only says which
/// plan id is meant. A plan that was never released is refused with the file, its SHA-256 and
/// what a lead must do.
///
/// Shipped plans (files in `shippedDirs`, installed with the station) are taken over as
/// released by "vendor" the first time they are asked for, when the repository has no revision
/// of that plan at all — so a station works on first start.
class ReleasedPlanResolver
{
public:
    using FileLoader = std::function<Result<plan::Plan>(const QString& ref)>;

    ReleasedPlanResolver(PlanRepository& repository, FileLoader fileLoader,
                         QStringList shippedDirs);

    Result<plan::Plan> resolve(const QString& ref);

private:
    bool isShipped(const QString& path) const;

    PlanRepository& m_repository;
    FileLoader m_fileLoader;
    QStringList m_shippedDirs;
};

} // namespace eol::core::planrepo
