// QA notes end to end: units tested with the real `eol-station run` (simulated nRF91), notes
// written into the real station database (RunStore), sent by the real `eol-station sync now`
// to the real `eol-registry serve` on 127.0.0.1 (SQLite). Checked in the registry's own database
// and through its API: every note arrives exactly once, after its run; a note on a run the
// registry refused waits; deletions reach the registry; a lost answer (notes resent) changes
// nothing there.
#include "RegistryProcess.h"
#include "StationProcess.h"
#include "store/RunStore.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace eol::core;

class TstSyncNotes : public QObject
{
    Q_OBJECT

#ifdef EOL_REGISTRY_BIN
private:
    QTemporaryDir m_dir;
    RegistryProcess m_registry{QStringLiteral(EOL_REGISTRY_BIN)};
    QString m_registryDb;
    QString m_stationDb;
    QString m_tokenFile;
    QByteArray m_reader;
    QNetworkAccessManager m_nam;

    QJsonObject device(const QString& serial)
    {
        QNetworkRequest req{QUrl(m_registry.url() + QStringLiteral("/api/v1/devices/") + serial)};
        req.setRawHeader("Authorization", "Bearer " + m_reader);
        req.setTransferTimeout(30000);
        QNetworkReply* reply = m_nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return QJsonDocument::fromJson(body).object();
    }

