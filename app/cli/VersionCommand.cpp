#include "cli/VersionCommand.h"

#include "cli/ConfigFiles.h"
#include "cli/DefaultPaths.h"
#include "cli/PlanLocator.h"
#include "cli/SubcommandParser.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

namespace eol::cli {

namespace {

/// Where the station id came from, so whoever sets up a station knows what to change.
QString stationIdSource()
{
    if (!QProcessEnvironment::systemEnvironment().value(QStringLiteral("EOL_STATION_ID")).isEmpty())
        return QStringLiteral("EOL_STATION_ID");
    if (!ConfigFiles::value(QStringLiteral("station/id")).isEmpty())
        return QStringLiteral("station.ini");
    return QStringLiteral("generated");
}

} // namespace

int VersionCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The version, station id, database, plan folders and settings files."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    parser.addOption(jsonOpt);
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;

    const QString stationId = DefaultPaths::stationId();
    const QString source = stationIdSource();
    const QString database = DefaultPaths::database();
    const QStringList plans = PlanLocator().searchDirs();
    const QStringList configs{ConfigFiles::systemPath(), ConfigFiles::userPath()};

    if (parser.isSet(jsonOpt)) {
        QJsonArray configArray;
        for (const QString& path : configs)
            configArray.append(QJsonObject{{QStringLiteral("path"), path},
                                           {QStringLiteral("exists"), QFileInfo::exists(path)}});
        Console::json(QJsonObject{
            {QStringLiteral("version"), QStringLiteral(EOL_VERSION)},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("station_id"), stationId},
            {QStringLiteral("station_id_source"), source},
            {QStringLiteral("database"), database},
            {QStringLiteral("plans_dirs"), QJsonArray::fromStringList(plans)},
            {QStringLiteral("config_files"), configArray},
        });
        return kExitOk;
    }
    Console::line(QStringLiteral("eol-station %1 (Qt %2)")
                      .arg(QStringLiteral(EOL_VERSION), QString::fromLatin1(qVersion())));
    QString note;
    if (source == QLatin1String("generated"))
        note = QStringLiteral("  (generated from this machine; name it with [station] id in %1)")
                   .arg(ConfigFiles::systemPath());
    else
        note = QStringLiteral("  (from %1)").arg(source);
    Console::line(QStringLiteral("station   %1%2").arg(stationId, note));
    Console::line(QStringLiteral("database  %1%2")
                      .arg(database, QFileInfo::exists(database)
                                         ? QString()
                                         : QStringLiteral("  (created on the first run)")));
    Console::line(QStringLiteral("plans     %1")
                      .arg(plans.isEmpty() ? QStringLiteral("(no plan folder found)")
                                           : plans.join(QStringLiteral(", "))));
    for (const QString& path : configs)
        Console::line(
            QStringLiteral("settings  %1%2")
                .arg(path, QFileInfo::exists(path) ? QString() : QStringLiteral("  (absent)")));
    return kExitOk;
}

} // namespace eol::cli
