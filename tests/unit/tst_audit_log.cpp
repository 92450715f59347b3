// The audit trail on a real SQLite file: appends, filters, the CSV export, and — the point of
// it — the database itself refusing to change or delete a row, from any connection.

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "audit/AuditedNoteDeletion.h"
#include "store/RunStore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using eol::core::audit::AuditAction;
using eol::core::audit::AuditEntry;
using eol::core::audit::AuditFilter;
using eol::core::audit::AuditLog;

namespace {

/// Runs one statement on an independent connection; returns SQLite's error text ("" = ok).
QString execRaw(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open");
    }
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(err ? err : "error");
    sqlite3_free(err);
    sqlite3_close(db);
    return message;
}

qint64 countRows(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM audit_log", -1, &s, nullptr);
    sqlite3_step(s);
    const qint64 n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("audit.db")); }

private Q_SLOTS:
    void appendAndQuery()
    {
        auto store = eol::core::store::RunStore::open(path());
        QVERIFY(store.ok());
        AuditLog log(*store.value(), QStringLiteral("line-3"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        AuditEntry old;
        old.utc = t0;
        old.actor = QStringLiteral("anna");
        old.action = AuditAction::kLimitChanged;
        old.subject = QStringLiteral("plan nrf91-tracker step battery_range");
        old.oldValue = QStringLiteral("3300 … 4500 mV");
        old.newValue = QStringLiteral("3400 … 4500 mV");
        old.details = {{QStringLiteral("step"), QStringLiteral("battery_range")}};
        auto id1 = log.append(old);
        QVERIFY(id1.ok());
        auto id2 = log.append(QStringLiteral("maria"), AuditAction::kSettingsChanged,
                              QStringLiteral("fixture/port"), QStringLiteral("sim:nrf91"),
                              QStringLiteral("/dev/ttyUSB0"));
        QVERIFY(id2.ok());
        QVERIFY(id2.value() > id1.value());
        auto id3 =
            log.append(QStringLiteral("otto"), AuditAction::kLoginOk, QStringLiteral("otto"));
        QVERIFY(id3.ok());

        auto all = log.query({});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().action, QStringLiteral("login_ok")); // newest first
        QCOMPARE(all->last().oldValue, QStringLiteral("3300 … 4500 mV"));
        QCOMPARE(all->last().details.value(QStringLiteral("step")).toString(),
                 QStringLiteral("battery_range"));
        QCOMPARE(all->last().stationId, QStringLiteral("line-3"));
        QCOMPARE(all->last().utc.toMSecsSinceEpoch(), t0.toMSecsSinceEpoch());

        AuditFilter byAction;
        byAction.actions << AuditAction::kSettingsChanged << AuditAction::kLimitChanged;
        QCOMPARE(log.query(byAction)->size(), 2);
        AuditFilter byTime;
        byTime.from = t0.addSecs(60);
        QCOMPARE(log.query(byTime)->size(), 2);
        byTime.from = {};
        byTime.to = t0.addSecs(60);
        QCOMPARE(log.query(byTime)->size(), 1);
        AuditFilter byText;
        byText.text = QStringLiteral("ttyusb"); // subject or values, any case
        QCOMPARE(log.query(byText)->size(), 1);
        byText.text = QStringLiteral("%"); // LIKE wildcards are literal: no row has a %
        QCOMPARE(log.query(byText)->size(), 0);
        AuditFilter byActor;
        byActor.actor = QStringLiteral("ANNA");
        QCOMPARE(log.query(byActor)->size(), 1);
        AuditFilter limited;
        limited.limit = 2;
        limited.newestFirst = false;
        const auto two = log.query(limited);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->first().id, id1.value());
    }

    void rowsCannotBeChangedOrDeleted()
    {
        {
            auto store = eol::core::store::RunStore::open(path());
            QVERIFY(store.ok());
            AuditLog log(*store.value(), QStringLiteral("line-3"));
            QVERIFY(log.append(QStringLiteral("anna"), AuditAction::kPlanReleased,
                               QStringLiteral("plan x"), {}, QStringLiteral("revision 2"))
                        .ok());
            // Through the station's own connection ...
            char* err = nullptr;
            QVERIFY(sqlite3_exec(store.value()->connection(),
                                 "UPDATE audit_log SET actor = 'mallory'", nullptr, nullptr,
                                 &err) != SQLITE_OK);
            QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("append-only")));
            sqlite3_free(err);
        }
        const qint64 before = countRows(path());
        QVERIFY(before >= 1);
        // ... and through any other connection.
        const QString update = execRaw(path(), "UPDATE audit_log SET new_value = 'revision 1'");
        QVERIFY2(update.contains(QStringLiteral("cannot be changed")), qPrintable(update));
        const QString del = execRaw(path(), "DELETE FROM audit_log");
        QVERIFY2(del.contains(QStringLiteral("cannot be deleted")), qPrintable(del));
        QCOMPARE(countRows(path()), before);
        // Appending is what it is for.
        QCOMPARE(execRaw(path(), "INSERT INTO audit_log (utc, actor, action) VALUES "
                                 "('2026-01-01T00:00:00.000Z', 'x', 'logout')"),
                 QString());
        QCOMPARE(countRows(path()), before + 1);
    }

    void deletedNoteIsOnRecordWithItsText()
    {
        QTemporaryDir dir;
        auto store = eol::core::store::RunStore::open(dir.filePath(QStringLiteral("n.db")));
        QVERIFY(store.ok());
        auto note =
            store.value()->addNote({}, QStringLiteral("SN00000007"), QStringLiteral("quinn"),
                                   QStringLiteral("solder bridge on J3"));
        QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error().message));
        QVERIFY(eol::core::audit::AuditedNoteDeletion::run(
                    *store.value(), note->noteId, QStringLiteral("root"), QStringLiteral("line-3"))
                    .ok());
        QVERIFY(store.value()->notesForSerial(QStringLiteral("SN00000007"))->isEmpty());
        AuditLog log(*store.value(), QStringLiteral("line-3"));
        AuditFilter f;
        f.actions << AuditAction::kNoteDeleted;
        const auto rows = log.query(f);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().actor, QStringLiteral("root"));
        QCOMPARE(rows->first().oldValue, QStringLiteral("solder bridge on J3"));
        QCOMPARE(rows->first().details.value(QStringLiteral("serial")).toString(),
                 QStringLiteral("SN00000007"));
        // An unknown note: nothing deleted, nothing audited.
        QVERIFY(!eol::core::audit::AuditedNoteDeletion::run(
                     *store.value(), QStringLiteral("no-such-note"), QStringLiteral("root"))
                     .ok());
        QCOMPARE(log.query(f)->size(), 1);
    }

    void csvExportGuardsFormulasAndQuotes()
    {
        QTemporaryDir dir;
        auto store = eol::core::store::RunStore::open(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(store.ok());
        AuditLog log(*store.value(), QStringLiteral("line-3"));
        QVERIFY(log.append(QStringLiteral("anna"), AuditAction::kSettingsChanged,
                           QStringLiteral("plan/default"), QStringLiteral("=HYPERLINK(\"x\")"),
                           QStringLiteral("a,b"))
                    .ok());
        auto rows = log.query({});
        QVERIFY(rows.ok());
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(AuditLog::writeCsv(rows.value(), out).ok());
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,utc,station,actor,action,subject,old_value,"
                                           "new_value,details\r"));
        QVERIFY2(lines.at(1).contains(",\"'=HYPERLINK(\"\"x\"\")\",\"a,b\","),
                 lines.at(1).constData());
        QVERIFY(out.data().endsWith("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
