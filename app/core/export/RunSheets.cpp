#include "RunSheets.h"

#include "store/RunAttributes.h"

namespace eol::core::exporting {

using store::RunAttributes;

QList<XlsxColumn> RunSheets::runColumns()
{
    return {{QStringLiteral("Run ID"), 38},        {QStringLiteral("Serial"), 16},
            {QStringLiteral("IMEI"), 17},          {QStringLiteral("ICCID"), 22},
            {QStringLiteral("IMSI"), 17},          {QStringLiteral("Firmware"), 20},
            {QStringLiteral("Product"), 14},       {QStringLiteral("Plan"), 18},
            {QStringLiteral("Plan revision"), 13}, {QStringLiteral("Plan SHA-256"), 20},
            {QStringLiteral("Station"), 14},       {QStringLiteral("Operator"), 14},
            {QStringLiteral("Batch"), 12},         {QStringLiteral("Work order"), 14},
            {QStringLiteral("Started (UTC)"), 23}, {QStringLiteral("Ended (UTC)"), 23},
            {QStringLiteral("Duration (s)"), 12},  {QStringLiteral("Verdict"), 11},
            {QStringLiteral("State"), 11},         {QStringLiteral("Failing step"), 18},
            {QStringLiteral("Reason"), 50},        {QStringLiteral("Public key SHA-256"), 20},
            {QStringLiteral("Notes"), 50}};
}

void RunSheets::runRow(const store::RunRecord& run, const QString& notes, QList<XlsxCell>& row)
{
    const QJsonObject& a = run.attributes;
    XlsxCell duration;
    if (run.startedUtc.isValid() && run.endedUtc.isValid())
        duration = XlsxCell::number(double(run.startedUtc.msecsTo(run.endedUtc)) / 1000.0);
    row = {XlsxCell::text(run.runId),
           XlsxCell::text(run.serial),
           XlsxCell::text(run.imei),
           XlsxCell::text(RunAttributes::text(a, QStringLiteral("iccid"))),
           XlsxCell::text(RunAttributes::text(a, QStringLiteral("imsi"))),
           XlsxCell::text(RunAttributes::text(a, QStringLiteral("firmware"))),
           XlsxCell::text(run.product),
           XlsxCell::text(run.planId),
           XlsxCell::number(run.planRevision),
           XlsxCell::text(run.planSha256),
           XlsxCell::text(run.stationId),
           XlsxCell::text(run.operatorName),
           XlsxCell::text(run.batch),
           XlsxCell::text(run.workOrder),
           XlsxCell::dateTime(run.startedUtc),
           XlsxCell::dateTime(run.endedUtc),
           duration,
           XlsxCell::text(run.verdict),
           XlsxCell::text(run.state),
           XlsxCell::text(run.failingStep),
           XlsxCell::text(run.failureReason),
           XlsxCell::text(RunAttributes::publicKeySha256(a)),
           XlsxCell::text(notes)};
}

QList<XlsxColumn> RunSheets::stepColumns()
{
    return {{QStringLiteral("Run ID"), 38},
            {QStringLiteral("Serial"), 16},
            {QStringLiteral("Seq"), 6},
            {QStringLiteral("Phase"), 9},
            {QStringLiteral("Step ID"), 20},
            {QStringLiteral("Name"), 36},
            {QStringLiteral("Kind"), 9},
            {QStringLiteral("Verdict"), 10},
            {QStringLiteral("Started (UTC)"), 23},
            {QStringLiteral("Measured"), 20},
            {QStringLiteral("Low"), 10},
            {QStringLiteral("High"), 10},
            {QStringLiteral("Unit"), 8},
            {QStringLiteral("Duration (ms)"), 13},
            {QStringLiteral("Attempts"), 9},
            {QStringLiteral("Message"), 60}};
}

void RunSheets::stepRow(const store::StepRecord& step, const QString& serial, QList<XlsxCell>& row)
{
    row = {XlsxCell::text(step.runId),
           XlsxCell::text(serial),
           XlsxCell::number(step.sequence),
           XlsxCell::text(step.phase),
           XlsxCell::text(step.stepId),
           XlsxCell::text(step.name),
           XlsxCell::text(step.kind),
           XlsxCell::text(step.verdict),
           XlsxCell::dateTime(step.startedUtc),
           XlsxCell::numberOrText(step.measured),
           step.low ? XlsxCell::number(*step.low) : XlsxCell(),
           step.high ? XlsxCell::number(*step.high) : XlsxCell(),
           XlsxCell::text(step.unit),
           XlsxCell::number(step.durationMs),
           XlsxCell::number(step.attempts),
           XlsxCell::text(step.message)};
}

QList<XlsxColumn> RunSheets::noteColumns()
{
    return {{QStringLiteral("Note ID"), 38},       {QStringLiteral("Run ID"), 38},
            {QStringLiteral("Serial"), 16},        {QStringLiteral("Author"), 16},
            {QStringLiteral("Created (UTC)"), 23}, {QStringLiteral("Text"), 70},
            {QStringLiteral("Deleted (UTC)"), 23}, {QStringLiteral("Deleted by"), 16}};
}

void RunSheets::noteRow(const store::NoteRecord& note, QList<XlsxCell>& row)
{
    row = {XlsxCell::text(note.noteId),         XlsxCell::text(note.runId),
           XlsxCell::text(note.serial),         XlsxCell::text(note.author),
           XlsxCell::dateTime(note.createdUtc), XlsxCell::text(note.text),
           XlsxCell::dateTime(note.deletedUtc), XlsxCell::text(note.deletedBy)};
}

} // namespace eol::core::exporting
