#include "cli/RecordsExportCommand.h"

#include "audit/AuditSheet.h"
#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/SubcommandParser.h"
#include "export/RunExporter.h"
#include "review/ReviewFilterSql.h"
#include "store/RunStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace eol::cli {

namespace {

using core::exporting::ExportFormat;
using core::exporting::ExportRequest;
using core::exporting::RunExporter;

int badInput(const QString& message)
{
    Console::error(message);
    return kExitError;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace

Result<QDateTime> RecordsExportCommand::parseDate(const QString& value, const QString& option,
                                                  bool end)
{
    const QString v = value.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(v).hasMatch()) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (d.isValid()) {
            // "--to 2026-11-22" means up to and including that day.
            return QDateTime(end ? d.addDays(1) : d, QTime(0, 0), Qt::UTC);
        }
    } else {
        QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (t.isValid()) {
            if (t.timeSpec() == Qt::LocalTime)
                t = QDateTime(t.date(), t.time(), Qt::UTC);
            return t.toUTC();
        }
    }
    return makeError(QStringLiteral("cli_bad_date"),
                     QStringLiteral("%1 \"%2\" is not a date — use YYYY-MM-DD or an ISO-8601 "
                                    "date-time such as 2026-11-22T14:30:00Z (UTC)")
                         .arg(option, value));
}

int RecordsExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports the runs a filter selects, with their steps and notes:\n"
        "  records export --format csv [-o runs.csv] [--steps steps.csv] [--notes notes.csv]\n"
        "  records export --format xlsx -o records.xlsx     (sheets Runs, Steps, Notes)\n"
        "Filters combine with AND; without filters every run is exported. Times are UTC."));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Print a summary as JSON (needs -o)."));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("csv (default) or xlsx."),
                                       QStringLiteral("fmt"), QStringLiteral("csv"));
    const QCommandLineOption outputOpt(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The workbook, or the runs CSV (default for CSV: standard output)."),
        QStringLiteral("file"));
    const QCommandLineOption stepsOpt(QStringLiteral("steps"),
                                      QStringLiteral("CSV: also write the steps of those runs "
                                                     "to this file."),
                                      QStringLiteral("file"));
    const QCommandLineOption notesOpt(QStringLiteral("notes"),
                                      QStringLiteral("CSV: also write their notes to this file."),
                                      QStringLiteral("file"));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     QStringLiteral("Runs started at or after (YYYY-MM-DD or "
                                                    "ISO-8601, UTC)."),
                                     QStringLiteral("date"));
    const QCommandLineOption toOpt(QStringLiteral("to"),
                                   QStringLiteral("Runs started before (a YYYY-MM-DD includes "
                                                  "that day)."),
                                   QStringLiteral("date"));
    const QCommandLineOption productOpt(QStringLiteral("product"),
                                        QStringLiteral("Only this product."), QStringLiteral("P"));
    const QCommandLineOption planOpt(QStringLiteral("plan"),
                                     QStringLiteral("Only this plan, optionally one revision."),
                                     QStringLiteral("ID[@REV]"));
    const QCommandLineOption verdictOpt(
        QStringLiteral("verdict"),
        QStringLiteral("Only these verdicts: pass, skipped, fail, error, aborted, interrupted "
                       "(comma-separated; \"failed\" = all but pass and skipped)."),
        QStringLiteral("V[,V...]"));
    const QCommandLineOption failedOpt(QStringLiteral("failed"),
                                       QStringLiteral("Only runs that did not pass (fail, error, "
                                                      "aborted, interrupted)."));
    const QCommandLineOption stepOpt(QStringLiteral("step"),
                                     QStringLiteral("Only runs whose verdict this step decided "
                                                    "(the failing step)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"),
                                      QStringLiteral("Only this batch or work order."),
                                      QStringLiteral("B"));
    const QCommandLineOption operatorOpt(
        QStringLiteral("operator"), QStringLiteral("Only this operator."), QStringLiteral("O"));
    const QCommandLineOption stationOpt(
        QStringLiteral("station"), QStringLiteral("Only this station id."), QStringLiteral("S"));
    const QCommandLineOption searchOpt(QStringLiteral("search"),
                                       QStringLiteral("Serial, IMEI or ICCID starting with this."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption serialOpt(
        QStringLiteral("serial"), QStringLiteral("Only this serial (exact)."), QStringLiteral("S"));
    const QCommandLineOption limitOpt(
        QStringLiteral("limit"), QStringLiteral("Only the newest N runs."), QStringLiteral("N"));
    parser.addOptions({dbOpt, jsonOpt, formatOpt, outputOpt, stepsOpt, notesOpt, fromOpt, toOpt,
                       productOpt, planOpt, verdictOpt, failedOpt, stepOpt, batchOpt, operatorOpt,
                       stationOpt, searchOpt, serialOpt, limitOpt});
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("export"));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() > 1)
        return badInput(QStringLiteral("records export: unexpected argument \"%1\" — filters "
                                       "are options, see records export --help")
                            .arg(parser.positionalArguments().at(1)));

    auto format = RunExporter::parseFormat(parser.value(formatOpt));
    if (!format)
        return badInput(QStringLiteral("--format: %1").arg(format.error().message));

    ExportRequest request;
    request.format = *format;
    request.outputPath = parser.isSet(outputOpt) ? parser.value(outputOpt) : QStringLiteral("-");
    request.stepsCsvPath = parser.value(stepsOpt);
    request.notesCsvPath = parser.value(notesOpt);
    const bool json = parser.isSet(jsonOpt);
    if (*format == ExportFormat::Xlsx && !parser.isSet(outputOpt))
        return badInput(QStringLiteral("--format xlsx needs -o FILE.xlsx (a workbook is not "
                                       "written to the terminal)"));
    if (*format == ExportFormat::Xlsx && (parser.isSet(stepsOpt) || parser.isSet(notesOpt)))
        return badInput(QStringLiteral("--steps and --notes are for CSV; the workbook already "
                                       "has Steps and Notes sheets"));
    if (json && !parser.isSet(outputOpt))
        return badInput(QStringLiteral("--json prints a summary on standard output, so the CSV "
                                       "needs a file: add -o FILE"));

    auto& f = request.filter;
    if (parser.isSet(fromOpt)) {
        auto t = parseDate(parser.value(fromOpt), QStringLiteral("--from"), false);
        if (!t)
            return badInput(t.error().message);
        f.fromUtc = *t;
    }
    if (parser.isSet(toOpt)) {
        auto t = parseDate(parser.value(toOpt), QStringLiteral("--to"), true);
        if (!t)
            return badInput(t.error().message);
        f.toUtc = *t;
    }
    if (f.fromUtc.isValid() && f.toUtc.isValid() && f.fromUtc >= f.toUtc)
        return badInput(QStringLiteral("--from %1 is not before --to %2 — the range is empty")
                            .arg(parser.value(fromOpt), parser.value(toOpt)));
    f.product = parser.value(productOpt).trimmed();
    if (parser.isSet(planOpt)) {
        const QString plan = parser.value(planOpt).trimmed();
        const qsizetype at = plan.lastIndexOf(u'@');
        f.planId = at < 0 ? plan : plan.left(at);
        if (f.planId.isEmpty())
            return badInput(QStringLiteral("--plan \"%1\": give a plan id, e.g. nrf91-tracker or "
                                           "nrf91-tracker@3")
                                .arg(plan));
        if (at >= 0) {
            bool ok = false;
            const int rev = plan.mid(at + 1).toInt(&ok);
            if (!ok || rev < 0)
                return badInput(QStringLiteral("--plan \"%1\": the revision after @ must be a "
                                               "whole number ≥ 0")
                                    .arg(plan));
            f.planRevision = rev;
        }
    }
    const QStringList known = core::review::ReviewFilterSql::knownVerdicts();
    if (parser.isSet(failedOpt))
        f.verdicts = {QStringLiteral("fail"), QStringLiteral("error"), QStringLiteral("aborted"),
                      QStringLiteral("interrupted")};
    if (parser.isSet(verdictOpt)) {
        QStringList verdicts;
        for (const QString& raw : parser.value(verdictOpt).split(u',', Qt::SkipEmptyParts)) {
            const QString v = raw.trimmed().toLower();
            if (v == QLatin1String("failed")) {
                verdicts << QStringLiteral("fail") << QStringLiteral("error")
                         << QStringLiteral("aborted") << QStringLiteral("interrupted");
            } else if (known.contains(v)) {
                verdicts << v;
            } else {
                return badInput(QStringLiteral("--verdict: unknown verdict \"%1\" — use one or "
                                               "more of %2 (or failed)")
                                    .arg(raw.trimmed(), known.join(QStringLiteral(", "))));
            }
        }
        if (verdicts.isEmpty())
            return badInput(QStringLiteral("--verdict needs at least one verdict, e.g. "
                                           "--verdict fail,error"));
        if (!f.verdicts.isEmpty()) {
            // --failed and --verdict together: the runs in both.
            QStringList both;
            for (const QString& v : std::as_const(verdicts))
                if (f.verdicts.contains(v))
                    both << v;
            if (both.isEmpty())
                return badInput(QStringLiteral("--failed and --verdict %1 select no verdict in "
                                               "common — drop one of them")
                                    .arg(parser.value(verdictOpt)));
            verdicts = both;
        }
        f.verdicts = verdicts;
    }
    f.failingStep = parser.value(stepOpt).trimmed();
    f.batch = parser.value(batchOpt).trimmed();
    f.operatorName = parser.value(operatorOpt).trimmed();
    f.stationId = parser.value(stationOpt).trimmed();
    f.search = parser.value(searchOpt).trimmed();
    request.serial = parser.value(serialOpt).trimmed();
    if (parser.isSet(limitOpt)) {
        bool ok = false;
        request.limit = parser.value(limitOpt).toInt(&ok);
        if (!ok || request.limit < 0)
            return badInput(QStringLiteral("--limit must be a whole number ≥ 0, not \"%1\"")
                                .arg(parser.value(limitOpt)));
    }

    const QString dbPath = parser.value(dbOpt);
    if (!QFileInfo::exists(dbPath))
        return badInput(
            QStringLiteral("no record database at %1 — run a test first or pass --db FILE")
                .arg(dbPath));
    {
        // Brings an older database up to the current schema before the read-only export.
        auto store = core::store::RunStore::open(dbPath);
        if (!store)
            return badInput(store.error().message);
    }

    // The workbook carries the audit trail of the same period (docs/roles-and-audit.md).
    if (*format == ExportFormat::Xlsx)
        request.extraSheets << core::audit::AuditSheet::make(f.fromUtc, f.toUtc);
    auto summary = RunExporter::exportRuns(dbPath, request);
    if (!summary)
        return badInput(summary.error().message);

    if (json) {
        QJsonObject sheets;
        for (const auto& [part, rows] : summary->rowsPerPart)
            sheets.insert(part, double(rows));
        QJsonArray files;
        for (const QString& file : summary->files)
            files.append(QFileInfo(file).absoluteFilePath());
        Console::json(QJsonObject{
            {QStringLiteral("format"), RunExporter::formatName(summary->format)},
            {QStringLiteral("path"), QFileInfo(request.outputPath).absoluteFilePath()},
            {QStringLiteral("files"), files},
            {QStringLiteral("rows"), sheets},
            {QStringLiteral("runs"), double(summary->runs)},
            {QStringLiteral("steps"), double(summary->steps)},
            {QStringLiteral("notes"), double(summary->notes)},
            {QStringLiteral("bytes"), double(summary->bytes)},
            {QStringLiteral("seconds"), summary->seconds},
        });
    } else if (parser.isSet(outputOpt)) {
        QStringList parts;
        for (const auto& [part, rows] : summary->rowsPerPart)
            parts << QStringLiteral("%1 %2").arg(rows).arg(part.toLower());
        Console::line(QStringLiteral("exported %1 to %2 (%3)")
                          .arg(parts.join(QStringLiteral(", ")),
                               summary->files.join(QStringLiteral(", ")),
                               humanSize(summary->bytes)));
    }
    return kExitOk;
}

} // namespace eol::cli
