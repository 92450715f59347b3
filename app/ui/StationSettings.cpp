#include "ui/StationSettings.h"

#include "cli/DefaultPaths.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

namespace eol::ui {

namespace {

bool toBool(const QString& text, bool fallback)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
        t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") ||
        t == QLatin1String("off"))
        return false;
    return fallback;
}

} // namespace

QString StationSettings::defaultConfigPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("eol-station/station.ini"));
}

StationSettings StationSettings::load(const QString& iniPath)
{
    StationSettings s;
    s.stationId = cli::DefaultPaths::stationId();
    s.operatorName = cli::DefaultPaths::operatorName();
    s.databasePath = cli::DefaultPaths::database();

    const QSettings ini(iniPath, QSettings::IniFormat);
    auto str = [&ini](const char* key, QString& value) {
        const QString v = ini.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            value = v;
    };
    str("station/id", s.stationId);
    str("station/operator", s.operatorName);
    str("station/database", s.databasePath);
    str("fixture/port", s.port);
    str("plan/default", s.planRef);
    str("plan/dir", s.plansDir);
    str("ui/language", s.language);
    str("scan/camera", s.camera);
    str("scan/serial_port", s.scannerPort);
    str("registry/url", s.registryUrl);
    str("registry/token_file", s.registryTokenFile);
    str("registry/ca_file", s.registryCaFile);
    s.scannerBaud = ini.value(QStringLiteral("scan/serial_baud"), s.scannerBaud).toInt();
    s.autoStart = toBool(ini.value(QStringLiteral("ui/auto_start")).toString(), s.autoStart);
    s.sounds = toBool(ini.value(QStringLiteral("ui/sounds")).toString(), s.sounds);

    const auto env = QProcessEnvironment::systemEnvironment();
    auto envStr = [&env](const char* name, QString& value) {
        const QString v = env.value(QLatin1String(name)).trimmed();
        if (!v.isEmpty())
            value = v;
    };
    envStr("EOL_STATION_ID", s.stationId);
    envStr("EOL_OPERATOR", s.operatorName);
    envStr("EOL_DB", s.databasePath);
    envStr("EOL_PORT", s.port);
    envStr("EOL_PLAN", s.planRef);
    envStr("EOL_PLANS_DIR", s.plansDir);
    envStr("EOL_LANGUAGE", s.language);
    envStr("EOL_CAMERA", s.camera);
    envStr("EOL_SCANNER_PORT", s.scannerPort);
    envStr("EOL_REGISTRY_URL", s.registryUrl);
    envStr("EOL_REGISTRY_TOKEN_FILE", s.registryTokenFile);
    envStr("EOL_REGISTRY_CA", s.registryCaFile);
    s.autoStart = toBool(env.value(QStringLiteral("EOL_AUTO_START")), s.autoStart);
    s.sounds = toBool(env.value(QStringLiteral("EOL_SOUNDS")), s.sounds);
    return s;
}

} // namespace eol::ui
