#include "cli/ConfigFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

namespace eol::cli {

QString ConfigFiles::systemPath()
{
    const QString env =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("EOL_SYSTEM_CONFIG"));
    if (!env.isEmpty())
        return env;
    // EOL_SYSCONF_DIR comes from installer/Install.cmake: absolute on Linux (/etc/eol-station),
    // relative to the installation root on Windows, where the installer puts it next to bin/.
    const QDir installRoot(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
    return QDir::cleanPath(
        installRoot.absoluteFilePath(QStringLiteral(EOL_SYSCONF_DIR "/station.ini")));
}

QString ConfigFiles::userPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("eol-station/station.ini"));
}

QString ConfigFiles::value(const QString& key)
{
    for (const QString& path : {userPath(), systemPath()}) {
        const QSettings ini(path, QSettings::IniFormat);
        const QString v = ini.value(key).toString().trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace eol::cli
