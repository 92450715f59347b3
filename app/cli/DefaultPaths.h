#pragma once

#include <QString>

namespace eol::cli {

/// Where the station keeps its data when the command line does not say.
class DefaultPaths
{
public:
    /// $EOL_DB, else <user data folder>/eol-station/records.db.
    static QString database();
    /// $EOL_STATION_ID, else the host name.
    static QString stationId();
    /// $EOL_OPERATOR, else $USER.
    static QString operatorName();
};

} // namespace eol::cli
