#include "cli/DefaultPaths.h"

#include "cli/ConfigFiles.h"

#include <QCryptographicHash>
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
    if (const QString db = ConfigFiles::value(QStringLiteral("station/database")); !db.isEmpty())
        return db;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("eol-station/records.db"));
}

QString DefaultPaths::stationId()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    if (const QString id = env.value(QStringLiteral("EOL_STATION_ID")); !id.isEmpty())
        return id;
    if (const QString id = ConfigFiles::value(QStringLiteral("station/id")); !id.isEmpty())
        return id;
    return generatedStationId();
}

QString DefaultPaths::generatedStationId()
{
    // Derived, not random: every account on the PC and every start gets the same id without
    // writing a file, and a fresh image's host name ("debian") cannot collide between stations.
    // Hashed because machine-id(5) asks applications not to expose the raw id.
    const QByteArray machine = QSysInfo::machineUniqueId();
    if (machine.isEmpty())
        return QSysInfo::machineHostName();
    const QByteArray seed = QByteArrayLiteral("eol-station/") + machine;
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    return QStringLiteral("ST-") + QString::fromLatin1(digest.toHex().left(6).toUpper());
}

QString DefaultPaths::operatorName()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    if (const QString op = env.value(QStringLiteral("EOL_OPERATOR")); !op.isEmpty())
        return op;
    return env.value(QStringLiteral("USER"), QStringLiteral("operator"));
}

} // namespace eol::cli
