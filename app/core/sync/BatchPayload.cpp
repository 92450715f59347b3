#include "BatchPayload.h"

#include "JsonText.h"
#include "store/RunStore.h"

namespace eol::core::sync {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// The fields, order and types of store::RecordJson::run / ::step, written as text.
void writeRun(JsonText& json, const store::RunRecord& r, const QList<store::StepRecord>& steps)
{
    json.beginObject();
    json.member("run_id", r.runId);
    json.member("serial", r.serial);
    json.member("imei", r.imei);
    json.member("product", r.product);
    json.member("plan_id", r.planId);
    json.member("plan_revision", r.planRevision);
    json.member("plan_sha256", r.planSha256);
    json.member("station_id", r.stationId);
    json.member("operator", r.operatorName);
    json.member("batch", r.batch);
    json.member("work_order", r.workOrder);
    json.member("port", r.port);
    json.member("started_utc", iso(r.startedUtc));
    json.member("ended_utc", iso(r.endedUtc));
    json.member("state", r.state);
    json.member("verdict", r.verdict);
    json.member("failing_step", r.failingStep);
    json.member("failure_reason", r.failureReason);
    json.key("attributes");
    json.value(r.attributes);
    json.key("steps");
    json.beginArray();
    for (const store::StepRecord& s : steps) {
        json.element();
        json.beginObject();
        json.member("sequence", s.sequence);
        json.member("phase", s.phase);
        json.member("id", s.stepId);
        json.member("name", s.name);
        json.member("kind", s.kind);
        json.member("verdict", s.verdict);
        json.member("started_utc", iso(s.startedUtc));
        json.member("duration_ms", s.durationMs);
        json.member("attempts", s.attempts);
        json.member("measured", s.measured);
        json.member("message", s.message);
        json.member("low", s.low);
        json.member("high", s.high);
        if (!s.unit.isEmpty())
            json.member("unit", s.unit);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

} // namespace

Result<QByteArray> BatchPayload::build(const store::RunStore& store, const QStringList& runIds)
{
    QByteArray out;
    out.reserve(runIds.size() * 4096);
    JsonText json(out);
    json.beginObject();
    json.key("runs");
    json.beginArray();
    for (const QString& id : runIds) {
        auto run = store.run(id);
        if (!run)
            return run.error();
        auto steps = store.steps(id);
        if (!steps)
            return steps.error();
        json.element();
        writeRun(json, run.value(), steps.value());
    }
    json.endArray();
    json.endObject();
    return out;
}

} // namespace eol::core::sync
