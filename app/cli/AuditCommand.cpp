#include "cli/AuditCommand.h"

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/SubcommandParser.h"
#include "store/RunStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QSaveFile>

namespace eol::cli {

namespace {

/// "2026-11-22" (local midnight) or an ISO date-time ("2026-11-22T08:00", "...Z").
std::optional<QDateTime> parseWhen(const QString& text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0)).toUTC();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

int fail(const QString& message)
{
    Console::error(message);
    return kExitError;
}

} // namespace

int AuditCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The audit trail: eol-station audit list [filters] [--json] | export --format csv "
        "[-o FILE] [filters]\nFilters: --from DATE, --to DATE (a date includes that whole "
        "day; or an ISO date-time), --action A (repeatable), --actor USER, --text TEXT."));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     QStringLiteral("From this date or time on."),
                                     QStringLiteral("date"));
    const QCommandLineOption toOpt(QStringLiteral("to"),
                                   QStringLiteral("Up to this date (inclusive) or before this "
                                                  "time."),
                                   QStringLiteral("date"));
    const QCommandLineOption actionOpt(
        QStringLiteral("action"),
        QStringLiteral("Only this action (repeatable): ") +
            core::audit::AuditAction::all().join(QStringLiteral(", ")),
        QStringLiteral("action"));
    const QCommandLineOption actorOpt(QStringLiteral("actor"), QStringLiteral("Only this actor."),
                                      QStringLiteral("user"));
    const QCommandLineOption textOpt(QStringLiteral("text"),
                                     QStringLiteral("Subject or values contain this text."),
                                     QStringLiteral("text"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      QStringLiteral("At most N rows, newest first."),
                                      QStringLiteral("N"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("Export format: csv."), QStringLiteral("fmt"),
                                       QStringLiteral("csv"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("Export to this file (default: stdout)."),
                                       QStringLiteral("file"));
    parser.addOptions({dbOpt, jsonOpt, fromOpt, toOpt, actionOpt, actorOpt, textOpt, limitOpt,
                       formatOpt, outputOpt});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or export"));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 ||
        (args.first() != QLatin1String("list") && args.first() != QLatin1String("export")))
        return fail(QStringLiteral("usage: eol-station audit list [filters] [--json] | audit "
                                   "export --format csv [-o FILE] [filters]"));
    const bool exporting = args.first() == QLatin1String("export");

    core::audit::AuditFilter filter;
    if (parser.isSet(fromOpt)) {
        const auto t = parseWhen(parser.value(fromOpt), false);
        if (!t)
            return fail(QStringLiteral("--from \"%1\" is not a date (2026-11-22) or ISO date-time")
                            .arg(parser.value(fromOpt)));
        filter.from = *t;
    }
    if (parser.isSet(toOpt)) {
        const auto t = parseWhen(parser.value(toOpt), true);
        if (!t)
            return fail(QStringLiteral("--to \"%1\" is not a date (2026-11-22) or ISO date-time")
                            .arg(parser.value(toOpt)));
        filter.to = *t;
    }
    const QStringList known = core::audit::AuditAction::all();
    for (const QString& a : parser.values(actionOpt)) {
        if (!known.contains(a))
            return fail(QStringLiteral("--action \"%1\" is not an audit action (%2)")
                            .arg(a, known.join(QStringLiteral(", "))));
        filter.actions << a;
    }
    filter.actor = parser.value(actorOpt);
    filter.text = parser.value(textOpt);
    if (parser.isSet(limitOpt)) {
        bool ok = false;
        filter.limit = parser.value(limitOpt).toInt(&ok);
        if (!ok || filter.limit < 1)
            return fail(QStringLiteral("--limit must be a positive number"));
    }
    if (exporting) {
        filter.newestFirst = false; // an export reads like a ledger: oldest first
        if (parser.value(formatOpt) != QLatin1String("csv"))
            return fail(QStringLiteral("audit export: --format %1 is not supported (csv)")
                            .arg(parser.value(formatOpt)));
    }

    auto store = core::store::RunStore::open(parser.value(dbOpt));
    if (!store)
        return fail(store.error().message);
    core::audit::AuditLog log(*store.value(), DefaultPaths::stationId());
    auto rows = log.query(filter);
    if (!rows)
        return fail(rows.error().message);

    if (exporting) {
        if (!parser.isSet(outputOpt)) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (auto r = core::audit::AuditLog::writeCsv(rows.value(), buffer); !r)
                return fail(r.error().message);
            Console::out(QString::fromUtf8(buffer.data()));
            return kExitOk;
        }
        QSaveFile file(parser.value(outputOpt));
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2")
                            .arg(parser.value(outputOpt), file.errorString()));
        if (auto r = core::audit::AuditLog::writeCsv(rows.value(), file); !r)
            return fail(r.error().message);
        if (!file.commit())
            return fail(QStringLiteral("cannot write %1: %2")
                            .arg(parser.value(outputOpt), file.errorString()));
        if (!parser.isSet(jsonOpt))
            Console::line(QStringLiteral("%1 audit rows written to %2")
                              .arg(rows->size())
                              .arg(parser.value(outputOpt)));
        return kExitOk;
    }

    if (parser.isSet(jsonOpt)) {
        QJsonArray arr;
        for (const auto& e : rows.value())
            arr.append(core::audit::AuditLog::toJson(e));
        Console::json(QJsonObject{{QStringLiteral("entries"), arr}});
        return kExitOk;
    }
    if (rows->isEmpty()) {
        Console::line(QStringLiteral("no audit rows match"));
        return kExitOk;
    }
    for (const auto& e : rows.value()) {
        QString line = QStringLiteral("%1  %2 %3 %4")
                           .arg(e.utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.action.leftJustified(18), e.actor.leftJustified(14), e.subject);
        if (!e.oldValue.isEmpty() || !e.newValue.isEmpty())
            line += QStringLiteral(": %1 → %2")
                        .arg(e.oldValue.isEmpty() ? QStringLiteral("(none)") : e.oldValue,
                             e.newValue.isEmpty() ? QStringLiteral("(none)") : e.newValue);
        const QString reason = e.details.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            line += QStringLiteral(" (%1)").arg(reason);
        Console::line(line);
    }
    return kExitOk;
}

} // namespace eol::cli
