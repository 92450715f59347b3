#include "ReviewDatabase.h"

#include "ReviewFilterSql.h"
#include "ReviewLog.h"
#include "store/RecordColumns.h"
#include "store/SqliteColumn.h"
#include "store/StatementReset.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <limits>
#include <sqlite3.h>
#include <vector>

namespace eol::core::review {

namespace {

constexpr int kBusyTimeoutMs = 5000;
/// Transcript bytes up to this long before / after a step's recorded window still belong to
/// it: step start times are stored with millisecond precision, the transcript in microseconds.
constexpr qint64 kHighlightSlackUs = 1000;

using store::StatementReset;
constexpr auto columnText = &store::SqliteColumn::text;
constexpr auto columnOptional = &store::SqliteColumn::optionalDouble;

void bindText(sqlite3_stmt* s, int i, const QString& v)
{
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QDateTime parseUtc(const QString& s)
{
    if (s.isEmpty())
        return {};
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

/// The columns of ReviewRunRow, in readRow() order.
constexpr const char* kRowColumns =
    "run_id, started_utc, ended_utc, serial, imei, iccid, product, plan_id, plan_revision, "
    "station_id, operator, batch, work_order, state, verdict, failing_step, failure_reason, "
    "first_run";

ReviewRunRow readRow(sqlite3_stmt* s)
{
    ReviewRunRow r;
    r.runId = columnText(s, 0);
    r.startedKey = columnText(s, 1);
    r.startedUtc = parseUtc(r.startedKey);
    r.endedUtc = parseUtc(columnText(s, 2));
    r.serial = columnText(s, 3);
    r.imei = columnText(s, 4);
    r.iccid = columnText(s, 5);
    r.product = columnText(s, 6);
    r.planId = columnText(s, 7);
    r.planRevision = sqlite3_column_int(s, 8);
    r.stationId = columnText(s, 9);
    r.operatorName = columnText(s, 10);
    r.batch = columnText(s, 11);
    r.workOrder = columnText(s, 12);
    r.state = columnText(s, 13);
    r.verdict = columnText(s, 14);
    r.failingStep = columnText(s, 15);
    r.failureReason = columnText(s, 16);
    r.firstRun = sqlite3_column_int(s, 17) != 0;
    return r;
}

/// ORDER BY for a sort. Every order ends in unique columns (run_id), so pages never overlap,
/// and matches one index of schema 004 column for column (the index's trailing verdict
/// included), so SQLite reads the index in order and never sorts.
QByteArray orderBy(const ReviewSort& sort)
{
    const QByteArray d = sort.descending ? " DESC" : " ASC";
    QList<QByteArray> cols;
    switch (sort.column) {
    case ReviewColumn::Started:
        cols = {"started_utc"};
        break;
    case ReviewColumn::Serial:
        cols = {"serial", "started_utc"};
        break;
    case ReviewColumn::Imei:
        cols = {"imei"};
        break;
    case ReviewColumn::Iccid:
        cols = {"iccid"};
        break;
    case ReviewColumn::Product:
        cols = {"product", "started_utc", "verdict"};
        break;
    case ReviewColumn::Plan:
        cols = {"plan_id", "plan_revision", "started_utc", "verdict"};
        break;
    case ReviewColumn::Verdict:
        cols = {"verdict", "started_utc"};
        break;
    case ReviewColumn::FailingStep:
        cols = {"failing_step", "started_utc", "verdict"};
        break;
    case ReviewColumn::Operator:
        cols = {"operator", "started_utc", "verdict"};
        break;
    case ReviewColumn::Batch:
        cols = {"batch", "started_utc", "verdict"};
        break;
    case ReviewColumn::WorkOrder:
        cols = {"work_order", "started_utc", "verdict"};
        break;
    case ReviewColumn::Station:
        cols = {"station_id", "started_utc", "verdict"};
        break;
    }
    cols << "run_id";
    QByteArray out;
    for (const QByteArray& c : cols) {
        if (!out.isEmpty())
            out += ", ";
        out += c + d;
    }
    return out;
}

bool isClosedVerdict(const QString& v)
{
    return !v.isEmpty();
}

/// Linear-interpolated quantile of sorted values, q in [0, 1].
double quantile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double pos = q * double(sorted.size() - 1);
    const auto lo = size_t(std::floor(pos));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

} // namespace

ReviewDatabase::ReviewDatabase(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

ReviewDatabase::~ReviewDatabase()
{
    for (auto& [sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<ReviewDatabase>> ReviewDatabase::open(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return makeError(QStringLiteral("review_no_database"),
                         QStringLiteral("there is no record database at %1 — check the path (the "
                                        "station's is in its settings, station/database)")
                             .arg(path));
    }
    sqlite3* db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return makeError(QStringLiteral("review_open_failed"),
                         QStringLiteral("cannot open the record database %1 for reading: %2 — "
                                        "check that the file is readable by this user")
                             .arg(path, msg));
    }
    sqlite3_extended_result_codes(db, 1);
    // The station's writer may hold the file briefly (commit, checkpoint): wait, do not fail.
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    std::unique_ptr<ReviewDatabase> out(new ReviewDatabase(db, path));
    // Reads jump around a big file (run ids are random UUIDs): a large page cache keeps the
    // index pages QA keeps returning to in memory. (Memory-mapping the file was measured too:
    // faster warm seeks, but slower first queries on a fresh connection; see
    // docs/qa-review.md.)
    for (const char* pragma : {"PRAGMA cache_size = -131072"}) {
        if (sqlite3_exec(db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
            qCWarning(lcReview) << "cannot set" << pragma << "on" << path << "—"
                                << sqlite3_errmsg(db);
    }

    auto version = out->prepare("PRAGMA user_version");
    if (!version) {
        return makeError(QStringLiteral("review_not_a_database"),
                         QStringLiteral("%1 is not an EOL Station record database (%2) — pick the "
                                        "station's records.db")
                             .arg(path, version.error().message));
    }
    {
        StatementReset reset(*version);
        if (sqlite3_step(*version) != SQLITE_ROW)
            return out->sqlError(QStringLiteral("cannot read the schema version"));
        out->m_schemaVersion = sqlite3_column_int(*version, 0);
    }
    if (out->m_schemaVersion < kMinimumSchema) {
        return makeError(QStringLiteral("review_schema_too_old"),
                         QStringLiteral("the record database %1 has schema version %2, the review "
                                        "needs %3 or later — open it once with this version of "
                                        "EOL Station (it upgrades the file), then try again")
                             .arg(path)
                             .arg(out->m_schemaVersion)
                             .arg(kMinimumSchema));
    }
    qCDebug(lcReview) << "opened" << path << "read-only, schema" << out->m_schemaVersion;
    return out;
}

void ReviewDatabase::interrupt() const
{
    sqlite3_interrupt(m_db);
}

Error ReviewDatabase::sqlError(const QString& what) const
{
    const int ext = sqlite3_extended_errcode(m_db);
    QString hint = QStringLiteral("see the station log");
    if ((ext & 0xff) == SQLITE_INTERRUPT)
        return makeError(QStringLiteral("review_interrupted"),
                         QStringLiteral("%1: cancelled").arg(what));
    if ((ext & 0xff) == SQLITE_BUSY)
        hint = QStringLiteral("the station is writing a lot right now — try again");
    else if ((ext & 0xff) == SQLITE_CORRUPT || (ext & 0xff) == SQLITE_NOTADB)
        hint = QStringLiteral("the file is damaged or not a station database");
    return makeError(QStringLiteral("review_query_failed"),
                     QStringLiteral("%1 in %2: %3 — %4")
                         .arg(what, m_path, QString::fromUtf8(sqlite3_errmsg(m_db)), hint));
}

Result<sqlite3_stmt*> ReviewDatabase::prepare(const QByteArray& sql) const
{
    const std::string key(sql.constData(), size_t(sql.size()));
    if (auto it = m_statements.find(key); it != m_statements.end())
        return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
        return sqlError(QStringLiteral("cannot prepare a review query"));
    }
    m_statements.emplace(key, stmt);
    return stmt;
}

void ReviewDatabase::trimStatementCache() const
{
    // Filters combine into many SQL texts; keep the cache bounded. Called only at the start of
    // a public query, when no cached statement is in use.
    if (m_statements.size() <= 64)
        return;
    for (auto& [k, s] : m_statements)
        sqlite3_finalize(s);
    m_statements.clear();
}

Result<qint64> ReviewDatabase::countRuns(const ReviewFilter& filter) const
{
    trimStatementCache();
    auto where = ReviewFilterSql::build(filter);
    if (!where)
        return where.error();
    // No filter at all: the row count kept by triggers (migration 007), not a scan of an index.
    const bool everything = where->where == QLatin1String("1");
    auto st = prepare(everything ? QByteArray("SELECT n FROM run_count WHERE id = 1")
                                 : "SELECT COUNT(*) FROM runs WHERE " + where->where.toUtf8());
    if (!st)
        return st.error();
    StatementReset reset(*st);
    where->bind(*st);
    if (sqlite3_step(*st) != SQLITE_ROW)
        return sqlError(QStringLiteral("cannot count the runs of the filter"));
    return sqlite3_column_int64(*st, 0);
}

Result<RunPage> ReviewDatabase::runPage(const ReviewFilter& filter, const ReviewSort& sort,
                                        const RunCursor& after, int limit) const
{
    trimStatementCache();
    auto where = ReviewFilterSql::build(filter);
    if (!where)
        return where.error();
    limit = std::clamp(limit, 1, 10000);
    const QByteArray order = orderBy(sort);
    // Sorted by start time, the next page starts right after the last row (keyset): the index
    // seeks there directly, at the same cost on every page. Other orders skip `offset` rows; the
    // skipping runs on the sort index alone (the inner SELECT of run ids), and only the rows of
    // the page are then read from the table — run ids are random UUIDs, so a table read per
    // skipped row would cost a random seek each.
    const bool keyset = sort.column == ReviewColumn::Started && !after.runId.isEmpty();
    const bool offset = !keyset && after.offset > 0;
    QByteArray sql;
    if (offset) {
        sql = QByteArray("SELECT ") + kRowColumns +
              " FROM runs WHERE run_id IN (SELECT run_id FROM runs WHERE (" +
              where->where.toUtf8() + ") ORDER BY " + order + " LIMIT ? OFFSET ?) ORDER BY " +
              order;
    } else {
        sql = QByteArray("SELECT ") + kRowColumns + " FROM runs WHERE (" + where->where.toUtf8() +
              ")";
        if (keyset)
            sql += sort.descending ? " AND (started_utc, run_id) < (?, ?)"
                                   : " AND (started_utc, run_id) > (?, ?)";
        sql += " ORDER BY " + order + " LIMIT ?";
    }

    auto st = prepare(sql);
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    StatementReset reset(s);
    int i = where->bind(s);
    if (keyset) {
        bindText(s, i++, after.startedKey);
        bindText(s, i++, after.runId);
    }
    sqlite3_bind_int(s, i++, limit + 1);
    if (offset)
        sqlite3_bind_int(s, i++, after.offset);
    Q_ASSERT(i - 1 == sqlite3_bind_parameter_count(s));

    RunPage page;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (page.rows.size() == limit)
            break;
        page.rows.append(readRow(s));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqlError(QStringLiteral("cannot read a page of runs"));
    page.atEnd = rc == SQLITE_DONE;
    return page;
}

Result<RunDetail> ReviewDatabase::runDetail(const QString& runId) const
{
    RunDetail d;
    {
        static const QByteArray sql =
            "SELECT " + store::RecordColumns::runs() + ", first_run FROM runs WHERE run_id = ?";
        auto st = prepare(sql);
        if (!st)
            return st.error();
        sqlite3_stmt* s = *st;
        StatementReset reset(s);
        bindText(s, 1, runId);
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            return makeError(QStringLiteral("review_run_not_found"),
                             QStringLiteral("run %1 is not in %2 — it may belong to another "
                                            "station's database")
                                 .arg(runId, m_path));
        if (rc != SQLITE_ROW)
            return sqlError(QStringLiteral("cannot read run %1").arg(runId));
        d.run = store::RecordColumns::readRun(s);
        d.firstRun = sqlite3_column_int(s, store::RecordColumns::kRunColumnCount) != 0;
    }
    // Every row of the run in `sql` (one bound run id), handed to `read`.
    auto eachRow = [&](const QByteArray& sql, const QString& what,
                       const auto& read) -> Result<void> {
        auto st = prepare(sql);
        if (!st)
            return st.error();
        StatementReset reset(*st);
        bindText(*st, 1, runId);
        int rc;
        while ((rc = sqlite3_step(*st)) == SQLITE_ROW)
            read(*st);
        if (rc != SQLITE_DONE)
            return sqlError(QStringLiteral("cannot read the %1 of run %2").arg(what, runId));
        return {};
    };
    static const QByteArray stepsSql =
        "SELECT " + store::RecordColumns::steps() + " FROM steps WHERE run_id = ? ORDER BY seq";
    if (auto r = eachRow(stepsSql, QStringLiteral("steps"),
                         [&](sqlite3_stmt* s) { d.steps.append(store::RecordColumns::readStep(s)); });
        !r)
        return r.error();
    static const QByteArray transcriptSql = "SELECT " + store::RecordColumns::transcript() +
                                            " FROM transcript WHERE run_id = ? ORDER BY seq";
    if (auto r = eachRow(transcriptSql, QStringLiteral("transcript"), [&](sqlite3_stmt* s) {
            d.transcript.append(store::RecordColumns::readTranscriptEntry(s));
        });
        !r)
        return r.error();

    {
        auto st = prepare("SELECT state, attempts, last_error, reason, reason_field, synced_utc, "
                          "next_attempt_utc FROM outbox WHERE run_id = ?");
        if (!st)
            return st.error();
        sqlite3_stmt* s = *st;
        StatementReset reset(s);
        bindText(s, 1, runId);
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            d.sync.state = columnText(s, 0);
            d.sync.attempts = sqlite3_column_int(s, 1);
            d.sync.lastError = columnText(s, 2);
            d.sync.reason = columnText(s, 3);
            d.sync.reasonField = columnText(s, 4);
            d.sync.syncedUtc = parseUtc(columnText(s, 5));
            d.sync.nextAttemptUtc = parseUtc(columnText(s, 6));
        } else if (rc != SQLITE_DONE) {
            return sqlError(QStringLiteral("cannot read the sync state of run %1").arg(runId));
        }
    }

    // The step that decided the verdict: the recorded failing step, else the first bad step.
    auto isBad = [](const QString& v) {
        return v == QLatin1String("fail") || v == QLatin1String("error") ||
               v == QLatin1String("aborted");
    };
    for (int i = 0; i < d.steps.size(); ++i) {
        if (d.steps[i].stepId == d.run.failingStep && isBad(d.steps[i].verdict)) {
            d.failingStepIndex = i;
            break;
        }
    }
    if (d.failingStepIndex < 0 && !d.run.verdict.isEmpty() &&
        d.run.verdict != QLatin1String("pass")) {
        for (int i = 0; i < d.steps.size(); ++i) {
            if (isBad(d.steps[i].verdict)) {
                d.failingStepIndex = i;
                break;
            }
        }
    }
    if (d.failingStepIndex >= 0 && d.steps[d.failingStepIndex].startedUtc.isValid()) {
        const store::StepRecord& step = d.steps[d.failingStepIndex];
        const qint64 from = step.startedUtc.toMSecsSinceEpoch() * 1000 - kHighlightSlackUs;
        const qint64 to = step.startedUtc.toMSecsSinceEpoch() * 1000 +
                          qint64(std::ceil(step.durationMs * 1000)) + kHighlightSlackUs;
        for (int i = 0; i < d.transcript.size(); ++i) {
            const qint64 t = d.transcript[i].utcMicros;
            if (t < from || t > to)
                continue;
            if (d.highlightFirst < 0)
                d.highlightFirst = i;
            d.highlightLast = i;
        }
        // A check step judges a value an earlier command read (the IMEI's Luhn digit): it has
        // no bytes of its own, so the exchange to show is the last command before it.
        if (d.highlightFirst < 0) {
            int lastBefore = -1;
            for (int i = 0; i < d.transcript.size() && d.transcript[i].utcMicros < from; ++i)
                lastBefore = i;
            int firstTx = lastBefore;
            while (firstTx > 0 &&
                   d.transcript[firstTx].direction != drivers::TranscriptEntry::Direction::ToDevice)
                --firstTx;
            if (lastBefore >= 0) {
                d.highlightFirst = std::max(firstTx, 0);
                d.highlightLast = lastBefore;
            }
        }
    }
    return d;
}

Result<UnitHistory> ReviewDatabase::unitHistory(const QString& serial) const
{
    UnitHistory h;
    h.serial = serial;
    auto st = prepare(QByteArray("SELECT ") + kRowColumns +
                      " FROM runs WHERE serial = ? ORDER BY started_utc, run_id");
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    StatementReset reset(s);
    bindText(s, 1, serial);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        h.runs.append(readRow(s));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("cannot read the runs of serial %1").arg(serial));
    if (!h.runs.isEmpty())
        h.firstVerdict = h.runs.first().verdict;
    for (auto it = h.runs.crbegin(); it != h.runs.crend(); ++it) {
        if (isClosedVerdict(it->verdict)) {
            h.finalVerdict = it->verdict;
            break;
        }
    }
    return h;
}

Result<QString> ReviewDatabase::stepName(const QString& stepId) const
{
    auto st = prepare("SELECT name FROM steps WHERE step_id = ? AND name IS NOT NULL LIMIT 1");
    if (!st)
        return st.error();
    StatementReset reset(*st);
    bindText(*st, 1, stepId);
    const int rc = sqlite3_step(*st);
    if (rc == SQLITE_ROW)
        return columnText(*st, 0);
    if (rc == SQLITE_DONE)
        return QString();
    return sqlError(QStringLiteral("cannot read the name of step %1").arg(stepId));
}

Result<QList<ParetoEntry>> ReviewDatabase::pareto(const ReviewFilter& filter) const
{
    trimStatementCache();
    auto where = ReviewFilterSql::build(filter);
    if (!where)
        return where.error();
    // Only failed runs carry a failing step (a few per cent): their partial index (migration
    // 006) holds every filter column but the search, so the count never reads the table.
    auto st = prepare("SELECT failing_step, verdict, COUNT(*) FROM runs "
                      "INDEXED BY runs_failures "
                      "WHERE failing_step IS NOT NULL AND verdict <> 'pass' AND (" +
                      where->where.toUtf8() + ") GROUP BY failing_step, verdict");
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    QMap<QString, ParetoEntry> byStep;
    {
        StatementReset reset(s);
        where->bind(s);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            const QString step = columnText(s, 0);
            const QString verdict = columnText(s, 1);
            const int n = sqlite3_column_int(s, 2);
            ParetoEntry& e = byStep[step];
            e.stepId = step;
            if (verdict == QLatin1String("fail"))
                e.fail += n;
            else if (verdict == QLatin1String("error"))
                e.error += n;
            else
                e.other += n;
        }
        if (rc != SQLITE_DONE)
            return sqlError(QStringLiteral("cannot count the failing steps of the filter"));
    }
    QList<ParetoEntry> out = byStep.values();
    std::stable_sort(out.begin(), out.end(), [](const ParetoEntry& a, const ParetoEntry& b) {
        return a.total() > b.total();
    });
    for (ParetoEntry& e : out) {
        auto name = stepName(e.stepId);
        if (!name)
            return name.error();
        e.stepName = *name;
    }
    return out;
}

Result<QList<YieldPoint>> ReviewDatabase::firstPassYield(const ReviewFilter& filter,
                                                         const QTimeZone& zone) const
{
    trimStatementCache();
    auto where = ReviewFilterSql::build(filter);
    if (!where)
        return where.error();
    // Group by UTC hour in SQL (a cheap prefix of the stored text) and fold the hours into the
    // local days of `zone` here, so days follow the factory's midnight, DST included. Zones
    // that are not whole hours from UTC (India, Nepal) group by ten minutes instead.
    const bool wholeHours =
        zone.isValid() ? zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) % 3600 == 0 : true;
    const int prefix = wholeHours ? 13 : 15;
    // `first_run = 1` as a literal lets SQLite use the partial index runs_first_run. When the
    // filter names only columns of that index (dates, product, verdicts), the query is answered
    // from it alone — SQLite would otherwise prefer the product index and read every run.
    const bool indexOnly = filter.planId.isEmpty() && filter.planRevision < 0 &&
                           filter.failingStep.isEmpty() && filter.batch.isEmpty() &&
                           filter.operatorName.isEmpty() && filter.stationId.isEmpty() &&
                           filter.search.trimmed().isEmpty();
    auto st =
        prepare("SELECT substr(started_utc, 1, " + QByteArray::number(prefix) +
                ") AS bucket, product, COUNT(*), SUM(verdict = 'pass') FROM runs " +
                (indexOnly ? "INDEXED BY runs_first_run " : "") + "WHERE first_run = 1 AND (" +
                where->where.toUtf8() + ") GROUP BY bucket, product");
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    StatementReset reset(s);
    where->bind(s);
    struct Bucket
    {
        qint64 startMs;
        QString product;
        int units;
        int firstPass;
    };
    std::vector<Bucket> buckets;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        // "YYYY-MM-DDTHH" or "YYYY-MM-DDTHH:M": parsed by hand, there can be tens of thousands.
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        if (!t || sqlite3_column_bytes(s, 0) < prefix)
            continue;
        auto num = [t](int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; ++i)
                v = v * 10 + (t[i] - '0');
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const qint64 minutes = qint64(num(11, 2)) * 60 + (prefix == 15 ? num(14, 1) * 10 : 0);
        buckets.push_back({(date.toJulianDay() - 2440588) * 86400000 + minutes * 60000,
                           columnText(s, 1), sqlite3_column_int(s, 2), sqlite3_column_int(s, 3)});
    }
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("cannot compute the first-pass yield of the filter"));

