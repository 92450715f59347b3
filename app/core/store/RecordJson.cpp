#include "RecordJson.h"

namespace eol::core::store {

namespace {
QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject RecordJson::run(const RunRecord& r)
{
    return QJsonObject{
        {QStringLiteral("run_id"), r.runId},
        {QStringLiteral("serial"), r.serial},
        {QStringLiteral("imei"), r.imei},
        {QStringLiteral("product"), r.product},
        {QStringLiteral("plan_id"), r.planId},
        {QStringLiteral("plan_revision"), r.planRevision},
        {QStringLiteral("plan_sha256"), r.planSha256},
        {QStringLiteral("station_id"), r.stationId},
        {QStringLiteral("operator"), r.operatorName},
        {QStringLiteral("batch"), r.batch},
        {QStringLiteral("work_order"), r.workOrder},
        {QStringLiteral("port"), r.port},
        {QStringLiteral("started_utc"), iso(r.startedUtc)},
        {QStringLiteral("ended_utc"), iso(r.endedUtc)},
        {QStringLiteral("state"), r.state},
        {QStringLiteral("verdict"), r.verdict},
        {QStringLiteral("failing_step"), r.failingStep},
        {QStringLiteral("failure_reason"), r.failureReason},
        {QStringLiteral("attributes"), r.attributes},
    };
}

QJsonObject RecordJson::step(const StepRecord& s)
{
    QJsonObject o{
        {QStringLiteral("sequence"), s.sequence},
        {QStringLiteral("phase"), s.phase},
        {QStringLiteral("id"), s.stepId},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("kind"), s.kind},
        {QStringLiteral("verdict"), s.verdict},
        {QStringLiteral("started_utc"), iso(s.startedUtc)},
        {QStringLiteral("duration_ms"), s.durationMs},
        {QStringLiteral("attempts"), s.attempts},
        {QStringLiteral("measured"), s.measured},
        {QStringLiteral("message"), s.message},
    };
    if (s.low)
        o.insert(QStringLiteral("low"), *s.low);
    if (s.high)
        o.insert(QStringLiteral("high"), *s.high);
    if (!s.unit.isEmpty())
        o.insert(QStringLiteral("unit"), s.unit);
    return o;
}

QJsonObject RecordJson::note(const NoteRecord& n)
{
    auto orNull = [](const QString& v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    return QJsonObject{
        {QStringLiteral("note_id"), n.noteId},
        {QStringLiteral("run_id"), orNull(n.runId)},
        {QStringLiteral("serial"), orNull(n.serial)},
        {QStringLiteral("author"), n.author},
        {QStringLiteral("created_utc"), iso(n.createdUtc)},
        {QStringLiteral("text"), n.text},
        {QStringLiteral("deleted_utc"), orNull(iso(n.deletedUtc))},
        {QStringLiteral("deleted_by"), orNull(n.deletedBy)},
        {QStringLiteral("sync_state"), n.syncState},
    };
}

} // namespace eol::core::store
