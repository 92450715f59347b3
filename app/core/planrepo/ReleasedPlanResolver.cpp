#include "planrepo/ReleasedPlanResolver.h"

#include "plan/PlanLoader.h"
#include "planrepo/PlanRepoLog.h"
#include "planrepo/PlanRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace eol::core::planrepo {

ReleasedPlanResolver::ReleasedPlanResolver(PlanRepository& repository, FileLoader fileLoader,
                                           QStringList shippedDirs)
    : m_repository(repository), m_fileLoader(std::move(fileLoader)),
      m_shippedDirs(std::move(shippedDirs))
{
}

bool ReleasedPlanResolver::isShipped(const QString& path) const
{
    if (path.isEmpty())
        return false;
    const QString folder = QFileInfo(path).canonicalPath();
    for (const QString& dir : m_shippedDirs) {
        if (!folder.isEmpty() && QFileInfo(dir).canonicalFilePath() == folder)
            return true;
    }
    return false;
}

Result<plan::Plan> ReleasedPlanResolver::resolve(const QString& ref)
{
    QString planId;
    plan::Plan file;
    bool haveFile = false;
    auto ids = m_repository.planIds();
    if (!ids)
        return ids.error();
    if (ids->contains(ref)) {
        planId = ref;
    }
    // The file (if any) tells the plan id, where prompt images live, and whether this is a
    // shipped plan; its bytes are never what runs.
    if (m_fileLoader) {
        auto loaded = m_fileLoader(ref);
        if (loaded) {
            file = loaded.value();
            haveFile = true;
            if (planId.isEmpty())
                planId = file.id;
        } else if (planId.isEmpty()) {
            return loaded.error();
        }
    }
    if (planId.isEmpty())
        return makeError(QStringLiteral("plan_not_found"),
                         QStringLiteral("no plan \"%1\" at this station").arg(ref));
    if (haveFile && file.id != planId)
        haveFile = false; // a file of that name holds another plan; the repository decides

    auto released = m_repository.latestReleased(planId);
    if (!released && released.error().code == QLatin1String("plan_not_released")) {
        auto existing = m_repository.revisions(planId);
        if (!existing)
            return existing.error();
        if (existing->isEmpty() && haveFile && isShipped(file.sourcePath)) {
            QFile f(file.sourcePath);
            if (f.open(QIODevice::ReadOnly)) {
                auto seeded = m_repository.seedReleased(f.readAll(), file.sourcePath);
                if (!seeded)
                    return seeded.error();
                released = m_repository.latestReleased(planId);
            }
        }
    }
    if (!released) {
        if (released.error().code != QLatin1String("plan_not_released"))
            return released.error();
        const QString where = haveFile ? QStringLiteral("%1 (sha256 %2)")
                                             .arg(QDir::toNativeSeparators(file.sourcePath),
                                                  QString::fromLatin1(file.sha256))
                                       : QStringLiteral("plan \"%1\"").arg(planId);
        return makeError(
            QStringLiteral("plan_not_released"),
            QStringLiteral("%1 has never been released, and this station runs only released "
                           "plans. A hardware lead must release it: eol-station plan import "
                           "<file>, then eol-station plan release %2 --by <lead>")
                .arg(where, planId));
    }

    auto plan = plan::PlanLoader::loadBytes(
        released->content, QStringLiteral("%1@r%2").arg(planId).arg(released->revision));
    if (!plan)
        return plan.error();
    plan::Plan out = plan.value();
    if (haveFile) {
        // Prompt images are relative to the plan folder.
        out.sourcePath = file.sourcePath;
        if (file.sha256 != out.sha256)
            qCInfo(lcPlanRepo) << "plan file" << file.sourcePath << "differs from released"
                               << planId << "revision" << released->revision
                               << "— running the released revision";
    }
    return out;
}

} // namespace eol::core::planrepo