    // The zone's offsets over the buckets' span: one offset and the DST transitions, instead
    // of a time-zone conversion per bucket (those cost milliseconds each).
    qint64 minMs = std::numeric_limits<qint64>::max();
    qint64 maxMs = std::numeric_limits<qint64>::min();
    for (const Bucket& b : buckets) {
        minMs = std::min(minMs, b.startMs);
        maxMs = std::max(maxMs, b.startMs);
    }
    int baseOffsetS = 0;
    QList<QPair<qint64, int>> transitions; // (from ms since epoch, offset in seconds)
    if (zone.isValid() && !buckets.empty()) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(minMs, Qt::UTC);
        baseOffsetS = zone.offsetFromUtc(from);
        if (zone.hasTransitions()) {
            for (const QTimeZone::OffsetData& t :
                 zone.transitions(from, QDateTime::fromMSecsSinceEpoch(maxMs, Qt::UTC)))
                transitions.append({t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc});
        }
    }
    QMap<std::pair<QDate, QString>, YieldPoint> points;
    for (const Bucket& b : buckets) {
        int offsetS = baseOffsetS;
        for (const auto& [at, off] : transitions) {
            if (at > b.startMs)
                break;
            offsetS = off;
        }
        const qint64 local = b.startMs + qint64(offsetS) * 1000;
        const qint64 dayIndex = local >= 0 ? local / 86400000 : (local - 86399999) / 86400000;
        const QDate day = QDate::fromJulianDay(2440588 + dayIndex);
        YieldPoint& p = points[{day, b.product}];
        p.day = day;
        p.product = b.product;
        p.units += b.units;
        p.firstPass += b.firstPass;
    }
    return points.values();
}

