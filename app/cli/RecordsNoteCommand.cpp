#include "cli/RecordsNoteCommand.h"

#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/SubcommandParser.h"
#include "audit/AuditedNoteDeletion.h"
#include "store/RecordJson.h"
#include "store/RunStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace eol::cli {

namespace {

/// Validation refusals are the caller's input (exit 2 like every bad input); so are store
/// errors, which are station errors.
int fail(const Error& e)
{
    Console::error(e.message);
    return kExitError;
}

QString describe(const core::store::NoteRecord& n)
{
    const QString on = n.runId.isEmpty()
                           ? QStringLiteral("device %1").arg(n.serial)
                           : QStringLiteral("run %1 (serial %2)")
                                 .arg(n.runId, n.serial.isEmpty() ? QStringLiteral("-") : n.serial);
    return QStringLiteral("note %1 on %2 by %3 at %4")
        .arg(n.noteId, on, n.author, n.createdUtc.toString(Qt::ISODateWithMs));
}

} // namespace

int RecordsNoteCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("QA notes on runs and devices:\n"
                       "  records note add <run id> --text T [--author A]\n"
                       "  records note add --serial S --text T [--author A]\n"
                       "  records note list <run id> | --serial S [--json]\n"
                       "  records note delete <note id> [--by A]"));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption textOpt(QStringLiteral("text"),
                                     QStringLiteral("The note (1 to 4000 characters)."),
                                     QStringLiteral("T"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"),
                                       QStringLiteral("A device note on this serial, or the "
                                                      "notes of this device."),
                                       QStringLiteral("S"));
    const QCommandLineOption authorOpt(QStringLiteral("author"),
                                       QStringLiteral("Who writes it (default: the station "
                                                      "operator, $EOL_OPERATOR)."),
                                       QStringLiteral("A"));
    const QCommandLineOption byOpt(QStringLiteral("by"),
                                   QStringLiteral("Who deletes it (default: the station "
                                                  "operator)."),
                                   QStringLiteral("A"));
    parser.addOptions({dbOpt, jsonOpt, textOpt, serialOpt, authorOpt, byOpt});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("add [<run id>] | list [<run id>] | delete "
                                                "<note id>"));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString target = args.value(1);
    const bool json = parser.isSet(jsonOpt);
    const QString serial = parser.value(serialOpt).trimmed();
    static const QString kUsage = QStringLiteral(
        "usage: eol-station records note add <run id>|--serial S --text T [--author A] | list "
        "<run id>|--serial S | delete <note id> [--by A]");

    if (action != QLatin1String("add") && action != QLatin1String("list") &&
        action != QLatin1String("delete")) {
        Console::error(action.isEmpty()
                           ? kUsage
                           : QStringLiteral("unknown note action \"%1\" — %2").arg(action, kUsage));
        return kExitError;
    }
    if (args.size() > 2) {
        Console::error(QStringLiteral("records note %1: unexpected argument \"%2\" — put the "
                                      "note text in --text \"...\"")
                           .arg(action, args.at(2)));
        return kExitError;
    }
    if (action != QLatin1String("delete") && target.isEmpty() == serial.isEmpty()) {
        Console::error(QStringLiteral("records note %1: give either a run id or --serial S "
                                      "(not both)")
                           .arg(action));
        return kExitError;
    }
    if (action == QLatin1String("delete") && target.isEmpty()) {
        Console::error(QStringLiteral("records note delete: give the note id (see records note "
                                      "list)"));
        return kExitError;
    }
    if (action == QLatin1String("add") && !parser.isSet(textOpt)) {
        Console::error(QStringLiteral("records note add: give the note with --text \"...\""));
        return kExitError;
    }

    const QString dbPath = parser.value(dbOpt);
    if (!QFileInfo::exists(dbPath)) {
        Console::error(
            QStringLiteral("no record database at %1 — run a test first or pass --db FILE")
                .arg(dbPath));
        return kExitError;
    }
    auto opened = core::store::RunStore::open(dbPath);
    if (!opened)
        return fail(opened.error());
    core::store::RunStore& store = **opened;

    if (action == QLatin1String("add")) {
        const QString author =
            parser.isSet(authorOpt) ? parser.value(authorOpt) : DefaultPaths::operatorName();
        auto note = store.addNote(target, serial, author, parser.value(textOpt));
        if (!note)
            return fail(note.error());
        if (json)
            Console::json(core::store::RecordJson::note(*note));
        else
            Console::line(QStringLiteral("added %1").arg(describe(*note)));
        return kExitOk;
    }

    if (action == QLatin1String("delete")) {
        const QString by = parser.isSet(byOpt) ? parser.value(byOpt) : DefaultPaths::operatorName();
        if (auto done = core::audit::AuditedNoteDeletion::run(store, target, by, DefaultPaths::stationId());
            !done)
            return fail(done.error());
        auto note = store.note(target);
        if (!note)
            return fail(note.error());
        if (json)
            Console::json(core::store::RecordJson::note(*note));
        else
            Console::line(QStringLiteral("deleted %1 (kept for the audit trail, deleted by %2)")
                              .arg(describe(*note), note->deletedBy));
        return kExitOk;
    }

    // list
    if (!target.isEmpty()) {
        if (auto run = store.run(target); !run)
            return fail(run.error());
    }
    auto notes = target.isEmpty() ? store.notesForSerial(serial) : store.notesForRun(target);
    if (!notes)
        return fail(notes.error());
    if (json) {
        QJsonArray array;
        for (const auto& n : *notes)
            array.append(core::store::RecordJson::note(n));
        Console::json(QJsonObject{{QStringLiteral("notes"), array},
                                  {QStringLiteral("count"), int(array.size())}});
        return kExitOk;
    }
    for (const auto& n : *notes) {
        Console::line(QStringLiteral("%1  %2  %3  %4")
                          .arg(n.createdUtc.toString(Qt::ISODateWithMs), n.author, n.noteId,
                               n.runId.isEmpty() ? QStringLiteral("device %1").arg(n.serial)
                                                 : QStringLiteral("run %1").arg(n.runId)));
        for (const QString& line : n.text.split(u'\n'))
            Console::line(QStringLiteral("    ") + line);
    }
    Console::line(QStringLiteral("%1 note(s)").arg(notes->size()));
    return kExitOk;
}

} // namespace eol::cli
