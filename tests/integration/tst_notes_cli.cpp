// QA notes through the real eol-station binary: add to a run and to a device, list, show in
// `records show`, soft delete, and the errors a user can make — against a real database
// written by a real simulated run.
#include "StationProcess.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

namespace {

QString scalar(const QString& db, const QString& sql)
{
    sqlite3* h = nullptr;
    sqlite3_open_v2(QFile::encodeName(db).constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    QString out = QStringLiteral("<error>");
    if (sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        out = p ? QString::fromUtf8(p) : QStringLiteral("<null>");
    }
    sqlite3_finalize(st);
    sqlite3_close_v2(h);
    return out;
}

/// Runs eol-station with EOL_OPERATOR set, as a station's environment would.
StationResult runAs(const QString& operatorName, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EOL_OPERATOR"), operatorName);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EOL_STATION_BIN), args);
    StationResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TstNotesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_runId;
    QString m_serial;

    StationResult note(const QStringList& args)
    {
        return runAs(QStringLiteral("qa.station"),
                     QStringList{QStringLiteral("records"), QStringLiteral("note")} + args +
                         QStringList{QStringLiteral("--db"), m_db});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("records.db"));
        auto run = runStation({QStringLiteral("run"), QStringLiteral("--plan"),
                               QStringLiteral("nrf91"), QStringLiteral("--port"),
                               QStringLiteral("sim:nrf91,bad-imei,serial=SN00000042"),
                               QStringLiteral("--serial"), QStringLiteral("SN00000042"),
                               QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        m_runId = run.json().value(QStringLiteral("run_id")).toString();
        m_serial = run.json().value(QStringLiteral("serial")).toString();
        QVERIFY(!m_runId.isEmpty());
        QVERIFY(!m_serial.isEmpty());
    }

    void addListShowDelete()
    {
        auto added =
            note({QStringLiteral("add"), m_runId, QStringLiteral("--text"),
                  QStringLiteral("Luhn fails, \"label\" misprinted?\nsecond line"),
                  QStringLiteral("--author"), QStringLiteral("qa.anna"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject a = added.json();
        const QString noteId = a.value(QStringLiteral("note_id")).toString();
        QCOMPARE(a.value(QStringLiteral("run_id")).toString(), m_runId);
        QCOMPARE(a.value(QStringLiteral("serial")).toString(), m_serial);
        QCOMPARE(a.value(QStringLiteral("author")).toString(), QStringLiteral("qa.anna"));
        QCOMPARE(a.value(QStringLiteral("sync_state")).toString(), QStringLiteral("pending"));
        QVERIFY(a.value(QStringLiteral("deleted_utc")).isNull());
        // On disk, in the notes table, exactly as given.
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT text FROM notes WHERE note_id = '%1'").arg(noteId)),
            QStringLiteral("Luhn fails, \"label\" misprinted?\nsecond line"));

        // Author defaults to the station operator; a device note by serial.
        auto device = note({QStringLiteral("add"), QStringLiteral("--serial"), m_serial,
                            QStringLiteral("--text"), QStringLiteral("unit sent to rework")});
        QVERIFY2(device.exitCode == 0, device.err.constData());
        QVERIFY2(device.out.contains("by qa.station"), device.out.constData());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT author || '|' || IFNULL(run_id, 'device') "
                                             "FROM notes WHERE text = 'unit sent to rework'")),
                 QStringLiteral("qa.station|device"));

        auto forRun = note({QStringLiteral("list"), m_runId, QStringLiteral("--json")});
        QCOMPARE(forRun.exitCode, 0);
        QCOMPARE(forRun.json().value(QStringLiteral("count")).toInt(), 1);
        auto forDevice = note({QStringLiteral("list"), QStringLiteral("--serial"), m_serial,
                               QStringLiteral("--json")});
        QCOMPARE(forDevice.json().value(QStringLiteral("count")).toInt(), 2);
        auto text = note({QStringLiteral("list"), QStringLiteral("--serial"), m_serial});
        QVERIFY(text.out.contains("    second line"));
        QVERIFY(text.out.contains("2 note(s)"));

        auto show = runStation({QStringLiteral("records"), QStringLiteral("show"), m_runId,
                                QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonArray notes = show.json().value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("note_id")).toString(), noteId);
        const QJsonArray deviceNotes = show.json().value(QStringLiteral("device_notes")).toArray();
        QCOMPARE(deviceNotes.size(), 1);
        QCOMPARE(deviceNotes.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("unit sent to rework"));
        auto showText = runStation({QStringLiteral("records"), QStringLiteral("show"), m_runId,
                                    QStringLiteral("--db"), m_db});
        QVERIFY(showText.out.contains("notes:\n"));
        QVERIFY(showText.out.contains("qa.anna"));
        QVERIFY(showText.out.contains(QByteArray("device notes (" + m_serial.toUtf8() + "):")));

        auto deleted = note(
            {QStringLiteral("delete"), noteId, QStringLiteral("--by"), QStringLiteral("qa.lead")});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(note({QStringLiteral("list"), m_runId, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 0);
        // Soft: the row stays, stamped.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT deleted_by || '|' || (deleted_utc IS NOT "
                                             "NULL) FROM notes WHERE note_id = '%1'")
                                  .arg(noteId)),
                 QStringLiteral("qa.lead|1"));
        auto again = note({QStringLiteral("delete"), noteId});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already deleted by qa.lead"), again.err.constData());
    }

    void mistakesAreExit2WithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no action") << QStringList{} << "usage";
        QTest::newRow("bad action") << QStringList{"edit"} << "edit";
        QTest::newRow("no text") << QStringList{"add", "RUN"} << "--text";
        QTest::newRow("empty text") << QStringList{"add", "RUN", "--text", "  "} << "empty";
        QTest::newRow("too long") << QStringList{"add", "RUN", "--text", QString(4001, u'x')}
                                  << "4001";
        QTest::newRow("both targets")
            << QStringList{"add", "RUN", "--serial", "S", "--text", "x"} << "not both";
        QTest::newRow("no target") << QStringList{"list"} << "--serial";
        QTest::newRow("unknown run")
            << QStringList{"add", "00000000-0000-0000-0000-000000000000", "--text", "x"}
            << "00000000-0000-0000-0000-000000000000";
        QTest::newRow("unknown note") << QStringList{"delete", "nope"} << "nope";
        QTest::newRow("unquoted text")
            << QStringList{"add", "RUN", "--text", "a", "b"} << "unexpected argument";
    }

    void mistakesAreExit2WithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        for (QString& a : args)
            if (a == QLatin1String("RUN"))
                a = m_runId;
        const QString before = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM notes"));
        auto r = note(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM notes")), before);
    }
};

QTEST_GUILESS_MAIN(TstNotesCli)
#include "tst_notes_cli.moc"
