// The command line as integrators use it: exit codes, --json shapes, plan check messages,
// CSV export read back by an independent reader (Python's csv module).

#include "StationProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }

private Q_SLOTS:
    void versionHelpAndUnknownCommand()
    {
        auto r = runStation({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("eol-station "));
        r = runStation({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("records export"));
        r = runStation({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown command \"frobnicate\""));
        r = runStation({QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("nrf91")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--port is required"));
    }

    void planCheckReportsFileLineColumn()
    {
        auto r = runStation({QStringLiteral("plan"), QStringLiteral("check"),
                             QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"),
                             QStringLiteral(EOL_SOURCE_DIR "/testplans/bg96.json"),
                             QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("plans").toArray().size(), 2);
        QCOMPARE(
            r.json().value("plans").toArray().at(0).toObject().value("sha256").toString().size(),
            64);

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"revision\": 1,\n  \"product\": \"p\",\n"
                "  \"steps\": [\n    {\"id\": \"a\", \"name\": \"A\", \"kind\": \"at\", "
                "\"command\": \"AT\", \"timout\": 5}\n  ]\n}\n");
        f.close();
        r = runStation({QStringLiteral("plan"), QStringLiteral("check"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("bad.json:7:") && r.out.contains("timout"), r.out.constData());
    }

    void recordsListShowAndCsvExportMatchTheDatabase()
    {
        // One pass and one fail on record.
        auto pass =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("sara-r4"),
                        QStringLiteral("--port"), QStringLiteral("sim:sara-r4,serial=SN00000010"),
                        QStringLiteral("--serial"), QStringLiteral("SN00000010"),
                        QStringLiteral("--batch"), QStringLiteral("B-7, \"north\""),
                        QStringLiteral("--db"), db(), QStringLiteral("--json")});
        QCOMPARE(pass.exitCode, 0);
        auto fail =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("nrf91"),
                        QStringLiteral("--port"), QStringLiteral("sim:nrf91,bad-imei"),
                        QStringLiteral("--db"), db(), QStringLiteral("--json")});
        QCOMPARE(fail.exitCode, 1);

        auto list = runStation({QStringLiteral("records"), QStringLiteral("list"),
                                QStringLiteral("--db"), db(), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value("count").toInt(), 2);
        auto failed = runStation({QStringLiteral("records"), QStringLiteral("list"),
                                  QStringLiteral("--failed"), QStringLiteral("--db"), db(),
                                  QStringLiteral("--json")});
        const QJsonArray failedRuns = failed.json().value("runs").toArray();
        QCOMPARE(failedRuns.size(), 1);
        QCOMPARE(failedRuns.at(0).toObject().value("run_id").toString(),
                 fail.json().value("run_id").toString());

        const QString csv = m_dir.filePath(QStringLiteral("runs.csv"));
        auto exported = runStation({QStringLiteral("records"), QStringLiteral("export"),
                                    QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("-o"), csv, QStringLiteral("--db"), db()});
        QCOMPARE(exported.exitCode, 0);
        // An independent reader: Python's csv module.
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral(
                      "import csv,json,sys\n"
                      "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                      "print(json.dumps(rows))"),
                  csv});
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 2);
        for (const auto& v : rows) {
            const QJsonObject row = v.toObject();
            const QJsonObject source =
                row.value("run_id").toString() == pass.json().value("run_id").toString()
                    ? pass.json()
                    : fail.json();
            QCOMPARE(row.value("verdict").toString(), source.value("verdict").toString());
            QCOMPARE(row.value("imei").toString(), source.value("imei").toString());
            QCOMPARE(row.value("serial").toString(), source.value("serial").toString());
            QCOMPARE(row.value("batch").toString(), source.value("batch").toString());
            QCOMPARE(row.value("failing_step").toString(), source.value("failing_step").toString());
            QCOMPARE(row.value("iccid").toString(),
                     source.value("attributes").toObject().value("iccid").toString());
        }

        auto missing =
            runStation({QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--db"),
                        m_dir.filePath(QStringLiteral("nope.db"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no record database"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
