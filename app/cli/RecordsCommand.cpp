#include "cli/RecordsCommand.h"

#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/RecordsExportCommand.h"
#include "cli/RecordsNoteCommand.h"
#include "cli/SubcommandParser.h"
#include "store/RecordJson.h"
#include "store/RunStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace eol::cli {

namespace {

QString describeDirection(drivers::TranscriptEntry::Direction d)
{
    switch (d) {
    case drivers::TranscriptEntry::Direction::ToDevice:
        return QStringLiteral("->");
    case drivers::TranscriptEntry::Direction::FromDevice:
        return QStringLiteral("<-");
    case drivers::TranscriptEntry::Direction::Note:
        return QStringLiteral("##");
    }
    return QStringLiteral("??");
}

QString printable(const QByteArray& bytes)
{
    QString out;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (u < 0x20 || u >= 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out;
}

/// The action: the first argument after the program name that is not an option (options and
/// their values may come first, e.g. "records --db F export").
QString actionOf(const QStringList& arguments)
{
    static const QStringList kActions{QStringLiteral("list"), QStringLiteral("show"),
                                      QStringLiteral("export"), QStringLiteral("note")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (kActions.contains(arguments.at(i)))
            return arguments.at(i);
        if (!arguments.at(i).startsWith(u'-') && (i == 1 || !arguments.at(i - 1).startsWith(u'-')))
            return arguments.at(i);
    }
    return {};
}

} // namespace

int RecordsCommand::run(const QStringList& arguments)
{
    const QString dispatch = actionOf(arguments);
    if (dispatch == QLatin1String("export"))
        return RecordsExportCommand::run(arguments);
    if (dispatch == QLatin1String("note")) {
        QStringList rest = arguments;
        rest.removeAt(rest.indexOf(QStringLiteral("note")));
        return RecordsNoteCommand::run(rest);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local records: eol-station records list [--failed] [--serial S] | show "
                       "<run id> | export --format csv|xlsx (see records export --help) | note "
                       "add|list|delete (see records note --help)"));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption failedOpt(
        QStringLiteral("failed"),
        QStringLiteral("Only runs that did not pass (fail, error, aborted, interrupted)."));
    const QCommandLineOption serialOpt(QStringLiteral("serial"),
                                       QStringLiteral("Only this serial."), QStringLiteral("S"));
    const QCommandLineOption verdictOpt(QStringLiteral("verdict"),
                                        QStringLiteral("Only this verdict."), QStringLiteral("V"));
    const QCommandLineOption productOpt(QStringLiteral("product"),
                                        QStringLiteral("Only this product."), QStringLiteral("P"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      QStringLiteral("At most N runs, newest first."),
                                      QStringLiteral("N"));
    parser.addOptions({dbOpt, jsonOpt, failedOpt, serialOpt, verdictOpt, productOpt, limitOpt});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list | show <run id> | export | note"));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("show")) {
        Console::error(QStringLiteral("usage: eol-station records list|show <run id>|export|note "
                                      "[--db FILE] [--json]"));
        return kExitError;
    }
    const QString dbPath = parser.value(dbOpt);
    if (!QFileInfo::exists(dbPath)) {
        Console::error(
            QStringLiteral("no record database at %1 — run a test first or pass --db FILE")
                .arg(dbPath));
        return kExitError;
    }
    auto store = core::store::RunStore::open(dbPath);
    if (!store) {
        Console::error(store.error().message);
        return kExitError;
    }
    const bool json = parser.isSet(jsonOpt);

    core::store::RunFilter filter;
    filter.serial = parser.value(serialOpt);
    filter.product = parser.value(productOpt);
    filter.verdict = parser.isSet(failedOpt) ? QStringLiteral("failed") : parser.value(verdictOpt);
    if (parser.isSet(limitOpt)) {
        bool ok = false;
        filter.limit = parser.value(limitOpt).toInt(&ok);
        if (!ok || filter.limit < 0) {
            Console::error(QStringLiteral("--limit must be a whole number ≥ 0, not \"%1\"")
                               .arg(parser.value(limitOpt)));
            return kExitError;
        }
    }

