#include "CsvExporter.h"

#include "RunAttributes.h"

#include <QJsonDocument>
#include <charconv>
#include <cmath>

namespace eol::core::store {

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QStringList CsvExporter::columns()
{
    return {QStringLiteral("run_id"),
            QStringLiteral("started_utc"),
            QStringLiteral("ended_utc"),
            QStringLiteral("serial"),
            QStringLiteral("imei"),
            QStringLiteral("product"),
            QStringLiteral("plan_id"),
            QStringLiteral("plan_revision"),
            QStringLiteral("plan_sha256"),
            QStringLiteral("station_id"),
            QStringLiteral("operator"),
            QStringLiteral("batch"),
            QStringLiteral("work_order"),
            QStringLiteral("verdict"),
            QStringLiteral("state"),
            QStringLiteral("failing_step"),
            QStringLiteral("failure_reason"),
            QStringLiteral("iccid"),
            QStringLiteral("imsi"),
            QStringLiteral("firmware"),
            QStringLiteral("public_key_sha256"),
            QStringLiteral("attributes_json")};
}

QStringList CsvExporter::runRow(const RunRecord& run)
{
    const QJsonObject& a = run.attributes;
    const QString json = a.isEmpty()
                             ? QString()
                             : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    return {run.runId,
            isoUtc(run.startedUtc),
            isoUtc(run.endedUtc),
            run.serial,
            run.imei,
            run.product,
            run.planId,
            QString::number(run.planRevision),
            run.planSha256,
            run.stationId,
            run.operatorName,
            run.batch,
            run.workOrder,
            run.verdict,
            run.state,
            run.failingStep,
            run.failureReason,
            RunAttributes::text(a, QStringLiteral("iccid")),
            RunAttributes::text(a, QStringLiteral("imsi")),
            RunAttributes::text(a, QStringLiteral("firmware")),
            RunAttributes::publicKeySha256(a),
            json};
}

QStringList CsvExporter::stepColumns()
{
    return {
        QStringLiteral("run_id"),      QStringLiteral("serial"),   QStringLiteral("seq"),
        QStringLiteral("phase"),       QStringLiteral("step_id"),  QStringLiteral("name"),
        QStringLiteral("kind"),        QStringLiteral("verdict"),  QStringLiteral("started_utc"),
        QStringLiteral("duration_ms"), QStringLiteral("attempts"), QStringLiteral("measured"),
        QStringLiteral("low"),         QStringLiteral("high"),     QStringLiteral("unit"),
        QStringLiteral("message")};
}

QStringList CsvExporter::stepRow(const StepRecord& step, const QString& serial)
{
    return {step.runId,
            serial,
            QString::number(step.sequence),
            step.phase,
            step.stepId,
            step.name,
            step.kind,
            step.verdict,
            isoUtc(step.startedUtc),
            number(step.durationMs),
            QString::number(step.attempts),
            step.measured,
            step.low ? number(*step.low) : QString(),
            step.high ? number(*step.high) : QString(),
            step.unit,
            step.message};
}

QStringList CsvExporter::noteColumns()
{
    return {QStringLiteral("note_id"),     QStringLiteral("run_id"),      QStringLiteral("serial"),
            QStringLiteral("author"),      QStringLiteral("created_utc"), QStringLiteral("text"),
            QStringLiteral("deleted_utc"), QStringLiteral("deleted_by")};
}

QStringList CsvExporter::noteRow(const NoteRecord& note)
{
    return {note.noteId,
            note.runId,
            note.serial,
            note.author,
            isoUtc(note.createdUtc),
            note.text,
            isoUtc(note.deletedUtc),
            note.deletedBy};
}

QString CsvExporter::number(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? QStringLiteral("NaN")
                                 : (value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, ec == std::errc() ? end - buf : 0);
}

bool CsvExporter::isPlainNumber(const QString& value)
{
    const qsizetype n = value.size();
    qsizetype i = 0;
    if (i < n && (value.at(i) == u'+' || value.at(i) == u'-'))
        ++i;
    int mantissaDigits = 0;
    bool dot = false;
    for (; i < n; ++i) {
        const QChar c = value.at(i);
        if (c >= u'0' && c <= u'9')
            ++mantissaDigits;
        else if (c == u'.' && !dot)
            dot = true;
        else
            break;
    }
    if (mantissaDigits == 0)
        return false;
    if (i < n && (value.at(i) == u'e' || value.at(i) == u'E')) {
        ++i;
        if (i < n && (value.at(i) == u'+' || value.at(i) == u'-'))
            ++i;
        int exponentDigits = 0;
        for (; i < n && value.at(i) >= u'0' && value.at(i) <= u'9'; ++i)
            ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

QString CsvExporter::escapeField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.at(0);
        // "-2+3" or "-1+cmd|..." would be evaluated by a spreadsheet, "-2.5" is only a number.
        const bool formula =
            (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r') &&
            !isPlainNumber(v) && v != QLatin1String("-");
        if (formula)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\r') || v.contains(u'\n')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QString(u'"' + v + u'"');
    }
    return v;
}

QByteArray CsvExporter::line(const QStringList& cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u',';
        out += escapeField(cells.at(i));
    }
    out += QLatin1String("\r\n");
    return out.toUtf8();
}

eol::Result<void> CsvExporter::exportRuns(const RunStore& store, const RunFilter& filter,
                                          QIODevice& out)
{
    if (!out.isOpen() || !out.isWritable()) {
        return makeError(QStringLiteral("csv_not_writable"),
                         QStringLiteral("cannot export runs to CSV: the output is not open for "
                                        "writing — open the file in write mode first"));
    }
    auto runs = store.listRuns(filter);
    if (!runs)
        return runs.error();

    auto writeRow = [&out](const QStringList& cells) -> Result<void> {
        const QByteArray bytes = line(cells);
        if (out.write(bytes) != bytes.size()) {
            return makeError(QStringLiteral("csv_write_failed"),
                             QStringLiteral("cannot write the CSV export: %1 — check free disk "
                                            "space and that the file is writable")
                                 .arg(out.errorString()));
        }
        return {};
    };

    if (auto r = writeRow(columns()); !r)
        return r;
    for (const RunRecord& run : *runs) {
        if (auto r = writeRow(runRow(run)); !r)
            return r;
    }
    return {};
}

} // namespace eol::core::store
