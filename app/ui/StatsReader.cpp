#include "ui/StatsReader.h"

#include "store/RunStore.h"
#include "ui/UiLog.h"

#include <QDate>
#include <QTimeZone>
#include <sqlite3.h>

namespace eol::ui {

namespace {

// Runs closed since local midnight. A unit's first run of the day is the one with the
// smallest start time among that serial's runs today; FPY = units whose first run passed.
constexpr const char* kCountersSql = R"sql(
WITH today AS (
    SELECT serial, verdict, started_utc FROM runs
    WHERE started_utc >= ?1 AND state != 'running'
),
firsts AS (
    SELECT t.serial, t.verdict FROM today t
    WHERE t.serial IS NOT NULL AND t.serial != ''
      AND t.started_utc = (SELECT MIN(started_utc) FROM today u WHERE u.serial = t.serial)
)
SELECT
    (SELECT COUNT(DISTINCT serial) FROM today WHERE serial IS NOT NULL AND serial != ''),
    (SELECT COUNT(*) FROM today WHERE verdict IN ('pass', 'skipped')),
    (SELECT COUNT(*) FROM today WHERE verdict = 'fail'),
    (SELECT COUNT(*) FROM today WHERE verdict IN ('error', 'aborted', 'interrupted')),
    (SELECT COUNT(*) FROM firsts WHERE verdict IN ('pass', 'skipped'))
)sql";

} // namespace

StatsReader::StatsReader(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
}

StatsReader::~StatsReader()
{
    if (m_db)
        sqlite3_close(m_db);
}

bool StatsReader::ensureOpen(QString& error)
{
    if (!m_store) {
        auto store = core::store::RunStore::open(m_databasePath);
        if (!store) {
            error = store.error().message;
            return false;
        }
        m_store = std::move(store).value();
    }
    if (!m_db) {
        const QByteArray path = m_databasePath.toUtf8();
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            error = tr("cannot read %1: %2")
                        .arg(m_databasePath, QString::fromUtf8(sqlite3_errmsg(m_db)));
            sqlite3_close(m_db);
            m_db = nullptr;
            return false;
        }
        sqlite3_busy_timeout(m_db, 2000);
    }
    return true;
}

bool StatsReader::readCounters(TodayStats& stats, QString& error)
{
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0), QTimeZone::systemTimeZone());
    const QByteArray since =
        midnight.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'")).toUtf8();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, kCountersSql, -1, &st, nullptr) != SQLITE_OK) {
        error = tr("cannot read today's counters: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    sqlite3_bind_text(st, 1, since.constData(), int(since.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        stats.unitsTested = sqlite3_column_int(st, 0);
        stats.passed = sqlite3_column_int(st, 1);
        stats.failed = sqlite3_column_int(st, 2);
        stats.stationErrors = sqlite3_column_int(st, 3);
        stats.firstPassUnits = sqlite3_column_int(st, 4);
    } else {
        error = tr("cannot read today's counters: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW;
}

void StatsReader::refresh()
{
    TodayStats stats;
    QString error;
    if (ensureOpen(error) && readCounters(stats, error)) {
        core::store::RunFilter filter;
        filter.limit = kRecentResults;
        auto runs = m_store->listRuns(filter);
        auto outbox = m_store->outboxCount();
        auto summary = m_store->outboxSummary();
        if (runs && outbox && summary) {
            for (const auto& r : runs.value()) {
                if (r.state == QLatin1String("running"))
                    continue;
                stats.recent.append({r.startedUtc, r.serial, r.verdict, r.failingStep});
            }
            stats.unsynced = outbox.value();
            stats.outbox = summary.value();
            stats.ok = true;
        } else {
            error = !runs     ? runs.error().message
                    : !outbox ? outbox.error().message
                              : summary.error().message;
        }
    }
    if (!stats.ok) {
        stats.error = error;
        qCWarning(lcUi) << "today's counters unavailable:" << error;
    }
    Q_EMIT statsReady(stats);
}

} // namespace eol::ui
