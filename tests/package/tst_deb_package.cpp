// The Debian package as a factory gets it: cpack makes it from this build tree, dpkg installs it
// into a throw-away root (maintainer scripts and conffiles included), and the station runs from
// there with a clean environment — no EOL_* variables, HOME and the XDG folders in a temporary
// folder — so only the installed files can make it work. lintian must report no error.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

namespace {

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.right(4000)), QString::fromUtf8(err.right(4000)));
    }
};

Ran runProcess(const QString& program, const QStringList& args,
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120000, const QString& workDir = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Ran r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + program.toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = program.toUtf8() + " did not finish within " + QByteArray::number(timeoutMs) +
                " ms\n" + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray gunzip(const QString& file)
{
    return runProcess(QStringLiteral("gzip"), {QStringLiteral("-dc"), file}).out;
}

} // namespace

class tst_deb_package : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_deb;
    QString m_root; ///< the throw-away root dpkg installs into
    QString m_version;
    QString m_stationId; ///< as `--version --json` of the installed binary reports it

    QString tmp(const QString& path) const { return m_tmp.filePath(path); }
    QString root(const QString& path) const { return m_root + path; }

    /// dpkg on the throw-away root. Maintainer scripts run without chroot, with DPKG_ROOT set,
    /// which is what they check to leave the running system alone; fakeroot when not root.
    Ran dpkg(const QStringList& args)
    {
        QStringList full{QStringLiteral("--root=") + m_root,
                         QStringLiteral("--force-script-chrootless"),
                         QStringLiteral("--force-not-root"), QStringLiteral("--force-depends"),
                         QStringLiteral("--log=") + tmp(QStringLiteral("dpkg.log"))};
        full += args;
        if (::geteuid() == 0)
            return runProcess(QStringLiteral("dpkg"), full);
        full.prepend(QStringLiteral("dpkg"));
        return runProcess(QStringLiteral("fakeroot"), full);
    }

    /// What a fresh account on a fresh station has: a PATH and a language, nothing of ours.
    QProcessEnvironment cleanEnvironment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("USER"), QStringLiteral("operator"));
        env.insert(QStringLiteral("HOME"), tmp(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), tmp(QStringLiteral("home/.cache")));
        // The installed system config, not whatever this CI machine has in /etc.
        env.insert(QStringLiteral("EOL_SYSTEM_CONFIG"),
                   root(QStringLiteral("/etc/eol-station/station.ini")));
        return env;
    }

    QString installedStation() const { return root(QStringLiteral("/usr/bin/eol-station")); }
    QString expectedDatabase() const
    {
        return tmp(QStringLiteral("home/.local/share/eol-station/records.db"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = tmp(QStringLiteral("root"));
        const QString build = QFileInfo(QStringLiteral(EOL_STATION_BIN)).absolutePath();
        const QString cpack = QStandardPaths::findExecutable(QStringLiteral("cpack"));
        QVERIFY2(!cpack.isEmpty(), "cpack not found (package cmake)");
        QVERIFY2(QFileInfo::exists(build + QStringLiteral("/CPackConfig.cmake")),
                 qPrintable(QStringLiteral("no CPackConfig.cmake in %1").arg(build)));
        // cpack packages what is built (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY): this test depends on
        // the targets it installs, not on every other target of the tree.
        const Ran made =
            runProcess(cpack,
                       {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                        build + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"),
                        tmp(QStringLiteral("packages"))},
                       QProcessEnvironment::systemEnvironment(), 400000, build);
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QStringList debs =
            QDir(tmp(QStringLiteral("packages"))).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = tmp(QStringLiteral("packages/") + debs.first());
        qInfo("package %s, %lld bytes", qPrintable(debs.first()), QFileInfo(m_deb).size());
    }

    void controlFields()
    {
        const Ran info = runProcess(QStringLiteral("dpkg-deb"),
                                    {QStringLiteral("--field"), m_deb, QStringLiteral("Package"),
                                     QStringLiteral("Version"), QStringLiteral("Section"),
                                     QStringLiteral("Priority"), QStringLiteral("Maintainer"),
                                     QStringLiteral("Depends"), QStringLiteral("Description")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        const QString fields = QString::fromUtf8(info.out);
        QVERIFY(fields.contains(QLatin1String("Package: eol-station\n")));
        QVERIFY(fields.contains(QLatin1String("Section: electronics\n")));
        QVERIFY(fields.contains(QLatin1String("Priority: optional\n")));
        const auto version =
            QRegularExpression(QStringLiteral("^Version: (\\d+\\.\\d+\\.\\d+)-\\d+$"),
                               QRegularExpression::MultilineOption)
                .match(fields);
        QVERIFY2(version.hasMatch(), qPrintable(fields));
        m_version = version.captured(1);
        // dpkg-shlibdeps turned the linked libraries into Debian package names; the SQL driver
        // plugin the registry loads is added by hand (no ELF header names it).
        const QString depends = QRegularExpression(QStringLiteral("^Depends: (.*)$"),
                                                   QRegularExpression::MultilineOption)
                                    .match(fields)
                                    .captured(1);
        for (const char* package : {"libc6", "libqt6core6", "libqt6serialport6", "libqt6widgets6",
                                    "libsqlite3-0", "libcurl4", "libssl3", "libqt6sql6-sqlite"})
            QVERIFY2(
                QRegularExpression(QStringLiteral("(^|, )%1( |,|$)")
                                       .arg(QRegularExpression::escape(QLatin1String(package))))
                    .match(depends)
                    .hasMatch(),
                qPrintable(
                    QStringLiteral("Depends lacks %1: %2").arg(QLatin1String(package), depends)));
    }

    void contents()
    {
        const Ran listing =
            runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
        QVERIFY2(listing.exitCode == 0, qPrintable(listing.describe()));
        const QString text = QString::fromUtf8(listing.out);
        for (const char* path :
             {"./usr/bin/eol-station", "./usr/bin/eol-registry",
              "./usr/share/eol-station/testplans/nrf91.json",
              "./usr/share/eol-station/testplans/bg96.json",
              "./usr/share/eol-station/testplans/schema/plan-v1.schema.json",
              "./usr/share/applications/eol-station.desktop",
              "./usr/share/metainfo/eol-station.metainfo.xml",
              "./usr/share/icons/hicolor/scalable/apps/eol-station.svg",
              "./usr/share/icons/hicolor/256x256/apps/eol-station.png",
              "./usr/share/man/man1/eol-station.1.gz", "./usr/share/man/man1/eol-registry.1.gz",
              "./usr/share/doc/eol-station/copyright",
              "./usr/share/doc/eol-station/changelog.Debian.gz",
              "./usr/share/doc/eol-station/installing.md",
              "./usr/share/doc/eol-station/examples/61-eol-station-local.rules",
              "./lib/udev/rules.d/60-eol-station.rules",
              "./lib/systemd/system/eol-registry.service", "./etc/eol-station/station.ini",
              "./etc/eol-station/registry.env"})
            QVERIFY2(text.contains(QLatin1String(" ") + QLatin1String(path) + QLatin1Char('\n')),
                     path);
        // Nothing of the build machine leaks in, everything belongs to root.
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            QVERIFY2(line.contains(QLatin1String(" root/root ")), qPrintable(line));
            const QString path = line.section(QLatin1Char(' '), -1);
            QVERIFY2(path.startsWith(QLatin1String("./usr/")) ||
                         path.startsWith(QLatin1String("./etc/eol-station")) ||
                         path.startsWith(QLatin1String("./lib/")) || path == QLatin1String("./") ||
                         path == QLatin1String("./etc/"),
                     qPrintable(line));
            QVERIFY2(!path.startsWith(QLatin1String("./usr/local")), qPrintable(line));
        }
    }

    void installsWithDpkg()
    {
        for (const char* dir :
             {"/var/lib/dpkg/info", "/var/lib/dpkg/updates", "/var/lib/dpkg/triggers"})
            QVERIFY(QDir().mkpath(root(QLatin1String(dir))));
        QFile status(root(QStringLiteral("/var/lib/dpkg/status")));
        QVERIFY(status.open(QIODevice::WriteOnly));
        status.close();

        const Ran installed = dpkg({QStringLiteral("--install"), m_deb});
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.describe()));
        // "installed" only after postinst configure succeeded.
        const Ran state = dpkg({QStringLiteral("--status"), QStringLiteral("eol-station")});
        QVERIFY2(state.out.contains("Status: install ok installed"), qPrintable(state.describe()));
        QVERIFY(state.out.contains("Conffiles:\n /etc/eol-station/station.ini"));
        QVERIFY(QFileInfo(installedStation()).isExecutable());
        const Ran file =
            runProcess(QStringLiteral("file"), {QStringLiteral("-L"), installedStation()});
        QVERIFY2(file.out.contains(", stripped"), file.out.constData());
    }

    void versionFromInstalledFiles()
    {
        Ran version =
            runProcess(installedStation(), {QStringLiteral("--version")}, cleanEnvironment());
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        QVERIFY2(version.out.startsWith(QByteArray("eol-station " + m_version.toUtf8())),
                 version.out.constData());

        version =
            runProcess(installedStation(), {QStringLiteral("--version"), QStringLiteral("--json")},
                       cleanEnvironment());
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        const QJsonObject info = QJsonDocument::fromJson(version.out).object();
        QCOMPARE(info.value(QStringLiteral("version")).toString(), m_version);
        // First start without configuration: an id is made up, and it says so.
        m_stationId = info.value(QStringLiteral("station_id")).toString();
        QCOMPARE(info.value(QStringLiteral("station_id_source")).toString(),
                 QStringLiteral("generated"));
        if (!QSysInfo::machineUniqueId().isEmpty())
            QVERIFY2(QRegularExpression(QStringLiteral("^ST-[0-9A-F]{6}$"))
                         .match(m_stationId)
                         .hasMatch(),
                     qPrintable(m_stationId));
        QVERIFY(!m_stationId.isEmpty());
        QCOMPARE(info.value(QStringLiteral("database")).toString(), expectedDatabase());
        // The installed plans only: an installed binary never falls back to the source tree.
        const QStringList plans =
            info.value(QStringLiteral("plans_dirs")).toVariant().toStringList();
        QCOMPARE(plans, QStringList{root(QStringLiteral("/usr/share/eol-station/testplans"))});
        // The same id on every start (derived, not random).
        const Ran again =
            runProcess(installedStation(), {QStringLiteral("--version"), QStringLiteral("--json")},
                       cleanEnvironment());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("station_id")),
                 QJsonValue(m_stationId));
    }

    void headlessRunAgainstSimulator()
    {
        QVERIFY2(!QFileInfo::exists(expectedDatabase()), "the database must not exist yet");
        const Ran run = runProcess(
            installedStation(),
            {QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("nrf91"),
             QStringLiteral("--port"), QStringLiteral("sim:nrf91,serial=SN00000001"),
             QStringLiteral("--serial"), QStringLiteral("SN00000001"), QStringLiteral("--json")},
            cleanEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject record = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(record.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(record.value(QStringLiteral("plan_file")).toString(),
                 root(QStringLiteral("/usr/share/eol-station/testplans/nrf91.json")));
        QCOMPARE(record.value(QStringLiteral("station_id")).toString(), m_stationId);
        QCOMPARE(record.value(QStringLiteral("database")).toString(), expectedDatabase());
        QVERIFY(QFileInfo(expectedDatabase()).isFile());

        const Ran failing = runProcess(installedStation(),
                                       {QStringLiteral("run"), QStringLiteral("--plan"),
                                        QStringLiteral("nrf91"), QStringLiteral("--port"),
                                        QStringLiteral("sim:nrf91,bad-imei,serial=SN00000002"),
                                        QStringLiteral("--serial"), QStringLiteral("SN00000002")},
                                       cleanEnvironment());
        QVERIFY2(failing.exitCode == 1, qPrintable(failing.describe()));

        const Ran records = runProcess(
            installedStation(),
            {QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--json")},
            cleanEnvironment());
        QVERIFY2(records.exitCode == 0, qPrintable(records.describe()));
        QVERIFY2(records.out.contains("SN00000001") && records.out.contains("SN00000002"),
                 records.out.constData());
    }

    void operatorScreenFirstStart()
    {
        // The operator screen on the defaults (sim:nrf91, plan nrf91), walked through its states
        // by the screenshot tour, which closes the window at the end.
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("EOL_SCREENSHOT_DIR"), tmp(QStringLiteral("shots")));
        env.insert(QStringLiteral("EOL_SOUNDS"), QStringLiteral("0"));
        QVERIFY(QDir().mkpath(tmp(QStringLiteral("shots"))));
        const Ran gui = runProcess(installedStation(), {}, env, 180000);
        QVERIFY2(gui.exitCode == 0, qPrintable(gui.describe()));
        for (const char* shot : {"idle.png", "pass.png", "fail.png"})
            QVERIFY2(QFileInfo(tmp(QStringLiteral("shots/")) + QLatin1String(shot)).size() > 0,
                     shot);
        const Ran records =
            runProcess(installedStation(),
                       {QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--json"),
                        QStringLiteral("--limit"), QStringLiteral("50")},
                       cleanEnvironment());
        QVERIFY2(records.exitCode == 0, qPrintable(records.describe()));
        // The tour tests SN00000001..3 (and one unit on a missing port); with the two headless
        // runs before, every record carries the generated station id.
        QVERIFY2(records.out.contains("SN00000003"), records.out.constData());
        QVERIFY2(records.out.count(QByteArray("\"station_id\": \"" + m_stationId.toUtf8() + '"')) >=
                     5,
                 records.out.constData());
    }

    void manPageNamesEveryCommand()
    {
        const QByteArray page =
            gunzip(root(QStringLiteral("/usr/share/man/man1/eol-station.1.gz")));
        QVERIFY(page.contains(".TH EOL-STATION 1"));
        const Ran help =
            runProcess(installedStation(), {QStringLiteral("--help")}, cleanEnvironment());
        QCOMPARE(help.exitCode, 0);
        // Every command of the usage text ("  run --plan", "  records list") is in the page.
        const QRegularExpression command(QStringLiteral("^  ([a-z]+)( [a-z]+)?"),
                                         QRegularExpression::MultilineOption);
        auto it = command.globalMatch(QString::fromUtf8(help.out));
        int commands = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            const QString word = m.captured(1);
            ++commands;
            // In bold at the start of a paragraph tag: ".B word", ".BR \"word ...", "\fBword".
            const QRegularExpression documented(QStringLiteral("^(\\.B[IR]?\\s+\"?|\\\\fB)%1\\b")
                                                    .arg(QRegularExpression::escape(word)),
                                                QRegularExpression::MultilineOption);
            QVERIFY2(documented.match(QString::fromUtf8(page)).hasMatch(),
                     qPrintable(QStringLiteral("eol-station(1) does not document \"%1\"")
                                    .arg(m.captured(0).trimmed())));
        }
        QVERIFY(commands >= 6);
        QVERIFY(gunzip(root(QStringLiteral("/usr/share/man/man1/eol-registry.1.gz")))
                    .contains(".TH EOL-REGISTRY 1"));
    }

    void udevRulesAreWellFormed()
    {
        QFile rules(root(QStringLiteral("/lib/udev/rules.d/60-eol-station.rules")));
        QVERIFY(rules.open(QIODevice::ReadOnly | QIODevice::Text));
        // udev's grammar: comma-separated KEY[{attr}] op "value" pairs.
        const QRegularExpression pair(QStringLiteral(
            "^\\s*[A-Z_]+(\\{[A-Za-z_]+\\})?\\s*(==|!=|=|\\+=|-=|:=)\\s*\"[^\"]*\"\\s*$"));
        int rulesSeen = 0;
        while (!rules.atEnd()) {
            const QString line = QString::fromUtf8(rules.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            ++rulesSeen;
            for (const QString& part : line.split(QLatin1Char(',')))
                QVERIFY2(pair.match(part).hasMatch(), qPrintable(line));
        }
        rules.seek(0);
        const QByteArray text = rules.readAll();
        QVERIFY(text.contains("KERNEL==\"ttyUSB[0-9]*|ttyACM[0-9]*\""));
        QVERIFY(text.contains("TAG+=\"uaccess\""));
        // Every USB id the shipped plans name in transport.usb has its rule, product-exact
        // where the plan gives a product id.
        const QDir plans(QStringLiteral(EOL_SOURCE_DIR "/testplans"));
        int idsNamed = 0;
        for (const QString& name : plans.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile planFile(plans.filePath(name));
            QVERIFY(planFile.open(QIODevice::ReadOnly));
            const QJsonArray usb = QJsonDocument::fromJson(planFile.readAll())
                                       .object()
                                       .value(QStringLiteral("transport"))
                                       .toObject()
                                       .value(QStringLiteral("usb"))
                                       .toArray();
            for (const QJsonValue& id : usb) {
                const QStringList parts = id.toString().toLower().split(QLatin1Char(':'));
                QByteArray rule = "ATTR{idVendor}==\"" + parts[0].toLatin1() + '"';
                if (parts.size() == 2)
                    rule += ", ATTR{idProduct}==\"" + parts[1].toLatin1() + '"';
                QVERIFY2(text.contains(rule), qPrintable(name + QLatin1String(": ") + rule));
                QVERIFY2(text.contains(QByteArray("(" + name.toUtf8() + ")")), qPrintable(name));
                ++idsNamed;
            }
        }
        QVERIFY2(idsNamed >= 4, "the shipped plans name too few USB ids");
        QVERIFY(text.contains("ATTR{idVendor}==\"2c7c\", ATTR{idProduct}==\"0296\""));
        QVERIFY(rulesSeen >= 1 + 2 * idsNamed);
    }

    void systemdUnitVerifies()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed");
        // `verify` wants ExecStart= to exist: point it at the installed binary.
        QFile unit(root(QStringLiteral("/lib/systemd/system/eol-registry.service")));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QByteArray text = unit.readAll();
        QVERIFY(text.contains("ExecStart=/usr/bin/eol-registry serve"));
        QVERIFY(text.contains("DynamicUser=yes"));
        text.replace("ExecStart=/usr/bin/",
                     QByteArray("ExecStart=" + root(QStringLiteral("/usr/bin/")).toUtf8()));
        QDir().mkpath(tmp(QStringLiteral("unit")));
        QFile copy(tmp(QStringLiteral("unit/eol-registry.service")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text);
        copy.close();
        const Ran verify = runProcess(
            analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"), copy.fileName()});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        const Ran security =
            runProcess(analyze, {QStringLiteral("security"), QStringLiteral("--offline=true"),
                                 copy.fileName()});
        const QByteArray last = security.out.trimmed().split('\n').last();
        qInfo("systemd-analyze security: %s", last.constData());
    }

    void lintianReportsNoError()
    {
        const QString lintian = QStandardPaths::findExecutable(QStringLiteral("lintian"));
        QVERIFY2(!lintian.isEmpty(), "lintian not found (package lintian)");
        const Ran lint = runProcess(
            lintian,
            {QStringLiteral("--no-tag-display-limit"), QStringLiteral("--display-info"), m_deb},
            QProcessEnvironment::systemEnvironment(), 400000);
        QStringList errors;
        const QList<QByteArray> lines = lint.out.split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("E: "))
                errors << QString::fromUtf8(line);
            if (line.startsWith("W: ") || line.startsWith("I: "))
                qInfo("lintian %s", line.constData());
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        // 0: nothing at lintian's default --fail-on=error level; 2 would be lintian failing.
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.describe()));
    }

    void removeKeepsConfigurationPurgeDeletesIt()
    {
        Ran r = dpkg({QStringLiteral("--remove"), QStringLiteral("eol-station")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(installedStation()));
        QVERIFY(QFileInfo::exists(root(QStringLiteral("/etc/eol-station/station.ini"))));
        // The records are the factory's data: never touched by the package.
        QVERIFY(QFileInfo::exists(expectedDatabase()));
        r = dpkg({QStringLiteral("--purge"), QStringLiteral("eol-station")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(root(QStringLiteral("/etc/eol-station"))));
        QVERIFY(QFileInfo::exists(expectedDatabase()));
    }
};

QTEST_GUILESS_MAIN(tst_deb_package)
#include "tst_deb_package.moc"
