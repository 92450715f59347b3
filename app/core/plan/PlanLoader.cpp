#include "PlanLoader.h"

#include "plan/PlanDiagnostics.h"
#include "plan/PlanLog.h"
#include "plan/PlanValidator.h"
#include "plan/PositionedJsonParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace eol::core::plan {

const QStringList& PlanLoader::builtinVariables()
{
    static const QStringList kBuiltins = {
        QStringLiteral("serial"),  QStringLiteral("station_id"), QStringLiteral("operator"),
        QStringLiteral("batch"),   QStringLiteral("work_order"), QStringLiteral("run_id"),
        QStringLiteral("plan_id"), QStringLiteral("product")};
    return kBuiltins;
}

eol::Result<Plan> PlanLoader::loadFile(const QString& path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return eol::makeError(QStringLiteral("plan_unreadable"),
                              QStringLiteral("cannot open test plan '%1': %2; check the path and "
                                             "the file's permissions")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // Checked before reading so a wrong file (a firmware image, a log) is not pulled into memory.
    if (file.size() > PositionedJsonParser::kMaxBytes) {
        return eol::makeError(QStringLiteral("plan_too_large"),
                              QStringLiteral("%1:1:1: the file is %2 bytes; plans are limited to "
                                             "%3 bytes (4 MiB). Check that the right file was "
                                             "selected.")
                                  .arg(info.fileName())
                                  .arg(file.size())
                                  .arg(PositionedJsonParser::kMaxBytes));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return eol::makeError(QStringLiteral("plan_unreadable"),
                              QStringLiteral("cannot read test plan '%1': %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    eol::Result<Plan> plan = loadBytes(bytes, info.fileName());
    if (!plan.ok())
        return plan;
    Plan loaded = std::move(plan).value();
    loaded.sourcePath = info.absoluteFilePath();
    return loaded;
}

eol::Result<Plan> PlanLoader::loadBytes(const QByteArray& bytes, const QString& displayName)
{
    eol::Result<JsonNode> root = PositionedJsonParser::parse(bytes, displayName);
    if (!root.ok()) {
        qCDebug(lcPlan).noquote() << "plan rejected:" << root.error().message;
        return root.error();
    }
    PlanDiagnostics diagnostics;
    PlanValidator validator(&diagnostics);
    Plan plan = validator.validate(root.value());
    if (!diagnostics.isEmpty()) {
        const QString message = diagnostics.format(displayName);
        qCDebug(lcPlan).noquote() << "plan rejected with" << diagnostics.count() << "problem(s):\n"
                                  << message;
        return eol::makeError(QStringLiteral("plan_invalid"), message);
    }
    plan.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    qCDebug(lcPlan) << "loaded plan" << plan.id << "revision" << plan.revision << "from"
                    << displayName << "sha256" << plan.sha256;
    return plan;
}

} // namespace eol::core::plan
