#pragma once

#include <QString>

namespace eol::cli {

/// Where the station keeps its data when the command line does not say.
class DefaultPaths
{
public:
    /// $EOL_DB, else [station] database in station.ini (ConfigFiles), else
    /// <user data folder>/eol-station/records.db (created on first use).
    static QString database();
    /// $EOL_STATION_ID, else [station] id in station.ini (ConfigFiles), else
    /// generatedStationId().
    static QString stationId();
    /// "ST-" and six hex digits derived from this machine's id (the host name if it has none):
    /// the same for every user and every start, so a fresh install needs no configuration.
    static QString generatedStationId();
    /// $EOL_OPERATOR, else $USER.
    static QString operatorName();
};

} // namespace eol::cli
