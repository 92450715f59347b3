#include "cli/RecordsCommand.h"

#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/SubcommandParser.h"
#include "store/CsvExporter.h"
#include "store/RecordJson.h"
#include "store/RunStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

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

} // namespace

int RecordsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local records: eol-station records list [--failed] [--serial S] | show "
                       "<run id> | export --format csv"));
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
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("Export format: csv."), QStringLiteral("fmt"),
                                       QStringLiteral("csv"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("Export to this file instead of stdout."),
                                       QStringLiteral("file"));
    parser.addOptions({dbOpt, jsonOpt, failedOpt, serialOpt, verdictOpt, productOpt, limitOpt,
                       formatOpt, outputOpt});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list | show <run id> | export"));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("show") &&
        action != QLatin1String("export")) {
        Console::error(QStringLiteral(
            "usage: eol-station records list|show <run id>|export [--db FILE] [--json]"));
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
        Console::line(QStringLiteral("transcript:"));
        for (const auto& e : transcript.value())
            Console::line(QStringLiteral("  %1 %2 %3")
                              .arg(QDateTime::fromMSecsSinceEpoch(e.utcMicros / 1000, Qt::UTC)
                                       .toString(QStringLiteral("HH:mm:ss.zzz")),
                                   describeDirection(e.direction), printable(e.bytes)));
        return kExitOk;
    }

    if (action == QLatin1String("export")) {
        if (parser.value(formatOpt) != QLatin1String("csv")) {
            Console::error(
                QStringLiteral("export format \"%1\" is not supported yet: use --format csv")
                    .arg(parser.value(formatOpt)));
            return kExitError;
        }
        if (parser.isSet(outputOpt)) {
            QSaveFile file(parser.value(outputOpt));
            if (!file.open(QIODevice::WriteOnly)) {
                Console::error(
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
                return kExitError;
            }
            auto written = core::store::CsvExporter::exportRuns(*store.value(), filter, file);
            if (!written || !file.commit()) {
                Console::error(!written ? written.error().message : file.errorString());
                return kExitError;
            }
            return kExitOk;
        }
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            Console::error(QStringLiteral("cannot write to standard output"));
            return kExitError;
        }
        auto written = core::store::CsvExporter::exportRuns(*store.value(), filter, out);
        out.flush();
        if (!written) {
            Console::error(written.error().message);
            return kExitError;
        }
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
