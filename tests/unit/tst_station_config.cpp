// Where a station's settings come from, lowest priority first: built-in defaults (a generated
// station id, the user's data folder), the system-wide station.ini a package installs, the
// user's station.ini, the environment. Real INI files in a temporary folder.

#include "cli/ConfigFiles.h"
#include "cli/DefaultPaths.h"
#include "ui/StationSettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class tst_station_config : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString systemIni() const { return m_dir.filePath(QStringLiteral("etc/station.ini")); }
    QString userIni() const
    {
        return m_dir.filePath(QStringLiteral("config/eol-station/station.ini"));
    }
    static void write(const QString& path, const QByteArray& text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const char* name :
             {"EOL_STATION_ID", "EOL_DB", "EOL_OPERATOR", "EOL_PORT", "EOL_PLAN", "EOL_PLANS_DIR"})
            qunsetenv(name);
        qputenv("EOL_SYSTEM_CONFIG", systemIni().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QFile::remove(systemIni());
        QFile::remove(userIni());
    }

    void systemPathDefaultsToEtc()
    {
        qunsetenv("EOL_SYSTEM_CONFIG");
        QCOMPARE(eol::cli::ConfigFiles::systemPath(),
                 QStringLiteral("/etc/eol-station/station.ini"));
        qputenv("EOL_SYSTEM_CONFIG", systemIni().toUtf8());
        QCOMPARE(eol::cli::ConfigFiles::systemPath(), systemIni());
        QCOMPARE(eol::cli::ConfigFiles::userPath(), userIni());
    }

    void freshInstallNeedsNoConfiguration()
    {
        const QString id = eol::cli::DefaultPaths::stationId();
        QCOMPARE(id, eol::cli::DefaultPaths::generatedStationId());
        QCOMPARE(eol::cli::DefaultPaths::stationId(), id); // stable, not random
        if (!QSysInfo::machineUniqueId().isEmpty())
            QVERIFY2(QRegularExpression(QStringLiteral("^ST-[0-9A-F]{6}$")).match(id).hasMatch(),
                     qPrintable(id));
        QCOMPARE(eol::cli::DefaultPaths::database(),
                 m_dir.filePath(QStringLiteral("data/eol-station/records.db")));
        const auto s = eol::ui::StationSettings::load(userIni());
        QCOMPARE(s.stationId, id);
        QCOMPARE(s.port, QStringLiteral("sim:nrf91"));
        QCOMPARE(s.planRef, QStringLiteral("nrf91"));
    }

    void systemFileIsTheBase()
    {
        write(systemIni(), "[station]\nid=line-7\ndatabase=/srv/eol/records.db\n"
                           "[fixture]\nport=/dev/ttyACM0\n[plan]\ndefault=bg96\n");
        QCOMPARE(eol::cli::DefaultPaths::stationId(), QStringLiteral("line-7"));
        QCOMPARE(eol::cli::DefaultPaths::database(), QStringLiteral("/srv/eol/records.db"));
        const auto s = eol::ui::StationSettings::load(userIni());
        QCOMPARE(s.stationId, QStringLiteral("line-7"));
        QCOMPARE(s.databasePath, QStringLiteral("/srv/eol/records.db"));
        QCOMPARE(s.port, QStringLiteral("/dev/ttyACM0"));
        QCOMPARE(s.planRef, QStringLiteral("bg96"));
    }

    void userFileOverridesKeyByKey()
    {
        write(systemIni(),
              "[station]\nid=line-7\n[fixture]\nport=/dev/ttyACM0\n[plan]\ndefault=bg96\n");
        write(userIni(), "[station]\nid=line-7-bench\n[plan]\ndefault=sim7080\n");
        QCOMPARE(eol::cli::DefaultPaths::stationId(), QStringLiteral("line-7-bench"));
        const auto s = eol::ui::StationSettings::load(userIni());
        QCOMPARE(s.stationId, QStringLiteral("line-7-bench"));
        QCOMPARE(s.planRef, QStringLiteral("sim7080"));
        QCOMPARE(s.port, QStringLiteral("/dev/ttyACM0")); // not in the user's file
    }

    void environmentBeatsBothFiles()
    {
        write(systemIni(), "[station]\nid=line-7\ndatabase=/srv/eol/records.db\n");
        write(userIni(), "[station]\nid=line-7-bench\n");
        qputenv("EOL_STATION_ID", "ci-runner");
        qputenv("EOL_DB", "/tmp/ci.db");
        QCOMPARE(eol::cli::DefaultPaths::stationId(), QStringLiteral("ci-runner"));
        QCOMPARE(eol::cli::DefaultPaths::database(), QStringLiteral("/tmp/ci.db"));
        const auto s = eol::ui::StationSettings::load(userIni());
        QCOMPARE(s.stationId, QStringLiteral("ci-runner"));
        QCOMPARE(s.databasePath, QStringLiteral("/tmp/ci.db"));
    }

    void cleanup()
    {
        qunsetenv("EOL_STATION_ID");
        qunsetenv("EOL_DB");
    }
};

QTEST_GUILESS_MAIN(tst_station_config)
#include "tst_station_config.moc"
