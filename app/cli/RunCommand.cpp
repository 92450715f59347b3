#include "cli/RunCommand.h"

#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/PlanLocator.h"
#include "cli/ReleasedPlanLoader.h"
#include "cli/SignalWatcher.h"
#include "cli/SubcommandParser.h"
#include "runner/FixtureSlot.h"
#include "runner/Verdict.h"
#include "scan/ScanPayloadParser.h"
#include "station/Station.h"
#include "store/RecordJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>

namespace eol::cli {

namespace {

QString verdictWord(const QString& verdict)
{
    return verdict.toUpper().leftJustified(8);
}

QString formatMs(double ms)
{
    return ms < 10 ? QString::number(ms, 'f', 2) + QStringLiteral(" ms")
                   : QString::number(qRound64(ms)) + QStringLiteral(" ms");
}

QString stepLine(const core::store::StepRecord& s)
{
    QString value = s.measured;
    value.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    if (value.size() > 40)
        value = value.left(37) + QStringLiteral("...");
    QString limits;
    if (s.low || s.high) {
        limits = QStringLiteral(" [%1..%2%3]")
                     .arg(s.low ? QString::number(*s.low) : QString(),
                          s.high ? QString::number(*s.high) : QString(),
                          s.unit.isEmpty() ? QString() : QLatin1Char(' ') + s.unit);
    }
    QString line = QStringLiteral("  %1 %2 %3 %4")
                       .arg(verdictWord(s.verdict), s.name.leftJustified(44),
                            QString(value + limits).leftJustified(42), formatMs(s.durationMs));
    if (!s.message.isEmpty() && s.verdict != QLatin1String("pass"))
        line += QStringLiteral("\n             ↳ ") + s.message;
    return line;
}

int exitCodeFor(const core::runner::RunOutcome& outcome)
{
    if (!outcome.committed)
        return kExitError;
    const auto verdict = core::runner::verdictFromString(outcome.record.verdict);
    if (!verdict)
        return kExitError;
    switch (*verdict) {
    case core::runner::Verdict::Pass:
    case core::runner::Verdict::Skipped:
        return kExitOk;
    case core::runner::Verdict::Fail:
        return kExitFail;
    default:
        return kExitError;
    }
}

} // namespace

int RunCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Test one unit against a plan."));
    parser.addHelpOption();
    const QCommandLineOption planOpt(
        QStringLiteral("plan"), QStringLiteral("Plan file or plan id."), QStringLiteral("file|id"));
    const QCommandLineOption portOpt(
        QStringLiteral("port"),
        QStringLiteral(
            "Serial device, or sim:<personality>[,fault...] (nrf91, bg96, sara-r4, sim7080)."),
        QStringLiteral("device"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"),
                                       QStringLiteral("Unit serial number."), QStringLiteral("S"));
    const QCommandLineOption qrOpt(QStringLiteral("qr"),
                                   QStringLiteral("Scanned QR payload (unit or job-card code)."),
                                   QStringLiteral("payload"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption stationOpt(QStringLiteral("station"), QStringLiteral("Station id."),
                                        QStringLiteral("id"), DefaultPaths::stationId());
    const QCommandLineOption operatorOpt(QStringLiteral("operator"),
                                         QStringLiteral("Operator name."), QStringLiteral("name"),
                                         DefaultPaths::operatorName());
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Batch."),
                                      QStringLiteral("B"));
    const QCommandLineOption woOpt(QStringLiteral("work-order"), QStringLiteral("Work order."),
                                   QStringLiteral("WO"));
    const QCommandLineOption answerOpt(
        QStringLiteral("answer"),
        QStringLiteral("Answer to a prompt step, e.g. --answer led=pass (repeatable)."),
        QStringLiteral("step=pass|fail"));
    const QCommandLineOption plansDirOpt(QStringLiteral("plans-dir"),
                                         QStringLiteral("Extra folder to look up plan ids in."),
                                         QStringLiteral("dir"));
    const QCommandLineOption releasedOpt(
        QStringLiteral("require-released"),
        QStringLiteral("Run only the newest released revision of the plan from --db (also "
                       "EOL_REQUIRE_RELEASED=1 or plan/require_released=true in station.ini)."));
    parser.addOptions({planOpt, portOpt, serialOpt, qrOpt, dbOpt, jsonOpt, stationOpt, operatorOpt,
                       batchOpt, woOpt, answerOpt, plansDirOpt, releasedOpt});
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(QStringLiteral("run: unexpected argument \"%1\"")
                           .arg(parser.positionalArguments().first()));
        return kExitError;
    }
    const bool json = parser.isSet(jsonOpt);

    core::runner::RunRequest request;
    request.serial = parser.value(serialOpt).trimmed();
    request.stationId = parser.value(stationOpt);
    request.operatorName = parser.value(operatorOpt);
    request.batch = parser.value(batchOpt);
    request.workOrder = parser.value(woOpt);
    QString planRef = parser.value(planOpt);
    QString qrProduct;

    if (parser.isSet(qrOpt)) {
        auto scan = core::scan::ScanPayloadParser::parse(parser.value(qrOpt));
        if (!scan) {
            Console::error(QStringLiteral("--qr: ") + scan.error().message);
            return kExitError;
        }
        if (scan->kind == core::scan::ScanPayload::Kind::Badge) {
            Console::error(QStringLiteral("--qr: that is a badge code (a login), not a unit or "
                                          "job card"));
            return kExitError;
        }
        if (scan->kind == core::scan::ScanPayload::Kind::Unit) {
            if (!request.serial.isEmpty() && request.serial != scan->serial) {
                Console::error(QStringLiteral("--serial %1 and the scanned unit code (%2) disagree")
                                   .arg(request.serial, scan->serial));
                return kExitError;
            }
            request.serial = scan->serial;
            qrProduct = scan->product;
        } else {
            if (planRef.isEmpty())
                planRef = scan->planId;
            else if (planRef != scan->planId) {
                Console::error(QStringLiteral("--plan %1 and the job card's plan %2 disagree")
                                   .arg(planRef, scan->planId));
                return kExitError;
            }
            qrProduct = scan->product;
            if (request.batch.isEmpty())
                request.batch = scan->batch;
            if (request.workOrder.isEmpty())
                request.workOrder = scan->workOrder;
        }
    }
    if (planRef.isEmpty()) {
        Console::error(
            QStringLiteral("run: --plan is required (a plan file or id, e.g. --plan nrf91)"));
        return kExitError;
    }
    if (!parser.isSet(portOpt)) {
        Console::error(QStringLiteral(
            "run: --port is required (a serial device, or sim:nrf91 for the simulated DUT)"));
        return kExitError;
    }
    request.port = parser.value(portOpt);
    for (const QString& answer : parser.values(answerOpt)) {
        const QStringList parts = answer.split(QLatin1Char('='));
        if (parts.size() != 2 ||
            (parts[1] != QLatin1String("pass") && parts[1] != QLatin1String("fail"))) {
            Console::error(
                QStringLiteral("--answer \"%1\" must look like <step id>=pass or <step id>=fail")
                    .arg(answer));
            return kExitError;
        }
        request.promptAnswers.insert(parts[0], parts[1] == QLatin1String("pass"));
    }

    auto plan = ReleasedPlanLoader::required(parser.isSet(releasedOpt))
                    ? ReleasedPlanLoader::load(parser.value(dbOpt), parser.value(plansDirOpt),
                                               planRef, request.stationId)
                    : PlanLocator(parser.value(plansDirOpt)).load(planRef);
    if (!plan) {
        Console::error(plan.error().message);
        return kExitError;
    }
    request.plan = plan.value();
    if (!qrProduct.isEmpty() && qrProduct != request.plan.product) {
        Console::error(
            QStringLiteral("wrong product: the scanned code is for \"%1\" but plan %2 tests \"%3\"")
                .arg(qrProduct, request.plan.id, request.plan.product));
        return kExitError;
    }
    if (!request.serial.isEmpty() && !request.plan.serialPattern.isEmpty()) {
        const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(request.plan.serialPattern));
        if (!pattern.match(request.serial).hasMatch()) {
            Console::error(
                QStringLiteral("serial \"%1\" does not match plan %2's serial pattern %3")
                    .arg(request.serial, request.plan.id, request.plan.serialPattern));
            return kExitError;
        }
    }

