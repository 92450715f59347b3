#include "cli/PlanLocator.h"

#include "plan/PlanLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace eol::cli {

PlanLocator::PlanLocator(QString extraDir) : m_extraDir(std::move(extraDir)) {}

QStringList PlanLocator::searchDirs() const
{
    QStringList dirs;
    if (!m_extraDir.isEmpty())
        dirs << m_extraDir;
    const QString env =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("EOL_PLANS_DIR"));
    if (!env.isEmpty())
        dirs << env;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/eol-station/testplans"));
    dirs << installed;
    // The source tree is for a build tree only: an installed binary must never pick up plans
    // from wherever it happened to be compiled.
    if (!QFileInfo(installed).isDir())
        dirs << QStringLiteral(EOL_PLANS_DIR);
    QStringList existing;
    for (const QString& d : std::as_const(dirs)) {
        const QString clean = QDir::cleanPath(QDir(d).absolutePath());
        if (QFileInfo(clean).isDir() && !existing.contains(clean))
            existing << clean;
    }
    return existing;
}

QStringList PlanLocator::shippedDirs()
{
    // Same rule as searchDirs(): the source tree only for a build tree.
    const QString installed =
        QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("../share/eol-station/testplans")));
    if (QFileInfo(installed).isDir())
        return {installed};
    const QString source = QDir::cleanPath(QStringLiteral(EOL_PLANS_DIR));
    return QFileInfo(source).isDir() ? QStringList{source} : QStringList{};
}

Result<core::plan::Plan> PlanLocator::load(const QString& fileOrId) const
{
    const QFileInfo direct(fileOrId);
    if (direct.isFile() || fileOrId.endsWith(QLatin1String(".json")) ||
        fileOrId.contains(QLatin1Char('/'))) {
        if (!direct.isFile())
            return makeError(QStringLiteral("plan_not_found"),
                             QStringLiteral("plan file %1 does not exist").arg(fileOrId));
        return core::plan::PlanLoader::loadFile(direct.absoluteFilePath());
    }
    const QStringList dirs = searchDirs();
    for (const QString& dir : dirs) {
        const QString byName = QDir(dir).filePath(fileOrId + QStringLiteral(".json"));
        if (QFileInfo(byName).isFile())
            return core::plan::PlanLoader::loadFile(byName);
    }
    QStringList known;
    for (const QString& dir : dirs) {
        const auto entries = QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
        for (const QFileInfo& file : entries) {
            auto plan = core::plan::PlanLoader::loadFile(file.absoluteFilePath());
            if (!plan)
                continue;
            if (plan->id == fileOrId)
                return plan;
            known << plan->id;
        }
    }
    return makeError(
        QStringLiteral("plan_not_found"),
        QStringLiteral("no plan with id or name \"%1\" in %2 (known plans: %3)")
            .arg(fileOrId, dirs.join(QStringLiteral(", ")),
                 known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
}

} // namespace eol::cli
