#pragma once

#include <QString>
#include <QStringList>

namespace eol::cli {

/// The station's INI files, lowest priority first: the system-wide file a package or the
/// factory's IT installs (/etc/eol-station/station.ini; on Windows <install dir>/etc/...),
/// then the user's own (~/.config/eol-station/station.ini). The environment beats both.
class ConfigFiles
{
public:
    /// $EOL_SYSTEM_CONFIG, else the system-wide station.ini (it need not exist).
    static QString systemPath();
    /// <user config folder>/eol-station/station.ini (it need not exist).
    static QString userPath();
    /// The value of `key` ("station/id") from the user's file, else from the system file;
    /// empty when neither sets it.
    static QString value(const QString& key);
};

} // namespace eol::cli