    auto station = core::station::Station::open(parser.value(dbOpt));
    if (!station) {
        Console::error(station.error().message);
        return kExitError;
    }
    if (station.value()->recoveredInterruptedRuns() > 0 && !json) {
        Console::line(
            QStringLiteral(
                "note: %1 run(s) left running by an earlier crash were recorded as interrupted")
                .arg(station.value()->recoveredInterruptedRuns()));
    }

    auto* slot = station.value()->addSlot(1);
    QEventLoop loop;
    core::runner::RunOutcome outcome;
    bool done = false;
    QObject::connect(
        slot, &core::runner::FixtureSlot::runStarted, &loop, [&](const core::store::RunRecord& r) {
            if (!json)
                Console::line(QStringLiteral("Run %1 · plan %2 rev %3 · %4 · station %5")
                                  .arg(r.runId, r.planId)
                                  .arg(r.planRevision)
                                  .arg(r.port, r.stationId));
        });
    QObject::connect(slot, &core::runner::FixtureSlot::stepFinished, &loop,
                     [&](const core::store::StepRecord& s) {
                         if (!json)
                             Console::line(stepLine(s));
                     });
    QObject::connect(slot, &core::runner::FixtureSlot::finished, &loop,
                     [&](const core::runner::RunOutcome& o) {
                         outcome = o;
                         done = true;
                         loop.quit();
                     });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &loop, [&](int) {
        if (!json)
            Console::line(QStringLiteral(
                "  interrupted: aborting, teardown runs, the run is stored as aborted"));
        slot->abort();
    });
    slot->start(request);
    if (!done)
        loop.exec();
    station.value()->shutdown();

    const auto& r = outcome.record;
    const int code = exitCodeFor(outcome);
    if (json) {
        QJsonObject o = core::store::RecordJson::run(r);
        QJsonArray steps;
        for (const auto& s : std::as_const(outcome.steps))
            steps.append(core::store::RecordJson::step(s));
        o.insert(QStringLiteral("steps"), steps);
        o.insert(QStringLiteral("committed"), outcome.committed);
        o.insert(QStringLiteral("database"), station.value()->databasePath());
        // Which file the plan id resolved to: an installed station must test with its own plans.
        o.insert(QStringLiteral("plan_file"), request.plan.sourcePath);
        if (!outcome.committed) {
            // No verdict for a record that is not on disk: scripts must test the unit again.
            o.insert(QStringLiteral("unsaved_verdict"), r.verdict);
            o.insert(QStringLiteral("verdict"), QJsonValue::Null);
            o.insert(QStringLiteral("commit_error"), outcome.commitError);
        }
        o.insert(QStringLiteral("exit_code"), code);
        Console::json(o);
        return code;
    }
    Console::line(QString(72, QChar(0x2500)));
    if (!outcome.committed) {
        Console::line(
            QStringLiteral("ERROR   the record could not be saved: %1").arg(outcome.commitError));
        Console::line(QStringLiteral("        the unit's result is unknown: test it again"));
        return code;
    }
    QString headline = QStringLiteral("%1 %2").arg(
        r.verdict.toUpper(), r.serial.isEmpty() ? QStringLiteral("(no serial)") : r.serial);
    if (!r.imei.isEmpty())
        headline += QStringLiteral("  IMEI ") + r.imei;
    Console::line(headline);
    if (!r.failingStep.isEmpty())
        Console::line(
            QStringLiteral("  failing step: %1 — %2").arg(r.failingStep, r.failureReason));
    QStringList identity;
    for (const char* key : {"imsi", "iccid", "firmware", "public_key_sha256"}) {
        const QString value = r.attributes.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            identity << QStringLiteral("%1 %2").arg(QLatin1String(key), value);
    }
    if (!identity.isEmpty())
        Console::line(QStringLiteral("  ") + identity.join(QStringLiteral(" · ")));
    Console::line(
        QStringLiteral("  record %1 saved in %2").arg(r.runId, station.value()->databasePath()));
    return code;
}

} // namespace eol::cli