    /// One value from the registry's database (the ground truth, not the API).
    QString registryValue(const QString& sql)
    {
        QString value = QStringLiteral("<no row>");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(m_registryDb);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

    StationResult syncNow()
    {
        return runStation({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--db"),
                           m_stationDb, QStringLiteral("--registry"), m_registry.url(),
                           QStringLiteral("--token-file"), m_tokenFile, QStringLiteral("--json")});
    }

    QString testUnit(const QString& serial, int seed)
    {
        const StationResult r =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("nrf91"),
                        QStringLiteral("--port"),
                        QStringLiteral("sim:nrf91,serial=%1,seed=%2").arg(serial).arg(seed),
                        QStringLiteral("--serial"), serial, QStringLiteral("--db"), m_stationDb,
                        QStringLiteral("--json")});
        if (!r.json().value(u"committed").toBool())
            qWarning() << "eol-station run failed:" << r.err;
        return r.json().value(u"run_id").toString();
    }

    QString syncState(const QString& noteId)
    {
        auto store = store::RunStore::open(m_stationDb);
        return store ? store.value()->note(noteId).value().syncState : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_registryDb = m_dir.filePath(QStringLiteral("registry.db"));
        m_stationDb = m_dir.filePath(QStringLiteral("station.db"));
        m_tokenFile = m_dir.filePath(QStringLiteral("station.token"));
        const QByteArray station =
            m_registry.createToken(m_registryDb, QStringLiteral("st-1"), QStringLiteral("station"));
        m_reader =
            m_registry.createToken(m_registryDb, QStringLiteral("qa"), QStringLiteral("reader"));
        QVERIFY2(!station.isEmpty() && !m_reader.isEmpty(), qPrintable(m_registry.failure()));
        QFile f(m_tokenFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(station + '\n');
        f.close();
        QVERIFY(QFile::setPermissions(m_tokenFile, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY2(m_registry.start(m_registryDb, 0, m_dir.filePath(QStringLiteral("registry.log"))),
                 qPrintable(m_registry.failure()));
    }

    void cleanupTestCase()
    {
        m_registry.stop();
    }

    void notesArriveOnceAfterTheirRuns()
    {
        const QString runA = testUnit(QStringLiteral("SN81000001"), 1);
        const QString runB = testUnit(QStringLiteral("SN81000002"), 2);
        QVERIFY(!runA.isEmpty() && !runB.isEmpty());

        QString n1, n2, n3, n4;
        {
            auto store = store::RunStore::open(m_stationDb);
            QVERIFY(store.ok());
            auto& s = *store.value();
            n1 = s.addNote(runA, QString(), QStringLiteral("QA Ines"),
                           QStringLiteral("RF cable re-seated"))
                     .value()
                     .noteId;
            n2 = s.addNote(QString(), QStringLiteral("SN81000002"), QStringLiteral("QA Ines"),
                           QStringLiteral("housing scratched"))
                     .value()
                     .noteId;
            n3 = s.addNote(runB, QString(), QStringLiteral("QA Ines"), QStringLiteral("typo"))
                     .value()
                     .noteId;
            QVERIFY(s.deleteNote(n3, QStringLiteral("QA Ines")).ok()); // deleted before any sync
            // A run the registry will refuse (its IMEI belongs to SN81000001): its note waits.
            store::RunRecord c = s.run(runA).value();
            c.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.serial = QStringLiteral("SN81000003");
            c.state = QStringLiteral("running");
            c.startedUtc = QDateTime::currentDateTimeUtc();
            QVERIFY(s.beginRun(c).ok());
            c.state = QStringLiteral("finished");
            c.endedUtc = c.startedUtc.addSecs(3);
            QVERIFY(s.finishRun(c).ok());
            n4 = s.addNote(c.runId, QString(), QStringLiteral("QA Ines"),
                           QStringLiteral("waits for its run"))
                     .value()
                     .noteId;
            // Nothing synced yet: only the device note may go; run notes wait for their runs.
            const auto ready = s.pendingNotes(0).value();
            QCOMPARE(ready.size(), 1);
            QCOMPARE(ready[0].noteId, n2);
        }

        StationResult r = syncNow();
        QCOMPARE(r.exitCode, 1); // the conflicting run
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"synced").toInt(), 2);
        QCOMPARE(o.value(u"conflicts").toInt(), 1);
        QCOMPARE(o[u"notes"][u"pending"].toInt(), 0);
        QCOMPARE(o[u"notes"][u"waiting_for_run"].toInt(), 1);
        QCOMPARE(syncState(n1), QStringLiteral("synced"));
        QCOMPARE(syncState(n2), QStringLiteral("synced"));
        QCOMPARE(syncState(n3), QStringLiteral("synced"));
        QCOMPARE(syncState(n4), QStringLiteral("pending"));

        // In the registry's database: three notes, the deleted one marked, the waiting one absent.
        QCOMPARE(registryValue(QStringLiteral("SELECT COUNT(*) FROM notes")), QStringLiteral("3"));
        QCOMPARE(
            registryValue(QStringLiteral("SELECT run_id FROM notes WHERE note_id = '%1'").arg(n1)),
            runA);
        QCOMPARE(registryValue(
                     QStringLiteral("SELECT deleted_by FROM notes WHERE note_id = '%1'").arg(n3)),
                 QStringLiteral("QA Ines"));
        QCOMPARE(registryValue(
                     QStringLiteral("SELECT COUNT(*) FROM notes WHERE note_id = '%1'").arg(n4)),
                 QStringLiteral("0"));

        // Through the API: the run note on its run, the device note on the device.
        QJsonObject a = device(QStringLiteral("SN81000001"));
        QCOMPARE(a[u"notes"].toArray().size(), 1);
        QCOMPARE(a[u"notes"][0][u"id"].toString(), n1);
        QCOMPARE(a[u"runs"][0][u"run_id"].toString(), runA);
        QCOMPARE(a[u"runs"][0][u"notes"][0][u"text"].toString(),
                 QStringLiteral("RF cable re-seated"));
        QCOMPARE(a[u"runs"][0][u"notes"][0][u"author"].toString(), QStringLiteral("QA Ines"));
        const QJsonObject b = device(QStringLiteral("SN81000002"));
        QCOMPARE(b[u"notes"].toArray().size(), 1); // the deleted note is not shown
        QCOMPARE(b[u"notes"][0][u"id"].toString(), n2);
        QVERIFY(b[u"notes"][0][u"run_id"].isNull());

        // Deleted after it was synced: the deletion follows.
        {
            auto store = store::RunStore::open(m_stationDb);
            QVERIFY(store.value()->deleteNote(n1, QStringLiteral("QA Lead")).ok());
        }
        QCOMPARE(syncState(n1), QStringLiteral("pending"));
        r = syncNow();
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(syncState(n1), QStringLiteral("synced"));
        QCOMPARE(registryValue(
                     QStringLiteral("SELECT deleted_by FROM notes WHERE note_id = '%1'").arg(n1)),
                 QStringLiteral("QA Lead"));
        a = device(QStringLiteral("SN81000001"));
        QCOMPARE(a[u"notes"].toArray().size(), 0);
        QCOMPARE(a[u"runs"][0][u"notes"].toArray().size(), 0);

        // The registry's answers were lost: the station resends every note — nothing changes.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("station"));
            db.setDatabaseName(m_stationDb);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE notes SET sync_state = 'pending' "
                                          "WHERE sync_state = 'synced'")));
            QCOMPARE(q.numRowsAffected(), 3);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("station"));
        r = syncNow();
        QCOMPARE(r.exitCode, 1);
        for (const QString& id : {n1, n2, n3})
            QCOMPARE(syncState(id), QStringLiteral("synced"));
        QCOMPARE(registryValue(QStringLiteral("SELECT COUNT(*) FROM notes")), QStringLiteral("3"));
        QCOMPARE(registryValue(QStringLiteral("SELECT COUNT(*) FROM notes WHERE deleted_utc IS "
                                              "NOT NULL")),
                 QStringLiteral("2"));

        // sync status counts the waiting note (not refused: it goes once its run is synced).
        r = runStation({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--db"),
                        m_stationDb, QStringLiteral("--json")});
        QCOMPARE(r.json()[u"notes"][u"waiting_for_run"].toInt(), 1);
        QCOMPARE(r.json()[u"notes"][u"rejected"].toInt(), 0);
    }
#else
private Q_SLOTS:
    void realRegistryNotBuilt()
    {
        QSKIP("the eol-registry target is not part of this build");
    }
#endif
};

QTEST_GUILESS_MAIN(TstSyncNotes)
#include "tst_sync_notes.moc"
