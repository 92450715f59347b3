// RunStore against real SQLite files: migrations, round trips, atomic finish + outbox,
// interrupted-run recovery, filters and the durability PRAGMAs.
#include "store/RunStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sqlite3.h>

using eol::core::store::RunFilter;
using eol::core::store::RunRecord;
using eol::core::store::RunStore;
using eol::core::store::StepRecord;
using eol::drivers::TranscriptEntry;

namespace {

RunFilter filter(const QString& serial, const QString& verdict, const QString& product,
                 const QString& planId, int limit)
{
    RunFilter f;
    f.serial = serial;
    f.verdict = verdict;
    f.product = product;
    f.planId = planId;
    f.limit = limit;
    return f;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RunRecord makeRun(const QString& serial, const QDateTime& started)
{
    RunRecord r;
    r.runId = newId();
    r.serial = serial;
    r.product = QStringLiteral("tracker-x");
    r.planId = QStringLiteral("tracker-x-eol");
    r.planRevision = 3;
    r.planSha256 = QStringLiteral("ab").repeated(32);
    r.stationId = QStringLiteral("line1-st2");
    r.operatorName = QStringLiteral("Zoë");
    r.batch = QStringLiteral("B-17");
    r.workOrder = QStringLiteral("WO-2026-001");
    r.port = QStringLiteral("/dev/ttyUSB0");
    r.startedUtc = started;
    return r;
}

StepRecord makeStep(const QString& runId, int seq, const QString& verdict = QStringLiteral("pass"))
{
    StepRecord s;
    s.runId = runId;
    s.sequence = seq;
    s.phase = QStringLiteral("steps");
    s.stepId = QStringLiteral("step_%1").arg(seq);
    s.name = QStringLiteral("Step %1").arg(seq);
    s.kind = QStringLiteral("check");
    s.verdict = verdict;
    s.startedUtc = QDateTime(QDate(2026, 11, 22), QTime(21, 59, 15, 123), Qt::UTC).addMSecs(seq);
    s.durationMs = 12.5;
    return s;
}

/// A second, independent connection for looking at the file the way another process would.
class RawDb
{
public:
    explicit RawDb(const QString& path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    QString scalar(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        QString out = QStringLiteral("<error>");
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW) {
            const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
            out = t ? QString::fromUtf8(t) : QString();
        }
        sqlite3_finalize(s);
        return out;
    }
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == 0; }

private:
    sqlite3* m_db = nullptr;
};

} // namespace

class TstStoreRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void migratesFreshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
        auto store = RunStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        // One migration per file in resources/sql: 001 initial ... 007 the run count.
        const int latest = RunStore::latestSchemaVersion();
        QCOMPARE(latest, 7);
        QCOMPARE((*store)->schemaVersion(), latest);
        RawDb raw(path);
        QCOMPARE(raw.scalar("PRAGMA user_version"), QString::number(latest));
        QCOMPARE(raw.scalar("SELECT count(*) FROM schema_migrations"), QString::number(latest));
        QCOMPARE(raw.scalar("SELECT name FROM schema_migrations WHERE version = 1"),
                 QStringLiteral("initial"));
        QVERIFY(raw.scalar("SELECT applied_utc FROM schema_migrations").endsWith(u'Z'));
        for (const char* table : {"runs", "steps", "transcript", "outbox"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='") +
                table + "'";
            QCOMPARE(raw.scalar(sql.constData()), QStringLiteral("1"));
        }
        for (const char* index : {"runs_serial_started", "runs_imei", "runs_started_utc",
                                  "runs_verdict_started", "notes_run", "audit_log_utc"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM sqlite_master WHERE type='index' AND name='") +
                index + "'";
            QCOMPARE(raw.scalar(sql.constData()), QStringLiteral("1"));
        }
    }

    void reopenIsIdempotent()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        const RunRecord run = makeRun(QStringLiteral("SN1"), QDateTime::currentDateTimeUtc());
        {
            auto store = RunStore::open(path);
            QVERIFY(store.ok());
            QVERIFY((*store)->beginRun(run).ok());
        }
        for (int i = 0; i < 2; ++i) {
            auto store = RunStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            QCOMPARE((*store)->schemaVersion(), RunStore::latestSchemaVersion());
            QVERIFY((*store)->run(run.runId).ok());
        }
        RawDb raw(path);
        QCOMPARE(raw.scalar("SELECT count(*) FROM schema_migrations"),
                 QString::number(RunStore::latestSchemaVersion()));
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE future (x); PRAGMA user_version = 42;", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        auto store = RunStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("store_schema_too_new"));
        QVERIFY2(store.error().message.contains(QStringLiteral("42")),
                 qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(path));

        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        RawDb raw(path);
        QCOMPARE(raw.scalar("PRAGMA journal_mode"), QStringLiteral("delete"));
        QCOMPARE(raw.scalar("SELECT count(*) FROM sqlite_master WHERE name='runs'"),
                 QStringLiteral("0"));
    }

    void reportsUnopenablePath()
    {
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("no/such/folder/x.db")));
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(QStringLiteral("check the folder exists")),
                 qPrintable(store.error().message));
    }

    void durabilityPragmasAreSet()
    {
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("pragmas.db")));
        QVERIFY(store.ok());
        QCOMPARE(*(*store)->pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(*(*store)->pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(*(*store)->pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QVERIFY((*store)->pragma(QStringLiteral("busy_timeout"))->toInt() > 0);
        QCOMPARE(*(*store)->pragma(QStringLiteral("integrity_check")), QStringLiteral("ok"));
        QVERIFY(!(*store)->pragma(QStringLiteral("user_version; DROP TABLE runs")).ok());
    }

    void roundTripsEveryField()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.db"));
        auto opened = RunStore::open(path);
        QVERIFY(opened.ok());
        RunStore& store = **opened;

        RunRecord run = makeRun(QStringLiteral("SN-ÄÖ-1"),
                                QDateTime(QDate(2026, 11, 22), QTime(21, 59, 15, 123), Qt::UTC));
        run.attributes = QJsonObject{{QStringLiteral("stage"), QStringLiteral("begin")}};
        QVERIFY(store.beginRun(run).ok());
        {
            auto running = store.run(run.runId);
            QVERIFY(running.ok());
            QCOMPARE(running->state, QStringLiteral("running"));
            QVERIFY(running->verdict.isEmpty());
            QVERIFY(!running->endedUtc.isValid());
        }

        QList<StepRecord> steps{makeStep(run.runId, 0), makeStep(run.runId, 1, "fail")};
        steps[1].phase = QStringLiteral("teardown");
        steps[1].kind = QStringLiteral("at");
        steps[1].attempts = 3;
        steps[1].measured = QStringLiteral("-71");
        steps[1].low = -70.0;
        steps[1].high = 0.5;
        steps[1].unit = QStringLiteral("dBm");
        steps[1].message = QStringLiteral("signal −71 dBm below limit");
        QVERIFY(store.appendSteps(steps).ok());

        const QByteArray binary("AT\0\r\n\xff\x00OK", 10);
        QList<TranscriptEntry> t1{
            {1'700'000'000'000'001, TranscriptEntry::Direction::ToDevice, QByteArray("AT+CGSN\r")},
            {1'700'000'000'000'002, TranscriptEntry::Direction::FromDevice, binary}};
        QList<TranscriptEntry> t2{
            {1'700'000'000'000'003, TranscriptEntry::Direction::Note, QByteArray("note")},
            {1'700'000'000'000'004, TranscriptEntry::Direction::FromDevice, QByteArray()}};
        QVERIFY(store.appendTranscript(run.runId, t1).ok());
        QVERIFY(store.appendTranscript(run.runId, t2).ok()); // numbering continues per run

        RunRecord fin = run;
        fin.imei = QStringLiteral("356938035643809");
        fin.endedUtc = run.startedUtc.addMSecs(4321);
        fin.verdict = QStringLiteral("fail");
        fin.failingStep = QStringLiteral("step_1");
        fin.failureReason = QStringLiteral("signal, \"too\" weak\nretest");
        fin.attributes =
            QJsonObject{{QStringLiteral("iccid"), QStringLiteral("8944501234567890123")},
                        {QStringLiteral("imsi"), QStringLiteral("234150123456789")},
                        {QStringLiteral("firmware"), QStringLiteral("mfw_nrf9160_1.3.5")},
                        {QStringLiteral("public_key"), QStringLiteral("04abcdef")},
                        {QStringLiteral("nested"), QJsonArray{1, 2, QJsonObject{{"k", true}}}}};
        QVERIFY(store.finishRun(fin).ok());

        // Read back through a fresh connection: what is on disk, not what is cached.
        auto reopened = RunStore::open(path);
        QVERIFY(reopened.ok());
        auto got = (*reopened)->run(run.runId);
        QVERIFY(got.ok());
        QCOMPARE(got->runId, fin.runId);
        QCOMPARE(got->serial, fin.serial);
        QCOMPARE(got->imei, fin.imei);
        QCOMPARE(got->product, fin.product);
        QCOMPARE(got->planId, fin.planId);
        QCOMPARE(got->planRevision, 3);
        QCOMPARE(got->planSha256, fin.planSha256);
        QCOMPARE(got->stationId, fin.stationId);
        QCOMPARE(got->operatorName, fin.operatorName);
        QCOMPARE(got->batch, fin.batch);
        QCOMPARE(got->workOrder, fin.workOrder);
        QCOMPARE(got->port, fin.port);
        QCOMPARE(got->startedUtc, fin.startedUtc);
        QCOMPARE(got->endedUtc, fin.endedUtc);
        QCOMPARE(got->state, QStringLiteral("finished"));
        QCOMPARE(got->verdict, QStringLiteral("fail"));
        QCOMPARE(got->failingStep, fin.failingStep);
        QCOMPARE(got->failureReason, fin.failureReason);
        QCOMPARE(got->attributes, fin.attributes);

        RawDb raw(path);
        QCOMPARE(raw.scalar("SELECT started_utc FROM runs"),
                 QStringLiteral("2026-11-22T21:59:15.123Z"));

        auto gotSteps = (*reopened)->steps(run.runId);
        QVERIFY(gotSteps.ok());
        QCOMPARE(gotSteps->size(), 2);
        for (int i = 0; i < 2; ++i) {
            const StepRecord& a = steps[i];
            const StepRecord& b = gotSteps->at(i);
            QCOMPARE(b.runId, a.runId);
            QCOMPARE(b.sequence, a.sequence);
            QCOMPARE(b.phase, a.phase);
            QCOMPARE(b.stepId, a.stepId);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.verdict, a.verdict);
            QCOMPARE(b.startedUtc, a.startedUtc);
            QCOMPARE(b.durationMs, a.durationMs);
            QCOMPARE(b.attempts, a.attempts);
            QCOMPARE(b.measured, a.measured);
            QCOMPARE(b.low, a.low);
            QCOMPARE(b.high, a.high);
            QCOMPARE(b.unit, a.unit);
            QCOMPARE(b.message, a.message);
        }
        QVERIFY(!gotSteps->at(0).low.has_value());

        auto gotT = (*reopened)->transcript(run.runId);
        QVERIFY(gotT.ok());
        const QList<TranscriptEntry> all = t1 + t2;
        QCOMPARE(gotT->size(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(gotT->at(i).utcMicros, all[i].utcMicros);
            QCOMPARE(gotT->at(i).direction, all[i].direction);
            QCOMPARE(gotT->at(i).bytes, all[i].bytes);
        }
        QCOMPARE(gotT->at(1).bytes.size(), 10);
        QCOMPARE(raw.scalar("SELECT group_concat(seq) FROM transcript"), QStringLiteral("0,1,2,3"));
        QCOMPARE(raw.scalar("SELECT group_concat(direction) FROM transcript"),
                 QStringLiteral("tx,rx,note,rx"));
    }

    void beginRunTwiceIsAnError()
    {
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("dup.db")));
        QVERIFY(store.ok());
        const RunRecord run = makeRun(QStringLiteral("SN"), QDateTime::currentDateTimeUtc());
        QVERIFY((*store)->beginRun(run).ok());
        auto again = (*store)->beginRun(run);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("store_run_exists"));
        QVERIFY(again.error().message.contains(run.runId));
    }

    void writesForUnknownRunsFail()
    {
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("unknown.db")));
        QVERIFY(store.ok());
        auto step = (*store)->appendSteps({makeStep(QStringLiteral("nope"), 0)});
        QVERIFY(!step.ok());
        QCOMPARE(step.error().code, QStringLiteral("store_unknown_run"));
        RunRecord fin = makeRun(QStringLiteral("SN"), QDateTime::currentDateTimeUtc());
        fin.verdict = QStringLiteral("pass");
        auto finish = (*store)->finishRun(fin);
        QVERIFY(!finish.ok());
        QCOMPARE(finish.error().code, QStringLiteral("store_unknown_run"));
        QCOMPARE(*(*store)->outboxCount(), 0);
    }

    void stepBatchIsAtomic()
    {
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("batch.db")));
        QVERIFY(store.ok());
        const RunRecord run = makeRun(QStringLiteral("SN"), QDateTime::currentDateTimeUtc());
        QVERIFY((*store)->beginRun(run).ok());
        // The third step reuses sequence 0: the whole batch must roll back.
        auto r = (*store)->appendSteps(
            {makeStep(run.runId, 0), makeStep(run.runId, 1), makeStep(run.runId, 0)});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("store_duplicate_step"));
        QCOMPARE((*store)->steps(run.runId)->size(), 0);
        QVERIFY(!(*store)->inTransaction());
    }

    void finishRunWritesOutboxAtomically()
    {
        const QString path = m_dir.filePath(QStringLiteral("outbox.db"));
        auto store = RunStore::open(path);
        QVERIFY(store.ok());
        RunRecord a = makeRun(QStringLiteral("A"), QDateTime::currentDateTimeUtc());
        RunRecord b = makeRun(QStringLiteral("B"), QDateTime::currentDateTimeUtc());
        QVERIFY((*store)->beginRun(a).ok());
        QVERIFY((*store)->beginRun(b).ok());
        a.verdict = QStringLiteral("pass");
        QVERIFY((*store)->finishRun(a).ok());
        QCOMPARE(*(*store)->outboxCount(), 1);

        // Make b's outbox insert fail: the run update must roll back with it.
        {
            RawDb raw(path);
            const QByteArray sql = "INSERT INTO outbox (run_id, created_utc, state) VALUES ('" +
                                   b.runId.toLatin1() + "', 'x', 'sent')";
            QVERIFY(raw.exec(sql.constData()));
        }
        b.verdict = QStringLiteral("fail");
        b.failureReason = QStringLiteral("should not stick");
        auto r = (*store)->finishRun(b);
        QVERIFY(!r.ok());
        auto stored = (*store)->run(b.runId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->state, QStringLiteral("running"));
        QVERIFY(stored->verdict.isEmpty());
        QVERIFY(stored->failureReason.isEmpty());
        QCOMPARE(*(*store)->outboxCount(), 1);

        // Finishing twice is refused and leaves the outbox alone.
        auto twice = (*store)->finishRun(a);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("store_run_closed"));
        QCOMPARE(*(*store)->outboxCount(), 1);
    }

    void closeInterruptedRunsOnlyTouchesRunningRows()
    {
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("interrupted.db")));
        QVERIFY(store.ok());
        RunRecord running = makeRun(QStringLiteral("R"), QDateTime::currentDateTimeUtc());
        RunRecord done = makeRun(QStringLiteral("D"), QDateTime::currentDateTimeUtc());
        QVERIFY((*store)->beginRun(running).ok());
        QVERIFY((*store)->beginRun(done).ok());
        QVERIFY(
            (*store)->appendSteps({makeStep(running.runId, 0), makeStep(running.runId, 1)}).ok());
        done.verdict = QStringLiteral("pass");
        QVERIFY((*store)->finishRun(done).ok());
        const RunRecord doneBefore = *(*store)->run(done.runId);

        auto closed = (*store)->closeInterruptedRuns();
        QVERIFY(closed.ok());
        QCOMPARE(*closed, 1);
        const RunRecord r = *(*store)->run(running.runId);
        QCOMPARE(r.state, QStringLiteral("interrupted"));
        QCOMPARE(r.verdict, QStringLiteral("interrupted"));
        QVERIFY(r.endedUtc.isValid());
        QCOMPARE(r.failureReason,
                 QStringLiteral("station stopped while the run was in progress (crash or power "
                                "loss); steps recorded up to that point are kept"));
        QCOMPARE((*store)->steps(running.runId)->size(), 2);

        const RunRecord d = *(*store)->run(done.runId);
        QCOMPARE(d.state, QStringLiteral("finished"));
        QCOMPARE(d.verdict, QStringLiteral("pass"));
        QCOMPARE(d.endedUtc, doneBefore.endedUtc);
        QVERIFY(d.failureReason.isEmpty());
        QCOMPARE(*(*store)->outboxCount(), 2); // interrupted runs are synced too

        QCOMPARE(*(*store)->closeInterruptedRuns(), 0);
    }

    void listRunsHonoursFilter()
    {
        auto opened = RunStore::open(m_dir.filePath(QStringLiteral("list.db")));
        QVERIFY(opened.ok());
        RunStore& store = **opened;
        const QDateTime t0(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        struct Spec
        {
            const char* serial;
            const char* product;
            const char* plan;
            const char* verdict; // nullptr = still running
        };
        const Spec specs[] = {{"S1", "p1", "plan-a", "pass"},  {"S2", "p1", "plan-a", "fail"},
                              {"S1", "p2", "plan-b", "error"}, {"S3", "p2", "plan-b", "skipped"},
                              {"S4", "p1", "plan-a", nullptr}, {"S5", "p1", "plan-a", "aborted"}};
        QStringList ids;
        int i = 0;
        for (const Spec& s : specs) {
            RunRecord r = makeRun(QString::fromLatin1(s.serial), t0.addSecs(60 * i++));
            r.product = QString::fromLatin1(s.product);
            r.planId = QString::fromLatin1(s.plan);
            QVERIFY(store.beginRun(r).ok());
            if (s.verdict) {
                r.verdict = QString::fromLatin1(s.verdict);
                QVERIFY(store.finishRun(r).ok());
            }
            ids << r.runId;
        }
        auto serials = [&](const RunFilter& f) {
            QStringList out;
            for (const RunRecord& r : *store.listRuns(f))
                out << r.serial;
            return out;
        };
        QCOMPARE(serials(RunFilter{}), (QStringList{"S5", "S4", "S3", "S1", "S2", "S1"}));
        QCOMPARE(serials(filter(QStringLiteral("S1"), {}, {}, {}, 0)), (QStringList{"S1", "S1"}));
        QCOMPARE(serials(filter({}, QStringLiteral("fail"), {}, {}, 0)), (QStringList{"S2"}));
        QCOMPARE(serials(filter({}, QStringLiteral("failed"), {}, {}, 0)),
                 (QStringList{"S5", "S1", "S2"}));
        QCOMPARE(serials(filter({}, {}, QStringLiteral("p2"), {}, 0)), (QStringList{"S3", "S1"}));
        QCOMPARE(serials(filter({}, {}, {}, QStringLiteral("plan-a"), 2)),
                 (QStringList{"S5", "S4"}));
        QCOMPARE(serials(filter({}, QStringLiteral("failed"), QStringLiteral("p1"), {}, 0)),
                 (QStringList{"S5", "S2"}));
        QCOMPARE(serials(filter({}, {}, {}, {}, 1)), (QStringList{"S5"}));
        QCOMPARE(serials(filter(QStringLiteral("S1' OR '1'='1"), {}, {}, {}, 0)), QStringList{});
        QCOMPARE(store.listRuns(RunFilter{})->first().runId, ids.last());
    }

    void nestedTransactionsRollBackOnTheirOwn()
    {
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("nested.db")));
        QVERIFY(store.ok());
        const RunRecord a = makeRun(QStringLiteral("A"), QDateTime::currentDateTimeUtc());
        const RunRecord b = makeRun(QStringLiteral("B"), QDateTime::currentDateTimeUtc());
        auto r = (*store)->transaction([&]() -> eol::Result<void> {
            if (auto x = (*store)->beginRun(a); !x)
                return x;
            if ((*store)->appendSteps({makeStep(QStringLiteral("ghost"), 0)}).ok())
                return eol::makeError("test", "ghost step must fail");
            return (*store)->beginRun(b);
        });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY((*store)->run(a.runId).ok());
        QVERIFY((*store)->run(b.runId).ok());

        auto failed = (*store)->transaction([&]() -> eol::Result<void> {
            const RunRecord c = makeRun(QStringLiteral("C"), QDateTime::currentDateTimeUtc());
            if (auto x = (*store)->beginRun(c); !x)
                return x;
            return eol::makeError("test", "abort");
        });
        QVERIFY(!failed.ok());
        QCOMPARE((*store)->listRuns(RunFilter{})->size(), 2);
        QVERIFY(!(*store)->inTransaction());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstStoreRunStore)
#include "tst_store_run_store.moc"