Result<MeasurementHistogram> ReviewDatabase::histogram(const ReviewFilter& filter,
                                                       const QString& stepId, int binCount) const
{
    trimStatementCache();
    auto where = ReviewFilterSql::build(filter, QStringLiteral("r"));
    if (!where)
        return where.error();
    MeasurementHistogram h;
    h.stepId = stepId;
    binCount = std::clamp(binCount, 1, 1000);

    // Limits, name and unit of the newest run of the filter with this step (limits can change
    // between plan revisions; the newest are the ones in force). CROSS JOIN keeps runs as the
    // outer loop: newest first, stopping at the first run that has the step.
    {
        auto st = prepare("SELECT s.low, s.high, s.unit, s.name FROM runs AS r CROSS JOIN steps "
                          "AS s ON s.run_id = r.run_id AND s.step_id = ? WHERE (" +
                          where->where.toUtf8() +
                          ") AND (s.low IS NOT NULL OR s.high IS NOT NULL) "
                          "ORDER BY r.started_utc DESC, r.run_id DESC LIMIT 1");
        if (!st)
            return st.error();
        StatementReset reset(*st);
        bindText(*st, 1, stepId);
        where->bind(*st, 2);
        const int rc = sqlite3_step(*st);
        if (rc == SQLITE_ROW) {
            h.low = columnOptional(*st, 0);
            h.high = columnOptional(*st, 1);
            h.unit = columnText(*st, 2);
            h.stepName = columnText(*st, 3);
        } else if (rc != SQLITE_DONE) {
            return sqlError(QStringLiteral("cannot read the limits of step %1").arg(stepId));
        }
    }
    if (h.stepName.isEmpty()) {
        auto name = stepName(stepId);
        if (!name)
            return name.error();
        h.stepName = *name;
    }

    // All runs: one range of the (step_id, run_id, measured) index. A filter: its runs, each
    // joined to its step through the same index.
    QByteArray sql;
    if (where->matchesEverything())
        sql = "SELECT s.measured FROM steps AS s WHERE s.step_id = ? AND s.measured IS NOT NULL";
    else
        sql = "SELECT s.measured FROM runs AS r CROSS JOIN steps AS s INDEXED BY steps_step_run "
              "ON s.step_id = ? AND s.run_id = r.run_id WHERE (" +
              where->where.toUtf8() + ") AND s.measured IS NOT NULL";
    auto st = prepare(sql);
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    std::vector<double> values;
    {
        StatementReset reset(s);
        bindText(s, 1, stepId);
        if (!where->matchesEverything())
            where->bind(s, 2);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
            const int len = sqlite3_column_bytes(s, 0);
            bool ok = false;
            const double v = QByteArray::fromRawData(text, len).trimmed().toDouble(&ok);
            if (ok && std::isfinite(v))
                values.push_back(v);
            else
                ++h.nonNumeric;
        }
        if (rc != SQLITE_DONE)
            return sqlError(QStringLiteral("cannot read the measurements of step %1").arg(stepId));
    }

    h.count = int(values.size());
    h.bins = QList<int>(binCount, 0);
    if (values.empty())
        return h;
    std::sort(values.begin(), values.end());
    h.min = values.front();
    h.max = values.back();
    double sum = 0;
    for (double v : values)
        sum += v;
    h.mean = sum / double(values.size());
    double sq = 0;
    for (double v : values) {
        sq += (v - h.mean) * (v - h.mean);
        if (h.low && v < *h.low)
            ++h.belowLow;
        if (h.high && v > *h.high)
            ++h.aboveHigh;
    }
    h.stddev = values.size() > 1 ? std::sqrt(sq / double(values.size() - 1)) : 0;

    double lo = quantile(values, 0.005);
    double hi = quantile(values, 0.995);
    if (h.low)
        lo = std::min(lo, *h.low);
    if (h.high)
        hi = std::max(hi, *h.high);
    if (hi <= lo) {
        // All values equal (and no wider limits): one unit-wide window around them.
        lo -= 0.5;
        hi += 0.5;
    }
    const double pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
    h.binStart = lo;
    h.binWidth = (hi - lo) / binCount;
    for (double v : values) {
        if (v < lo) {
            ++h.underflow;
            continue;
        }
        auto bin = qsizetype((v - lo) / h.binWidth);
        if (bin >= binCount) {
            if (v > hi) {
                ++h.overflow;
                continue;
            }
            bin = binCount - 1;
        }
        ++h.bins[bin];
    }
    return h;
}

