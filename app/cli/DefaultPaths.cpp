#include "cli/DefaultPaths.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QSysInfo>

namespace eol::cli {

QString DefaultPaths::database()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    if (const QString db = env.value(QStringLiteral("EOL_DB")); !db.isEmpty())
        return db;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("eol-station/records.db"));
}

QString DefaultPaths::stationId()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    if (const QString id = env.value(QStringLiteral("EOL_STATION_ID")); !id.isEmpty())
        return id;
    return QSysInfo::machineHostName();
}

QString DefaultPaths::operatorName()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    if (const QString op = env.value(QStringLiteral("EOL_OPERATOR")); !op.isEmpty())
        return op;
    return env.value(QStringLiteral("USER"), QStringLiteral("operator"));
}

} // namespace eol::cli
