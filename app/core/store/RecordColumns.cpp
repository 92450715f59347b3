#include "RecordColumns.h"

#include "SqliteColumn.h"
#include "StoreLog.h"

#include <QList>
#include <sqlite3.h>

namespace eol::core::store {

namespace {

QByteArray qualified(std::initializer_list<const char*> columns, const char* alias)
{
    QByteArray out;
    for (const char* c : columns) {
        if (!out.isEmpty())
            out += ", ";
        if (alias) {
            out += alias;
            out += '.';
        }
        out += c;
    }
    return out;
}

} // namespace

QByteArray RecordColumns::runs(const char* alias)
{
    return qualified({"run_id", "serial", "imei", "product", "plan_id", "plan_revision",
                      "plan_sha256", "station_id", "operator", "batch", "work_order", "port",
                      "started_utc", "ended_utc", "state", "verdict", "failing_step",
                      "failure_reason", "attributes_json"},
                     alias);
}

RunRecord RecordColumns::readRun(sqlite3_stmt* s, int first)
{
    RunRecord r;
    r.runId = SqliteColumn::text(s, first + 0);
    r.serial = SqliteColumn::text(s, first + 1);
    r.imei = SqliteColumn::text(s, first + 2);
    r.product = SqliteColumn::text(s, first + 3);
    r.planId = SqliteColumn::text(s, first + 4);
    r.planRevision = sqlite3_column_int(s, first + 5);
    r.planSha256 = SqliteColumn::text(s, first + 6);
    r.stationId = SqliteColumn::text(s, first + 7);
    r.operatorName = SqliteColumn::text(s, first + 8);
    r.batch = SqliteColumn::text(s, first + 9);
    r.workOrder = SqliteColumn::text(s, first + 10);
    r.port = SqliteColumn::text(s, first + 11);
    r.startedUtc = SqliteColumn::utc(s, first + 12);
    r.endedUtc = SqliteColumn::utc(s, first + 13);
    r.state = SqliteColumn::text(s, first + 14);
    r.verdict = SqliteColumn::text(s, first + 15);
    r.failingStep = SqliteColumn::text(s, first + 16);
    r.failureReason = SqliteColumn::text(s, first + 17);
    bool unreadable = false;
    r.attributes = SqliteColumn::jsonObject(s, first + 18, &unreadable);
    if (unreadable)
        qCWarning(lcStore) << "run" << r.runId << "has unreadable attributes_json";
    return r;
}

QByteArray RecordColumns::steps(const char* alias)
{
    return qualified({"run_id", "seq", "phase", "step_id", "name", "kind", "verdict",
                      "started_utc", "duration_ms", "attempts", "measured", "low", "high", "unit",
                      "message"},
                     alias);
}

StepRecord RecordColumns::readStep(sqlite3_stmt* s, int first)
{
    StepRecord r;
    r.runId = SqliteColumn::text(s, first + 0);
    r.sequence = sqlite3_column_int(s, first + 1);
    r.phase = SqliteColumn::text(s, first + 2);
    r.stepId = SqliteColumn::text(s, first + 3);
    r.name = SqliteColumn::text(s, first + 4);
    r.kind = SqliteColumn::text(s, first + 5);
    r.verdict = SqliteColumn::text(s, first + 6);
    r.startedUtc = SqliteColumn::utc(s, first + 7);
    r.durationMs = sqlite3_column_double(s, first + 8);
    r.attempts = sqlite3_column_int(s, first + 9);
    r.measured = SqliteColumn::text(s, first + 10);
    r.low = SqliteColumn::optionalDouble(s, first + 11);
    r.high = SqliteColumn::optionalDouble(s, first + 12);
    r.unit = SqliteColumn::text(s, first + 13);
    r.message = SqliteColumn::text(s, first + 14);
    return r;
}

QByteArray RecordColumns::transcript(const char* alias)
{
    return qualified({"utc_us", "direction", "bytes"}, alias);
}

drivers::TranscriptEntry RecordColumns::readTranscriptEntry(sqlite3_stmt* s, int first)
{
    drivers::TranscriptEntry e;
    e.utcMicros = sqlite3_column_int64(s, first);
    const QString dir = SqliteColumn::text(s, first + 1);
    e.direction = dir == QLatin1String("tx")   ? drivers::TranscriptEntry::Direction::ToDevice
                  : dir == QLatin1String("rx") ? drivers::TranscriptEntry::Direction::FromDevice
                                               : drivers::TranscriptEntry::Direction::Note;
    const void* blob = sqlite3_column_blob(s, first + 2);
    e.bytes = blob ? QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(s, first + 2))
                   : QByteArray();
    return e;
}

} // namespace eol::core::store
