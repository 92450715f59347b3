#include "cli/ReleasedPlanLoader.h"

#include "audit/AuditLog.h"
#include "cli/ConfigFiles.h"
#include "cli/PlanLocator.h"
#include "planrepo/PlanRepository.h"
#include "planrepo/ReleasedPlanResolver.h"
#include "store/RunStore.h"

namespace eol::cli {

namespace {

bool truthy(const QString& text)
{
    const QString t = text.trimmed().toLower();
    return t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
           t == QLatin1String("on");
}

} // namespace

bool ReleasedPlanLoader::required(bool flag)
{
    if (flag)
        return true;
    const QString env = qEnvironmentVariable("EOL_REQUIRE_RELEASED");
    if (!env.isEmpty())
        return truthy(env);
    return truthy(ConfigFiles::value(QStringLiteral("plan/require_released")));
}

Result<core::plan::Plan> ReleasedPlanLoader::load(const QString& databasePath,
                                                  const QString& plansDir, const QString& ref,
                                                  const QString& stationId)
{
    auto store = core::store::RunStore::open(databasePath);
    if (!store)
        return store.error();
    core::audit::AuditLog audit(*store.value(), stationId);
    core::planrepo::PlanRepository repository(*store.value(), audit);
    core::planrepo::ReleasedPlanResolver resolver(
        repository, [plansDir](const QString& r) { return PlanLocator(plansDir).load(r); },
        PlanLocator::shippedDirs());
    return resolver.resolve(ref);
}

} // namespace eol::cli
