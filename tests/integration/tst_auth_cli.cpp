// Users, plan releases and the audit trail through the real `eol-station` binary, as an
// integrator or a lead at a shell would use them: secrets on stdin, exit codes, --json shapes.

#include "StationProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// `eol-station args...` with `input` on its stdin.
StationResult runWithInput(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(QStringLiteral(EOL_STATION_BIN), args);
    StationResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "did not start";
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "process did not finish in time";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestAuthCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QStringList withDb(QStringList args) const
    {
        args << QStringLiteral("--db") << db();
        return args;
    }

private Q_SLOTS:
    void usersAddWithPinOnStdin()
    {
        auto r = runWithInput(withDb({QStringLiteral("users"), QStringLiteral("add"),
                                      QStringLiteral("anna"), QStringLiteral("--role"),
                                      QStringLiteral("lead"), QStringLiteral("--display-name"),
                                      QStringLiteral("Anna Lead"), QStringLiteral("--pin-stdin")}),
                              "2468\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("added anna (lead)"));
        r = runWithInput(
            withDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("otto"),
                    QStringLiteral("--role"), QStringLiteral("operator"),
                    QStringLiteral("--pin-stdin"), QStringLiteral("--badge-stdin")}),
            "1357\nOTTO-BADGE-0001\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runStation(
            withDb({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("anna"));
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("pin")).toBool(), true);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("badge")).toBool(), true);
        QVERIFY(!r.out.contains("2468"));

        // Bad input: exit 2 with the reason. A PIN never comes from the arguments.
        r = runWithInput(
            withDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve"),
                    QStringLiteral("--role"), QStringLiteral("wizard")}),
            {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown role"));
        r = runWithInput(
            withDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve"),
                    QStringLiteral("--role"), QStringLiteral("qa"), QStringLiteral("--pin-stdin")}),
            "12\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("4 to 12 digits"));
        r = runStation(withDb({QStringLiteral("users"), QStringLiteral("set-pin"),
                               QStringLiteral("anna"), QStringLiteral("4711")}));
        QCOMPARE(r.exitCode, 2);
        r = runStation({QStringLiteral("users"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("never from arguments"));
    }

    void releaseAndDiffALimitChange()
    {
        // Revision 1: the shipped plan.
        auto r = runStation(withDb({QStringLiteral("plan"), QStringLiteral("import"),
                                    QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"),
                                    QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value("revision").toObject().value("status").toString(),
                 QStringLiteral("draft"));

        // An operator may not release; a wrong PIN may not either.
        r = runWithInput(withDb({QStringLiteral("plan"), QStringLiteral("release"),
                                 QStringLiteral("nrf91-tracker"), QStringLiteral("--by"),
                                 QStringLiteral("otto"), QStringLiteral("--pin-stdin")}),
                         "1357\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("may not release"), r.err.constData());
        r = runWithInput(withDb({QStringLiteral("plan"), QStringLiteral("release"),
                                 QStringLiteral("nrf91-tracker"), QStringLiteral("--by"),
                                 QStringLiteral("anna"), QStringLiteral("--pin-stdin")}),
                         "0000\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("wrong PIN"), r.err.constData());
        r = runStation(withDb({QStringLiteral("plan"), QStringLiteral("release"),
                               QStringLiteral("nrf91-tracker"), QStringLiteral("--by"),
                               QStringLiteral("anna")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--pin-stdin"));

        r = runWithInput(
            withDb({QStringLiteral("plan"), QStringLiteral("release"),
                    QStringLiteral("nrf91-tracker"), QStringLiteral("--by"), QStringLiteral("anna"),
                    QStringLiteral("--pin-stdin"), QStringLiteral("--json")}),
            "2468\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject rev1 = r.json().value("revision").toObject();
        QCOMPARE(rev1.value("status").toString(), QStringLiteral("released"));
        QCOMPARE(rev1.value("released_by").toString(), QStringLiteral("anna"));
        QCOMPARE(rev1.value("sha256").toString().size(), 64);

        // Revision 2: the battery limit raised.
        QFile in(QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray edited = in.readAll();
        edited.replace(R"("range": {"low": 3300, "high": 4500, "unit": "mV"})",
                       R"("range": {"low": 3500, "high": 4500, "unit": "mV"})");
        const QString editedPath = m_dir.filePath(QStringLiteral("nrf91-edited.json"));
        QFile out(editedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(edited);
        out.close();
        r = runStation(withDb({QStringLiteral("plan"), QStringLiteral("import"), editedPath}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("revision 2 saved as a draft"));
        r = runWithInput(withDb({QStringLiteral("plan"), QStringLiteral("release"),
                                 QStringLiteral("nrf91-tracker"), QStringLiteral("--by"),
                                 QStringLiteral("otto"), QStringLiteral("--badge-stdin")}),
                         "OTTO-BADGE-0001\n");
        QCOMPARE(r.exitCode, 2); // otto is an operator, badge or not
        r = runWithInput(withDb({QStringLiteral("plan"), QStringLiteral("release"),
                                 QStringLiteral("nrf91-tracker"), QStringLiteral("--by"),
                                 QStringLiteral("anna"), QStringLiteral("--pin-stdin"),
                                 QStringLiteral("--comment"), QStringLiteral("fresh cells")}),
                         "2468\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("3300 … 4500 mV → 3500 … 4500 mV"), r.out.constData());

        r = runStation(withDb({QStringLiteral("plan"), QStringLiteral("revisions"),
                               QStringLiteral("nrf91-tracker"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray revisions = r.json().value("revisions").toArray();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(1).toObject().value("parent_revision").toInt(), 1);
        QCOMPARE(revisions.at(1).toObject().value("comment").toString(),
                 QStringLiteral("fresh cells"));

        r = runStation(
            withDb({QStringLiteral("plan"), QStringLiteral("diff"), QStringLiteral("nrf91-tracker"),
                    QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray limits = r.json().value("limits").toArray();
        QCOMPARE(limits.size(), 1);
        const QJsonObject limit = limits.at(0).toObject();
        QCOMPARE(limit.value("step").toString(), QStringLiteral("battery_range"));
        QCOMPARE(limit.value("old").toString(), QStringLiteral("3300 … 4500 mV"));
        QCOMPARE(limit.value("new").toString(), QStringLiteral("3500 … 4500 mV"));
        const QJsonObject low = limit.value("fields").toArray().at(0).toObject();
        QCOMPARE(low.value("field").toString(), QStringLiteral("low"));
        QCOMPARE(low.value("old").toDouble(), 3300.0);
        QCOMPARE(low.value("new").toDouble(), 3500.0);

        // The released revision is what `plan show` prints, byte for byte.
        r = runStation(
            withDb({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("nrf91-tracker"),
                    QStringLiteral("--revision"), QStringLiteral("1")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(in.seek(0));
        QCOMPARE(r.out, in.readAll());
    }

    void runRequireReleasedUsesTheRelease()
    {
        // After releaseAndDiffALimitChange: revision 2 (low 3500 mV) is the one in force.
        auto r = runStation(
            withDb({QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("nrf91"),
                    QStringLiteral("--port"), QStringLiteral("sim:nrf91"),
                    QStringLiteral("--serial"), QStringLiteral("SN00000001"),
                    QStringLiteral("--require-released"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QCOMPARE(r.json().value("plan_revision").toInt(), 2);
        // A plan file nobody released is refused by name.
        const QString other = m_dir.filePath(QStringLiteral("other.json"));
        QFile in(QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(other);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().replace("\"id\": \"nrf91-tracker\"", "\"id\": \"other-plan\""));
        out.close();
        r = runStation(withDb({QStringLiteral("run"), QStringLiteral("--plan"), other,
                               QStringLiteral("--port"), QStringLiteral("sim:nrf91"),
                               QStringLiteral("--require-released")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("never been released") && r.err.contains("other.json"),
                 r.err.constData());
        // Without the option the file runs as before (integrators, the README demo).
        r = runStation(withDb(
            {QStringLiteral("run"), QStringLiteral("--plan"), other, QStringLiteral("--port"),
             QStringLiteral("sim:nrf91,serial=SN00000001"), QStringLiteral("--serial"),
             QStringLiteral("SN00000001"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.json().value("plan_id").toString(), QStringLiteral("other-plan"));
    }

    void auditListAndExport()
    {
        auto r = runStation(
            withDb({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                    QStringLiteral("limit_changed"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray entries = r.json().value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.at(0).toObject();
        QCOMPARE(e.value("actor").toString(), QStringLiteral("anna"));
        QCOMPARE(e.value("old_value").toString(), QStringLiteral("3300 … 4500 mV"));
        QCOMPARE(e.value("new_value").toString(), QStringLiteral("3500 … 4500 mV"));

        r = runStation(withDb({QStringLiteral("audit"), QStringLiteral("list")}));
        QCOMPARE(r.exitCode, 0);
        for (const char* action : {"user_added", "login_ok", "login_failed", "plan_released",
                                   "access_denied", "plan_draft_saved"})
            QVERIFY2(r.out.contains(action), action);

        r = runStation(withDb({QStringLiteral("audit"), QStringLiteral("list"),
                               QStringLiteral("--action"), QStringLiteral("nonsense")}));
        QCOMPARE(r.exitCode, 2);
        r = runStation(
            withDb({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
                    QStringLiteral("2999-01-01"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value("entries").toArray().isEmpty());

        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        r = runStation(
            withDb({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("-o"), csv}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("id,utc,station,actor,action,subject,old_value,new_value,details"));
        QVERIFY(text.contains("limit_changed"));
        QVERIFY(!text.contains("2468"));

        // The records workbook carries the audit trail as its "Audit" sheet (read back with
        // Python's zipfile, independent of the writer).
        const QString xlsx = m_dir.filePath(QStringLiteral("records.xlsx"));
        r = runStation(
            withDb({QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\n"
                                 "z = zipfile.ZipFile(sys.argv[1])\n"
                                 "print('name=\"Audit\"' in z.read('xl/workbook.xml').decode())\n"
                                 "print(any(b'limit_changed' in z.read(n) for n in z.namelist()\n"
                                 "          if n.startswith('xl/worksheets/')))\n"),
                  xlsx});
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.readAllStandardOutput(), QByteArray("True\nTrue\n"));
    }
};

QTEST_GUILESS_MAIN(TestAuthCli)
#include "tst_auth_cli.moc"
