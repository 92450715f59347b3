// End to end: the real eol-station binary tests a simulated DUT served on a real pty by a
// second eol-station process, and stores the record in a real SQLite file.

#include "StationProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

class TestStationRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("records.db")); }

    static QString plan(const QString& name)
    {
        return QStringLiteral(EOL_SOURCE_DIR "/testplans/") + name + QStringLiteral(".json");
    }

    QJsonObject show(const QString& runId)
    {
        const auto r = runStation({QStringLiteral("records"), QStringLiteral("show"), runId,
                                   QStringLiteral("--db"), db(), QStringLiteral("--json")});
        return r.exitCode == 0 ? r.json() : QJsonObject{};
    }

    QJsonArray listRuns(const QString& dbPath)
    {
        const auto r = runStation({QStringLiteral("records"), QStringLiteral("list"),
                                   QStringLiteral("--db"), dbPath, QStringLiteral("--json")});
        return r.json().value(QStringLiteral("runs")).toArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void passesEveryDialectOverPty_data()
    {
        QTest::addColumn<QString>("personality");
        QTest::newRow("nrf91") << "nrf91";
        QTest::newRow("bg96") << "bg96";
        QTest::newRow("sara-r4") << "sara-r4";
        QTest::newRow("sim7080") << "sim7080";
    }

    void passesEveryDialectOverPty()
    {
        QFETCH(QString, personality);
        SimulatorProcess sim(personality);
        QVERIFY2(sim.ok(), sim.stderrText().constData());

        const auto r =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"), plan(personality),
                        QStringLiteral("--port"), sim.path(), QStringLiteral("--serial"),
                        sim.serial(), QStringLiteral("--db"), db(), QStringLiteral("--json")});
        const QJsonObject o = r.json();
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(o.value("verdict").toString(), QStringLiteral("pass"));
        QCOMPARE(o.value("committed").toBool(), true);
        QCOMPARE(o.value("imei").toString(), sim.imei());
        QCOMPARE(o.value("serial").toString(), sim.serial());
        const QJsonObject attributes = o.value("attributes").toObject();
        QCOMPARE(attributes.value("iccid").toString().left(19),
                 sim.info().value("iccid").toString());
        QCOMPARE(attributes.value("imsi").toString(), sim.info().value("imsi").toString());
        QVERIFY(!attributes.value("firmware").toString().isEmpty());
        if (personality == QLatin1String("nrf91")) {
            QCOMPARE(attributes.value("public_key_sha256").toString().size(), 64);
            QVERIFY(attributes.value("public_key_pem")
                        .toString()
                        .startsWith("-----BEGIN PUBLIC KEY-----"));
        }
        // The serial equality step ran (serial was given), and nothing was skipped silently.
        bool serialChecked = false;
        for (const auto& v : o.value("steps").toArray()) {
            const auto step = v.toObject();
            QVERIFY2(
                step.value("verdict").toString() == QLatin1String("pass"),
                qPrintable(step.value("id").toString() + ": " + step.value("message").toString()));
            if (step.value("kind").toString() == QLatin1String("check") &&
                step.value("measured").toString() == sim.serial())
                serialChecked = true;
        }
        QVERIFY(serialChecked);

        // Stored: the record and its transcript are in the database.
        const QJsonObject stored = show(o.value("run_id").toString());
        QCOMPARE(stored.value("verdict").toString(), QStringLiteral("pass"));
        QCOMPARE(stored.value("state").toString(), QStringLiteral("finished"));
        QCOMPARE(stored.value("plan_sha256").toString().size(), 64);
        const QJsonArray transcript = stored.value("transcript").toArray();
        QVERIFY(transcript.size() > 5);
        bool sawImei = false;
        for (const auto& chunk : transcript)
            sawImei = sawImei || chunk.toObject().value("text").toString().contains(sim.imei());
        QVERIFY(sawImei);
    }

    void faultsGiveTheRightVerdict_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("bad-imei") << "nrf91,bad-imei"
                                  << "fail" << 1 << "Luhn";
        QTest::newRow("cme-error") << "bg96,cme-error=AT+QCCID"
                                   << "fail" << 1 << "CME ERROR";
        QTest::newRow("no-answer") << "sara-r4,no-answer=AT+CIMI"
                                   << "error" << 2 << "no answer";
        QTest::newRow("unplug") << "sim7080,unplug=3"
                                << "error" << 2 << "";
        QTest::newRow("urc-storm") << "nrf91,urc-storm"
                                   << "pass" << 0 << "";
        QTest::newRow("slow") << "bg96,slow=150"
                              << "pass" << 0 << "";
    }

    void faultsGiveTheRightVerdict()
    {
        QFETCH(QString, spec);
        QFETCH(QString, verdict);
        QFETCH(int, exitCode);
        QFETCH(QString, reasonContains);
        SimulatorProcess sim(spec);
        QVERIFY2(sim.ok(), sim.stderrText().constData());
        const QString personality = spec.section(QLatin1Char(','), 0, 0);
        const auto r =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"), plan(personality),
                        QStringLiteral("--port"), sim.path(), QStringLiteral("--serial"),
                        sim.serial(), QStringLiteral("--db"), db(), QStringLiteral("--json")});
        const QJsonObject o = r.json();
        QVERIFY2(!o.isEmpty(), QByteArray(r.out + r.err).constData());
        QCOMPARE(o.value("verdict").toString(), verdict);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(o.value("committed").toBool());
        if (verdict != QLatin1String("pass")) {
            QVERIFY(!o.value("failing_step").toString().isEmpty());
            QVERIFY2(o.value("failure_reason").toString().contains(reasonContains),
                     qPrintable(o.value("failure_reason").toString()));
        }
        if (spec.contains(QLatin1String("slow"))) {
            // Every exchange waited for the slow DUT rather than timing out.
            double longest = 0;
            for (const auto& v : o.value("steps").toArray())
                longest = qMax(longest, v.toObject().value("duration_ms").toDouble());
            QVERIFY(longest >= 150);
        }
        // Failed and errored units are stored too, with their transcript.
        const QJsonObject stored = show(o.value("run_id").toString());
        QCOMPARE(stored.value("verdict").toString(), verdict);
        QVERIFY(!stored.value("transcript").toArray().isEmpty());
    }

    void badInputIsRejectedAndNothingStarts()
    {
        const QString freshDb = m_dir.filePath(QStringLiteral("bad-input.db"));
        auto r = runStation({QStringLiteral("run"), QStringLiteral("--plan"),
                             plan(QStringLiteral("nrf91")), QStringLiteral("--port"),
                             QStringLiteral("sim:nrf91"), QStringLiteral("--qr"),
                             QStringLiteral("EOL9|U|SN00000001"), QStringLiteral("--db"), freshDb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("version"), r.err.constData());
        r = runStation({QStringLiteral("run"), QStringLiteral("--plan"),
                        plan(QStringLiteral("nrf91")), QStringLiteral("--port"),
                        QStringLiteral("sim:nrf91"), QStringLiteral("--serial"),
                        QStringLiteral("not a serial!"), QStringLiteral("--db"), freshDb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("serial pattern"), r.err.constData());
        r = runStation({QStringLiteral("run"), QStringLiteral("--plan"),
                        plan(QStringLiteral("nrf91")), QStringLiteral("--port"),
                        QStringLiteral("/dev/ttyEOLDOESNOTEXIST"), QStringLiteral("--db"), freshDb,
                        QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value("verdict").toString(), QStringLiteral("error"));
        QVERIFY2(r.json().value("failure_reason").toString().contains("/dev/ttyEOLDOESNOTEXIST"),
                 r.out.constData());
        // Only the run that reached the port is on record; the rejected scans left nothing.
        QCOMPARE(listRuns(freshDb).size(), 1);
    }

    void qrUnitCodeCarriesSerialAndProduct()
    {
        const auto r = runStation({QStringLiteral("run"), QStringLiteral("--plan"),
                                   plan(QStringLiteral("nrf91")), QStringLiteral("--port"),
                                   QStringLiteral("sim:nrf91,serial=SN12345678"),
                                   QStringLiteral("--qr"), QStringLiteral("EOL1|U|SN12345678"),
                                   QStringLiteral("--db"), db(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(r.json().value("serial").toString(), QStringLiteral("SN12345678"));
        const auto wrong = runStation(
            {QStringLiteral("run"), QStringLiteral("--plan"), plan(QStringLiteral("nrf91")),
             QStringLiteral("--port"), QStringLiteral("sim:nrf91"), QStringLiteral("--qr"),
             QStringLiteral("EOL1|U|SN12345678|P=other-product"), QStringLiteral("--db"), db()});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("wrong product"), wrong.err.constData());
    }

    void killedStationLeavesAnInterruptedRunAndLosesNothing()
    {
        const QString crashDb = m_dir.filePath(QStringLiteral("crash.db"));
        // Two complete runs first.
        for (int i = 0; i < 2; ++i) {
            const auto r = runStation({QStringLiteral("run"), QStringLiteral("--plan"),
                                       plan(QStringLiteral("nrf91")), QStringLiteral("--port"),
                                       QStringLiteral("sim:nrf91,serial=SN00000001"),
                                       QStringLiteral("--serial"), QStringLiteral("SN00000001"),
                                       QStringLiteral("--db"), crashDb, QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 0);
        }
        // A third run against a very slow DUT, killed with SIGKILL mid-run.
        SimulatorProcess sim(QStringLiteral("nrf91,slow=400"));
        QVERIFY(sim.ok());
        QProcess station;
        station.start(QStringLiteral(EOL_STATION_BIN),
                      {QStringLiteral("run"), QStringLiteral("--plan"),
                       plan(QStringLiteral("nrf91")), QStringLiteral("--port"), sim.path(),
                       QStringLiteral("--db"), crashDb});
        QVERIFY(station.waitForStarted(10000));
        // Wait until the running run has at least two steps on disk.
        QString runningId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& v : listRuns(crashDb)) {
                    const auto run = v.toObject();
                    if (run.value("state").toString() == QLatin1String("running")) {
                        runningId = run.value("run_id").toString();
                        const auto details =
                            runStation({QStringLiteral("records"), QStringLiteral("show"),
                                        runningId, QStringLiteral("--db"), crashDb,
                                        QStringLiteral("--json")})
                                .json();
                        return details.value("steps").toArray().size() >= 2;
                    }
                }
                return false;
            }(),
            30000);
        ::kill(pid_t(station.processId()), SIGKILL);
        QVERIFY(station.waitForFinished(10000));
        QCOMPARE(station.exitStatus(), QProcess::CrashExit);

        // Restart the station: it closes the dangling run as interrupted, then tests normally.
        const auto restart =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"),
                        plan(QStringLiteral("nrf91")), QStringLiteral("--port"),
                        QStringLiteral("sim:nrf91,serial=SN00000002"), QStringLiteral("--serial"),
                        QStringLiteral("SN00000002"), QStringLiteral("--db"), crashDb});
        QCOMPARE(restart.exitCode, 0);
        QVERIFY2(restart.out.contains("interrupted"), restart.out.constData());

        const QJsonArray runs = listRuns(crashDb);
        QCOMPARE(runs.size(), 4);
        int passes = 0;
        for (const auto& v : runs) {
            const auto run = v.toObject();
            if (run.value("run_id").toString() == runningId) {
                QCOMPARE(run.value("state").toString(), QStringLiteral("interrupted"));
                QCOMPARE(run.value("verdict").toString(), QStringLiteral("interrupted"));
            } else {
                QCOMPARE(run.value("verdict").toString(), QStringLiteral("pass"));
                ++passes;
            }
        }
        QCOMPARE(passes, 3);
        const auto details =
            runStation({QStringLiteral("records"), QStringLiteral("show"), runningId,
                        QStringLiteral("--db"), crashDb, QStringLiteral("--json")})
                .json();
        QVERIFY(details.value("steps").toArray().size() >= 2);
        QVERIFY(!details.value("transcript").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStationRun)
#include "tst_station_run.moc"
