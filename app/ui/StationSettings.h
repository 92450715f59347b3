#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <utility>

namespace eol::ui {

/// The operator station's settings. Sources, lowest to highest priority: built-in defaults
/// (DefaultPaths), the system INI file (/etc/eol-station/station.ini, cli::ConfigFiles), the
/// user's INI file (~/.config/eol-station/station.ini, or --config FILE), and the
/// environment (EOL_STATION_ID, EOL_OPERATOR, EOL_DB, EOL_PORT, EOL_PLAN, EOL_AUTO_START,
/// EOL_SOUNDS, EOL_LANGUAGE, EOL_PLANS_DIR, EOL_CAMERA,
/// EOL_SCANNER_PORT, EOL_REGISTRY_URL, EOL_REGISTRY_TOKEN_FILE, EOL_REGISTRY_CA).
struct StationSettings
{
    QString stationId;
    QString operatorName;
    QString databasePath;
    QString port = QStringLiteral("sim:nrf91"); ///< works out of the box with the simulated DUT
    QString planRef = QStringLiteral("nrf91");  ///< plan id or file loaded at start-up
    QString plansDir;                           ///< extra folder for plan ids
    bool autoStart = true; ///< a unit scan starts the run; false = one big START button
    bool sounds = true;
    QString language; ///< "en", "de"; empty = the system locale
    /// Scan with a camera too: "" = off (handheld scanners need nothing), "default" = the
    /// system's default camera, otherwise a camera whose description contains this text.
    QString camera;
    /// A scanner that presents a serial port (e.g. /dev/ttyACM0); empty = none.
    QString scannerPort;
    int scannerBaud = 9600;
    /// Registry sync ([registry] url, token_file, ca_file): empty URL = sync off (records stay
    /// queued in the outbox). The token file must be mode 0600.
    QString registryUrl;
    QString registryTokenFile;
    QString registryCaFile;
    /// [auth] idle_logout_minutes (EOL_IDLE_LOGOUT_MIN): a logged-in user is logged out after
    /// this many minutes without a touch, key or scan; 0 = never.
    int idleLogoutMinutes = 15;
    /// [plan] require_released (EOL_REQUIRE_RELEASED): run only released plan revisions even
    /// while the station has no users (with users it always does; docs/plan-releases.md).
    bool requireReleased = false;

    static QString defaultConfigPath();
    /// Writes `values` (INI key such as "fixture/port" -> text) into `iniPath`, keeping every
    /// other key; the admin's settings form uses it and audits each change.
    static Result<void> saveValues(const QString& iniPath,
                                   const QList<std::pair<QString, QString>>& values);
    /// Reads the system INI file, then `iniPath` (missing files = defaults), then the environment.
    static StationSettings load(const QString& iniPath);
};

} // namespace eol::ui
