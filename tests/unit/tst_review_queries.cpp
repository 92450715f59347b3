// The review query layer (app/core/review) against a real SQLite file with known answers
// (tests/support/ReviewSampleDatabase.h): filter SQL and its validation, counts, keyset and
// offset pages, run detail with the failing exchange, unit history, Pareto, first-pass yield,
// histogram, filter choices, and migration 004 (triggers and backfill).
#include "ReviewSampleDatabase.h"
#include "review/ReviewDatabase.h"
#include "review/ReviewFilterSql.h"
#include "store/RunStore.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using eol::core::review::ReviewColumn;
using eol::core::review::ReviewDatabase;
using eol::core::review::ReviewFilter;
using eol::core::review::ReviewFilterSql;
using eol::core::review::ReviewSort;
using eol::core::review::RunCursor;

namespace {

QDateTime utc(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
}

ReviewFilter verdicts(const QStringList& v)
{
    ReviewFilter f;
    f.verdicts = v;
    return f;
}

} // namespace

class TestReviewQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    eol::testing::ReviewSampleDatabase m_sample;
    std::unique_ptr<ReviewDatabase> m_db;

    qint64 count(const ReviewFilter& f)
    {
        auto n = m_db->countRuns(f);
        if (!n)
            qWarning() << n.error().message;
        return n ? *n : -1;
    }
    /// Every run of the filter through pages of `pageSize`, in `sort` order: run keys r1..r8.
    QStringList allPages(const ReviewFilter& f, const ReviewSort& sort, int pageSize)
    {
        QStringList keys;
        RunCursor cursor;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = m_db->runPage(f, sort, cursor, pageSize);
            if (!page) {
                qWarning() << page.error().message;
                return {};
            }
            for (const auto& row : page->rows)
                keys << m_sample.ids.key(row.runId);
            if (page->atEnd)
                return keys;
            cursor.offset += int(page->rows.size());
            cursor.startedKey = page->rows.last().startedKey;
            cursor.runId = page->rows.last().runId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("records.db"));
        QString error;
        QVERIFY2(m_sample.create(m_path, &error), qPrintable(error));
        auto db = ReviewDatabase::open(m_path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(db).value();
        QVERIFY(m_db->schemaVersion() >= ReviewDatabase::kMinimumSchema);
    }

    void filterSqlBindsEveryValue()
    {
        ReviewFilter f;
        f.fromUtc = utc(10);
        f.toUtc = utc(11);
        f.product = QStringLiteral("Tracker'); DROP TABLE runs; --");
        f.planRevision = 2;
        f.verdicts = {QStringLiteral("fail"), QStringLiteral("FAIL"), QStringLiteral("error")};
        f.batch = QStringLiteral("B1");
        f.search = QStringLiteral("sn0");
        auto sql = ReviewFilterSql::build(f);
        QVERIFY(sql);
        QVERIFY(!sql->where.contains(QStringLiteral("DROP")));
        QCOMPARE(sql->where.count(QLatin1Char('?')), sql->params.size());
        // Duplicate verdicts collapse; the search adds the upper-case variant for serials.
        QVERIFY(sql->where.contains(QStringLiteral("verdict IN (?, ?)")));
        QVERIFY(sql->params.contains(QStringLiteral("SN0")));
        auto qualified = ReviewFilterSql::build(f, QStringLiteral("r"));
        QVERIFY(qualified);
        QVERIFY(qualified->where.contains(QStringLiteral("r.started_utc >= ?")));
        QVERIFY(!qualified->where.contains(QStringLiteral(" product")));
        QCOMPARE(ReviewFilterSql::build(ReviewFilter{})->where, QStringLiteral("1"));
        QVERIFY(ReviewFilterSql::build(ReviewFilter{})->matchesEverything());
        // The injection attempt is just a product nobody makes.
        ReviewFilter evil;
        evil.product = f.product;
        QCOMPARE(count(evil), 0);
        QCOMPARE(count(ReviewFilter{}), 8);
    }

    void filterValidationSaysWhatIsWrong()
    {
        auto bad = ReviewFilterSql::build(verdicts({QStringLiteral("passed")}));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("review_bad_filter"));
        QVERIFY(bad.error().message.contains(QStringLiteral("unknown verdict \"passed\"")));
        QVERIFY(bad.error().message.contains(QStringLiteral("interrupted")));

        ReviewFilter backwards;
        backwards.fromUtc = utc(12);
        backwards.toUtc = utc(10);
        auto empty = ReviewFilterSql::build(backwards);
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("date range is empty")));

        ReviewFilter revision;
        revision.planRevision = -5;
        QVERIFY(!ReviewFilterSql::build(revision));
        // The database refuses the same filters with the same message.
        QVERIFY(!m_db->countRuns(verdicts({QStringLiteral("passed")})));
    }

    void countsPerFilterKind_data()
    {
        QTest::addColumn<ReviewFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        ReviewFilter f;
        QTest::newRow("all") << f << QStringList{"r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"};
        f = {};
        f.fromUtc = utc(11);
        f.toUtc = utc(12);
        QTest::newRow("one day") << f << QStringList{"r4", "r5"};
        f = {};
        f.product = QStringLiteral("Gateway");
        QTest::newRow("product") << f << QStringList{"r5", "r6"};
        f = {};
        f.planId = QStringLiteral("trk");
        f.planRevision = 2;
        QTest::newRow("plan revision") << f << QStringList{"r4", "r7", "r8"};
        QTest::newRow("verdict fail")
            << verdicts({QStringLiteral("fail")}) << QStringList{"r2", "r5", "r8"};
        QTest::newRow("station problems")
            << verdicts({QStringLiteral("error"), QStringLiteral("aborted"),
                         QStringLiteral("interrupted")})
            << QStringList{"r4", "r6", "r7"};
        f = {};
        f.failingStep = QStringLiteral("battery_range");
        QTest::newRow("failing step") << f << QStringList{"r2", "r8"};
        f = {};
        f.batch = QStringLiteral("B1");
        QTest::newRow("batch") << f << QStringList{"r1", "r2", "r3"};
        f.batch = QStringLiteral("W2");
        QTest::newRow("work order") << f << QStringList{"r4", "r7", "r8"};
        f = {};
        f.operatorName = QStringLiteral("jonas");
        QTest::newRow("operator") << f << QStringList{"r3", "r4", "r7"};
        f = {};
        f.stationId = QStringLiteral("line-2");
        QTest::newRow("station") << f << QStringList{"r5", "r6"};
        f = {};
        f.search = QStringLiteral("SN002");
        QTest::newRow("serial") << f << QStringList{"r2", "r3"};
        f.search = QStringLiteral("sn00");
        QTest::newRow("serial lower case")
            << f << QStringList{"r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"};
        f.search = QStringLiteral("350000000000004");
        QTest::newRow("imei") << f << QStringList{"r5"};
        f.search = QStringLiteral("894900000000000000021");
        QTest::newRow("iccid") << f << QStringList{"r2", "r3"};
        f.search = QStringLiteral("89490000000000000007");
        QTest::newRow("iccid prefix") << f << QStringList{"r8"};
        f.search = QStringLiteral("89490000000000000006");
        QTest::newRow("iccid of a run that never finished") << f << QStringList{};
        f = {};
        f.product = QStringLiteral("Tracker");
        f.verdicts = {QStringLiteral("fail")};
        f.operatorName = QStringLiteral("maria");
        QTest::newRow("combined") << f << QStringList{"r2", "r8"};
    }

    void countsPerFilterKind()
    {
        QFETCH(ReviewFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(count(filter), expected.size());
        QStringList got = allPages(filter, ReviewSort{}, 2);
        got.sort();
        QCOMPARE(got, expected);
    }

    void pagesAreOrderedAndComplete()
    {
        // Newest first through keyset pages of 3.
        QCOMPARE(allPages({}, ReviewSort{}, 3),
                 (QStringList{"r8", "r7", "r6", "r5", "r4", "r3", "r2", "r1"}));
        ReviewSort oldest;
        oldest.descending = false;
        QCOMPARE(allPages({}, oldest, 3),
                 (QStringList{"r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"}));
        // Other orders page by offset; ties broken by start time in the same direction.
        ReviewSort bySerial;
        bySerial.column = ReviewColumn::Serial;
        bySerial.descending = false;
        QCOMPARE(allPages({}, bySerial, 3),
                 (QStringList{"r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"}));
        ReviewSort byStep;
        byStep.column = ReviewColumn::FailingStep;
        byStep.descending = true;
        const QStringList steps = allPages({}, byStep, 2);
        QCOMPARE(steps.size(), 8);
        QCOMPARE(QSet<QString>(steps.begin(), steps.end()).size(), 8);
        QCOMPARE(
            steps.mid(0, 4),
            (QStringList{"r5", "r6", "r4", "r8"})); // signal, imei, boot, battery (newest first)
        // Every sortable column returns every run exactly once.
        for (ReviewColumn c :
             {ReviewColumn::Imei, ReviewColumn::Iccid, ReviewColumn::Product, ReviewColumn::Plan,
              ReviewColumn::Verdict, ReviewColumn::Operator, ReviewColumn::Batch,
              ReviewColumn::WorkOrder, ReviewColumn::Station}) {
            ReviewSort s;
            s.column = c;
            const QStringList keys = allPages({}, s, 3);
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 8);
        }
        auto page = m_db->runPage({}, ReviewSort{}, RunCursor{}, 2);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 2);
        QVERIFY(!page->atEnd);
        const auto& r8 = page->rows.first();
        QCOMPARE(r8.serial, QStringLiteral("SN007"));
        QCOMPARE(r8.verdict, QStringLiteral("fail"));
        QCOMPARE(r8.iccid, QStringLiteral("894900000000000000071"));
        QCOMPARE(r8.startedUtc, utc(12, 9));
        QCOMPARE(r8.planRevision, 2);
    }

    void firstRunMarksRetests()
    {
        ReviewFilter f;
        f.search = QStringLiteral("SN002");
        auto page = m_db->runPage(f, ReviewSort{}, RunCursor{}, 10);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 2);
        QCOMPARE(page->rows[0].firstRun, false); // r3, the retest
        QCOMPARE(page->rows[1].firstRun, true);
    }

    void runDetailFindsTheFailingExchange()
    {
        // r2: the battery check failed; a check has no bytes, so the exchange shown is the
        // AT%XVBAT command before it and its answer.
        auto d = m_db->runDetail(m_sample.ids.value("r2"));
        QVERIFY(d);
        QCOMPARE(d->run.serial, QStringLiteral("SN002"));
        QCOMPARE(d->run.attributes.value(QStringLiteral("iccid")).toString(),
                 QStringLiteral("894900000000000000021"));
        QCOMPARE(d->steps.size(), 4);
        QCOMPARE(d->failingStepIndex, 3);
        QCOMPARE(d->steps[3].measured, QStringLiteral("4600"));
        QCOMPARE(*d->steps[3].high, 4500.0);
        QVERIFY(d->highlightFirst >= 0);
        QCOMPARE(d->transcript[d->highlightFirst].bytes, QByteArray("AT%XVBAT\r"));
        QCOMPARE(d->highlightLast, d->highlightFirst + 1);
        QVERIFY(d->transcript[d->highlightLast].bytes.contains("%XVBAT: 4600"));
        QVERIFY(d->firstRun);

        // r4: the boot wait timed out; the highlighted chunk is the timeout note in its window.
        auto e = m_db->runDetail(m_sample.ids.value("r4"));
        QVERIFY(e);
        QCOMPARE(e->failingStepIndex, 0);
        QCOMPARE(e->highlightFirst, e->highlightLast);
        QCOMPARE(e->transcript[e->highlightFirst].bytes, QByteArray("timeout: no banner"));

        // A pass has nothing to highlight.
        auto p = m_db->runDetail(m_sample.ids.value("r1"));
        QVERIFY(p);
        QCOMPARE(p->failingStepIndex, -1);
        QCOMPARE(p->highlightFirst, -1);
        QVERIFY(!p->transcript.isEmpty());

        auto missing = m_db->runDetail(QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("review_run_not_found"));
    }

    void unitHistoryFirstPassVersusFinal()
    {
        auto h = m_db->unitHistory(QStringLiteral("SN002"));
        QVERIFY(h);
        QCOMPARE(h->runs.size(), 2);
        QCOMPARE(h->runs[0].runId, m_sample.ids.value("r2"));
        QCOMPARE(h->firstVerdict, QStringLiteral("fail"));
        QCOMPARE(h->finalVerdict, QStringLiteral("pass"));
        QCOMPARE(h->retests(), 1);
        QVERIFY(!h->firstPass());
        auto one = m_db->unitHistory(QStringLiteral("SN001"));
        QVERIFY(one);
        QVERIFY(one->firstPass());
        QCOMPARE(one->retests(), 0);
        auto none = m_db->unitHistory(QStringLiteral("SN999"));
        QVERIFY(none);
        QVERIFY(none->runs.isEmpty());
    }

    void paretoCountsFailingStepsOfTheFilter()
    {
        auto all = m_db->pareto({});
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->first().stepId, QStringLiteral("battery_range"));
        QCOMPARE(all->first().fail, 2);
        QCOMPARE(all->first().total(), 2);
        QCOMPARE(all->first().stepName, QStringLiteral("Battery voltage within limits"));
        int fail = 0, error = 0, other = 0;
        for (const auto& e : *all) {
            fail += e.fail;
            error += e.error;
            other += e.other;
        }
        // r2, r5, r8 fail; r4 error; r6 aborted. The interrupted run has no failing step.
        QCOMPARE(fail, 3);
        QCOMPARE(error, 1);
        QCOMPARE(other, 1);

        ReviewFilter gateway;
        gateway.product = QStringLiteral("Gateway");
        auto g = m_db->pareto(gateway);
        QVERIFY(g);
        QCOMPARE(g->size(), 2);
        QStringList steps{g->at(0).stepId, g->at(1).stepId};
        steps.sort();
        QCOMPARE(steps, (QStringList{"imei", "signal_range"}));

        auto passes = m_db->pareto(verdicts({QStringLiteral("pass")}));
        QVERIFY(passes);
        QVERIFY(passes->isEmpty());
    }

    void firstPassYieldPerDayAndProduct()
    {
        auto y = m_db->firstPassYield({}, QTimeZone::utc());
        QVERIFY(y);
        QMap<QString, QPair<int, int>> got;
        for (const auto& p : *y)
            got.insert(QStringLiteral("%1 %2").arg(p.day.toString(Qt::ISODate), p.product),
                       {p.units, p.firstPass});
        // 03-10: SN001 pass, SN002 fail (its retest is not a new unit).
        QCOMPARE(got.value("2026-03-10 Tracker"), qMakePair(2, 1));
        QCOMPARE(got.value("2026-03-11 Tracker"), qMakePair(1, 0));
        QCOMPARE(got.value("2026-03-11 Gateway"), qMakePair(1, 0));
        QCOMPARE(got.value("2026-03-12 Gateway"), qMakePair(1, 0));
        QCOMPARE(got.value("2026-03-12 Tracker"), qMakePair(2, 0));
        QCOMPARE(got.size(), 5);
        QCOMPARE(y->first().day, QDate(2026, 3, 10));

        // Local days: 10 hours west of UTC, r6 (03-12 07:00 UTC) was tested on 03-11.
        auto west = m_db->firstPassYield({}, QTimeZone(-10 * 3600));
        QVERIFY(west);
        int gateway11 = 0;
        for (const auto& p : *west)
            if (p.day == QDate(2026, 3, 11) && p.product == QLatin1String("Gateway"))
                gateway11 = p.units;
        QCOMPARE(gateway11, 2);

        // A filter narrows the units.
        ReviewFilter day10;
        day10.fromUtc = utc(10);
        day10.toUtc = utc(11);
        auto one = m_db->firstPassYield(day10, QTimeZone::utc());
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().yield(), 0.5);
    }

    void histogramOfAMeasurementWithItsLimits()
    {
        auto h = m_db->histogram({}, QStringLiteral("battery_range"), 20);
        QVERIFY(h);
        // 3900 (r1), 4600 (r2), 3950 (r3), 3200 (r8); r4 and r7 never reached the check.
        QCOMPARE(h->count, 4);
        QCOMPARE(h->mean, 3912.5);
        QCOMPARE(h->min, 3200.0);
        QCOMPARE(h->max, 4600.0);
        // The limits of the newest run (rev 2).
        QCOMPARE(*h->low, 3400.0);
        QCOMPARE(*h->high, 4400.0);
        QCOMPARE(h->unit, QStringLiteral("mV"));
        QCOMPARE(h->belowLow, 1);
        QCOMPARE(h->aboveHigh, 1);
        QCOMPARE(h->bins.size(), 20);
        int inBins = 0;
        for (int b : h->bins)
            inBins += b;
        QCOMPARE(inBins + h->underflow + h->overflow, 4);
        QVERIFY(h->binStart <= 3200.0);
        QVERIFY(h->binStart + 20 * h->binWidth >= 4600.0);
        QVERIFY(h->cpk().has_value());

        ReviewFilter rev1;
        rev1.planId = QStringLiteral("trk");
        rev1.planRevision = 1;
        auto r1 = m_db->histogram(rev1, QStringLiteral("battery_range"), 10);
        QVERIFY(r1);
        QCOMPARE(r1->count, 3);
        QCOMPARE(*r1->low, 3300.0);
        QCOMPARE(*r1->high, 4500.0);

        ReviewFilter gateway;
        gateway.product = QStringLiteral("Gateway");
        auto none = m_db->histogram(gateway, QStringLiteral("battery_range"), 10);
        QVERIFY(none);
        QCOMPARE(none->count, 0);
    }

    void filterChoicesListWhatIsStored()
    {
        auto c = m_db->filterChoices();
        QVERIFY(c);
        QCOMPARE(c->products, (QStringList{"Gateway", "Tracker"}));
        QCOMPARE(c->operators, (QStringList{"jonas", "maria"}));
        QCOMPARE(c->stations, (QStringList{"line-1", "line-2"}));
        QCOMPARE(c->plans.size(), 3);
        QCOMPARE(c->plans[1].planId, QStringLiteral("trk"));
        QCOMPARE(c->plans[2].revision, 2);
        QVERIFY(c->batches.contains(QStringLiteral("B4")));
        QVERIFY(c->batches.contains(QStringLiteral("W2")));
        QStringList failing;
        for (const auto& s : c->failingSteps)
            failing << s.stepId;
        QCOMPARE(failing, (QStringList{"battery_range", "boot", "imei", "signal_range"}));
        QStringList measured;
        for (const auto& s : c->measuredSteps)
            measured << s.stepId;
        QVERIFY(measured.contains(QStringLiteral("battery_range")));
        QVERIFY(measured.contains(QStringLiteral("signal_range")));
        QVERIFY(measured.contains(QStringLiteral("battery"))); // a numeric reading, no limits
        QVERIFY(!measured.contains(QStringLiteral("boot")));
    }

    void openRefusesWhatItCannotRead()
    {
        auto missing = ReviewDatabase::open(m_dir.filePath(QStringLiteral("nothing.db")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("review_no_database"));

        const QString old = m_dir.filePath(QStringLiteral("old.db"));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(old).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE runs (run_id TEXT); PRAGMA user_version = 3",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        auto tooOld = ReviewDatabase::open(old);
        QVERIFY(!tooOld);
        QCOMPARE(tooOld.error().code, QStringLiteral("review_schema_too_old"));
        QVERIFY(tooOld.error().message.contains(QStringLiteral("schema version 3")));
    }

    void migrationBackfillsAndTriggersKeepUp()
    {
        // A schema-3 database with runs written before the review columns existed.
        const QString path = m_dir.filePath(QStringLiteral("v3.db"));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        for (const char* name :
             {":/sql/001_initial.sql", ":/sql/002_outbox_sync.sql", ":/sql/003_notes.sql"}) {
            QFile f(QString::fromLatin1(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            QCOMPARE(sqlite3_exec(raw, f.readAll().constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        const char* rows =
            "PRAGMA user_version = 3;"
            "INSERT INTO runs (run_id, serial, started_utc, state, verdict, attributes_json) VALUES"
            " ('b', 'S1', '2026-01-02T00:00:00.000Z', 'finished', 'fail', '{\"iccid\":\"8901\"}'),"
            " ('a', 'S1', '2026-01-03T00:00:00.000Z', 'finished', 'pass', 'not json'),"
            " ('c', 'S2', '2026-01-02T00:00:00.000Z', 'finished', 'pass', NULL);";
        QCOMPARE(sqlite3_exec(raw, rows, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        auto store = eol::core::store::RunStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY((*store)->schemaVersion() >= 4);
        // The station writes a retest dated before every stored run of S2 (clock fixed later):
        // it becomes S2's first run.
        eol::core::store::RunRecord early;
        early.runId = QStringLiteral("d");
        early.serial = QStringLiteral("S2");
        early.startedUtc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY((*store)->beginRun(early));
        early.verdict = QStringLiteral("pass");
        early.attributes.insert(QStringLiteral("iccid"), QStringLiteral("8902"));
        QVERIFY((*store)->finishRun(early));

        auto db = ReviewDatabase::open(path);
        QVERIFY(db);
        auto page = (*db)->runPage({}, ReviewSort{}, RunCursor{}, 10);
        QVERIFY(page);
        QMap<QString, QPair<QString, bool>> got;
        for (const auto& r : page->rows)
            got.insert(r.runId, {r.iccid, r.firstRun});
        QCOMPARE(got.value("b"), qMakePair(QStringLiteral("8901"), true));
        QCOMPARE(got.value("a"), qMakePair(QString(), false));
        QCOMPARE(got.value("c"), qMakePair(QString(), false));
        QCOMPARE(got.value("d"), qMakePair(QStringLiteral("8902"), true));
        ReviewFilter byIccid;
        byIccid.search = QStringLiteral("8902");
        QCOMPARE(*(*db)->countRuns(byIccid), 1);
        // The unfiltered count comes from migration 007's counter: backfilled with the three
        // old runs, kept up by the insert of "d" and by a delete.
        QCOMPARE(*(*db)->countRuns({}), 4);
        sqlite3* writer = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &writer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(writer, "PRAGMA foreign_keys = ON; DELETE FROM runs WHERE run_id = 'c'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(writer);
        QCOMPARE(*(*db)->countRuns({}), 3);
        ReviewFilter everyVerdict;
        everyVerdict.verdicts = QStringList{"pass", "fail"};
        QCOMPARE(*(*db)->countRuns(everyVerdict), 3);
    }
};

QTEST_GUILESS_MAIN(TestReviewQueries)
#include "tst_review_queries.moc"