Result<QStringList> ReviewDatabase::distinctValues(const char* column) const
{
    // A skip scan: each next distinct value is one index seek (MIN(col) WHERE col > previous),
    // so a column with 12 values costs 12 seeks on a million runs instead of a full scan.
    const QByteArray c(column);
    auto st = prepare("WITH RECURSIVE v(x) AS (SELECT MIN(" + c +
                      ") FROM runs UNION ALL "
                      "SELECT (SELECT MIN(" +
                      c + ") FROM runs WHERE " + c +
                      " > v.x) FROM v WHERE v.x IS NOT NULL LIMIT 5000) "
                      "SELECT x FROM v WHERE x IS NOT NULL");
    if (!st)
        return st.error();
    StatementReset reset(*st);
    QStringList out;
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW)
        out << columnText(*st, 0);
    if (rc != SQLITE_DONE)
        return sqlError(
            QStringLiteral("cannot list the stored values of %1").arg(QString::fromLatin1(column)));
    return out;
}

Result<FilterChoices> ReviewDatabase::filterChoices() const
{
    FilterChoices c;
    auto products = distinctValues("product");
    if (!products)
        return products.error();
    c.products = *products;
    auto operators = distinctValues("operator");
    if (!operators)
        return operators.error();
    c.operators = *operators;
    auto stations = distinctValues("station_id");
    if (!stations)
        return stations.error();
    c.stations = *stations;
    auto batches = distinctValues("batch");
    if (!batches)
        return batches.error();
    auto orders = distinctValues("work_order");
    if (!orders)
        return orders.error();
    c.batches = *batches + *orders;
    c.batches.removeDuplicates();
    c.batches.sort();

    auto planIds = distinctValues("plan_id");
    if (!planIds)
        return planIds.error();
    for (const QString& planId : *planIds) {
        auto st = prepare("WITH RECURSIVE v(x) AS (SELECT MIN(plan_revision) FROM runs WHERE "
                          "plan_id = ?1 UNION ALL SELECT (SELECT MIN(plan_revision) FROM runs "
                          "WHERE plan_id = ?1 AND plan_revision > v.x) FROM v "
                          "WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL");
        if (!st)
            return st.error();
        StatementReset reset(*st);
        bindText(*st, 1, planId);
        int rc;
        while ((rc = sqlite3_step(*st)) == SQLITE_ROW)
            c.plans.append({planId, sqlite3_column_int(*st, 0)});
        if (rc != SQLITE_DONE)
            return sqlError(QStringLiteral("cannot list the revisions of plan %1").arg(planId));
    }

    auto failing = distinctValues("failing_step");
    if (!failing)
        return failing.error();
    for (const QString& step : *failing) {
        auto name = stepName(step);
        if (!name)
            return name.error();
        c.failingSteps.append({step, *name});
    }

    // Steps with something to plot: a limit or a numeric value in their first stored row.
    auto st = prepare(
        "WITH RECURSIVE v(x) AS (SELECT MIN(step_id) FROM steps UNION ALL "
        "SELECT (SELECT MIN(step_id) FROM steps WHERE step_id > v.x) FROM v "
        "WHERE v.x IS NOT NULL LIMIT 5000) "
        "SELECT v.x, (SELECT IFNULL(name, '') || char(31) || (low IS NOT NULL OR high IS NOT "
        "NULL) || char(31) || IFNULL(measured, '') FROM steps WHERE step_id = v.x "
        "LIMIT 1) FROM v WHERE v.x IS NOT NULL");
    if (!st)
        return st.error();
    StatementReset reset(*st);
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
        const QStringList parts = columnText(*st, 1).split(QChar(31));
        if (parts.size() != 3)
            continue;
        bool numeric = false;
        parts[2].trimmed().toDouble(&numeric);
        if (parts[1] == QLatin1String("1") || numeric)
            c.measuredSteps.append({columnText(*st, 0), parts[0]});
    }
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("cannot list the measured steps"));
    return c;
}

} // namespace eol::core::review
