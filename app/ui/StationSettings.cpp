#include "ui/StationSettings.h"

#include "cli/ConfigFiles.h"
#include "cli/DefaultPaths.h"

#include <QDir>
#include <QFileInfo>
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

    // The system-wide file (/etc/eol-station/station.ini) is the base a package or the
    // factory's IT sets for every account; the user's file (or --config) overrides it key by key.
    for (const QString& path : {cli::ConfigFiles::systemPath(), iniPath}) {
        const QSettings ini(path, QSettings::IniFormat);
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
        s.idleLogoutMinutes =
            ini.value(QStringLiteral("auth/idle_logout_minutes"), s.idleLogoutMinutes).toInt();
        s.requireReleased = toBool(ini.value(QStringLiteral("plan/require_released")).toString(),
                                   s.requireReleased);
    }

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
    if (const QString idle = env.value(QStringLiteral("EOL_IDLE_LOGOUT_MIN")); !idle.isEmpty())
        s.idleLogoutMinutes = idle.toInt();
    s.requireReleased =
        toBool(env.value(QStringLiteral("EOL_REQUIRE_RELEASED")), s.requireReleased);
    return s;
}

Result<void> StationSettings::saveValues(const QString& iniPath,
                                         const QList<std::pair<QString, QString>>& values)
{
    const QFileInfo info(iniPath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(QStringLiteral("settings_not_saved"),
                         QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    QSettings ini(iniPath, QSettings::IniFormat);
    for (const auto& [key, value] : values)
        ini.setValue(key, value);
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return makeError(QStringLiteral("settings_not_saved"),
                         QStringLiteral("cannot write %1 — check that the file and its folder are "
                                        "writable by the station user")
                             .arg(iniPath));
    return {};
}

} // namespace eol::ui