    if (action == QLatin1String("show")) {
        const QString runId = args.value(1);
        auto run = store.value()->run(runId);
        if (!run) {
            Console::error(run.error().message);
            return kExitError;
        }
        auto steps = store.value()->steps(runId);
        auto transcript = store.value()->transcript(runId);
        if (!steps || !transcript) {
            Console::error((!steps ? steps.error() : transcript.error()).message);
            return kExitError;
        }
        // The run's notes, and the notes QA wrote on the device itself (not on one run).
        auto notes = store.value()->notesForRun(runId);
        auto serialNotes = store.value()->notesForSerial(run->serial);
        if (!notes || !serialNotes) {
            Console::error((!notes ? notes.error() : serialNotes.error()).message);
            return kExitError;
        }
        QList<core::store::NoteRecord> deviceNotes;
        for (const auto& n : serialNotes.value())
            if (n.runId.isEmpty())
                deviceNotes.append(n);
        if (json) {
            QJsonObject o = core::store::RecordJson::run(run.value());
            QJsonArray stepArray;
            for (const auto& s : steps.value())
                stepArray.append(core::store::RecordJson::step(s));
            QJsonArray chunks;
            for (const auto& e : transcript.value())
                chunks.append(
                    QJsonObject{{QStringLiteral("utc_us"), double(e.utcMicros)},
                                {QStringLiteral("direction"), describeDirection(e.direction)},
                                {QStringLiteral("text"), printable(e.bytes)}});
            o.insert(QStringLiteral("steps"), stepArray);
            o.insert(QStringLiteral("transcript"), chunks);
            QJsonArray noteArray;
            for (const auto& n : notes.value())
                noteArray.append(core::store::RecordJson::note(n));
            QJsonArray deviceArray;
            for (const auto& n : deviceNotes)
                deviceArray.append(core::store::RecordJson::note(n));
            o.insert(QStringLiteral("notes"), noteArray);
            o.insert(QStringLiteral("device_notes"), deviceArray);
            Console::json(o);
            return kExitOk;
        }
        const auto& r = run.value();
        Console::line(QStringLiteral("run %1  %2  %3  serial %4  IMEI %5")
                          .arg(r.runId, r.verdict.toUpper(),
                               r.startedUtc.toString(Qt::ISODateWithMs), r.serial, r.imei));
        Console::line(
            QStringLiteral("plan %1 rev %2 (sha256 %3) · station %4 · operator %5 · port %6")
                .arg(r.planId)
                .arg(r.planRevision)
                .arg(r.planSha256, r.stationId, r.operatorName, r.port));
        if (!r.failingStep.isEmpty())
            Console::line(
                QStringLiteral("failing step %1: %2").arg(r.failingStep, r.failureReason));
        for (const auto& s : steps.value())
            Console::line(QStringLiteral("  %1 %2 %3 %4")
                              .arg(s.verdict.toUpper().leftJustified(8), s.stepId.leftJustified(16),
                                   s.measured, s.message));
        const auto printNotes = [](const QString& title, const QList<core::store::NoteRecord>& ns) {
            if (ns.isEmpty())
                return;
            Console::line(title);
            for (const auto& n : ns) {
                Console::line(
                    QStringLiteral("  %1  %2  (%3)")
                        .arg(n.createdUtc.toString(Qt::ISODateWithMs), n.author, n.noteId));
                for (const QString& line : n.text.split(u'\n'))
                    Console::line(QStringLiteral("    ") + line);
            }
        };
        printNotes(QStringLiteral("notes:"), notes.value());
        printNotes(QStringLiteral("device notes (%1):").arg(r.serial), deviceNotes);
        Console::line(QStringLiteral("transcript:"));
        for (const auto& e : transcript.value())
            Console::line(QStringLiteral("  %1 %2 %3")
                              .arg(QDateTime::fromMSecsSinceEpoch(e.utcMicros / 1000, Qt::UTC)
                                       .toString(QStringLiteral("HH:mm:ss.zzz")),
                                   describeDirection(e.direction), printable(e.bytes)));
        return kExitOk;
    }

    auto runs = store.value()->listRuns(filter);
    if (!runs) {
        Console::error(runs.error().message);
        return kExitError;
    }
    if (json) {
        QJsonArray array;
        for (const auto& r : runs.value())
            array.append(core::store::RecordJson::run(r));
        Console::json(QJsonObject{{QStringLiteral("runs"), array},
                                  {QStringLiteral("count"), int(array.size())}});
        return kExitOk;
    }
    Console::line(QStringLiteral("%1 %2 %3 %4 %5 %6")
                      .arg(QStringLiteral("started (UTC)").leftJustified(24),
                           QStringLiteral("verdict").leftJustified(12),
                           QStringLiteral("serial").leftJustified(14),
                           QStringLiteral("imei").leftJustified(16),
                           QStringLiteral("plan").leftJustified(18),
                           QStringLiteral("failing step / run id")));
    for (const auto& r : runs.value()) {
        Console::line(
            QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(r.startedUtc.toString(Qt::ISODateWithMs).leftJustified(24),
                     r.verdict.leftJustified(12), r.serial.leftJustified(14),
                     r.imei.leftJustified(16),
                     QStringLiteral("%1@%2").arg(r.planId).arg(r.planRevision).leftJustified(18),
                     r.failingStep.isEmpty() ? r.runId
                                             : r.failingStep + QStringLiteral("  ") + r.runId));
    }
    Console::line(QStringLiteral("%1 run(s)").arg(runs.value().size()));
    return kExitOk;
}

} // namespace eol::cli
