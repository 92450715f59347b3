#include "cli/SimCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/SubcommandParser.h"
#include "cli/SignalWatcher.h"
#include "sim/PtySimServer.h"
#include "sim/SimConfig.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace eol::cli {

int SimCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serve a simulated DUT on a pseudo-terminal.\n"
        "spec: <personality>[,option...]; personalities nrf91, bg96, sara-r4, sim7080;\n"
        "options bad-imei, no-answer[=CMD], cme-error=CMD, slow=MS, latency=MS, urc-storm,\n"
        "unplug=N, seed=N, serial=S, no-banner."));
    parser.addHelpOption();
    const QCommandLineOption linkOpt(QStringLiteral("link"),
                                     QStringLiteral("Also create this symlink to the pty."),
                                     QStringLiteral("path"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    parser.addOptions({linkOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("spec"), QStringLiteral("Personality and faults."));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        Console::error(
            QStringLiteral("usage: eol-station sim <personality>[,option...] [--link PATH]"));
        return kExitError;
    }
    auto config = drivers::sim::SimConfig::parse(args.first());
    if (!config) {
        Console::error(config.error().message);
        return kExitError;
    }
    drivers::sim::PtySimServer server(config.value());
    if (parser.isSet(linkOpt))
        server.setLinkPath(parser.value(linkOpt));
    auto path = server.start();
    if (!path) {
        Console::error(path.error().message);
        return kExitError;
    }
    const auto& id = server.identity();
    if (parser.isSet(jsonOpt)) {
        Console::out(QString::fromUtf8(
                         QJsonDocument(QJsonObject{{QStringLiteral("path"), path.value()},
                                                   {QStringLiteral("link"), parser.value(linkOpt)},
                                                   {QStringLiteral("spec"), args.first()},
                                                   {QStringLiteral("imei"), id.imei},
                                                   {QStringLiteral("serial"), id.serial},
                                                   {QStringLiteral("iccid"), id.iccid},
                                                   {QStringLiteral("imsi"), id.imsi}})
                             .toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
    } else {
        Console::line(QStringLiteral("simulated %1 on %2%3 (IMEI %4, serial %5); Ctrl-C to stop")
                          .arg(args.first(), path.value(),
                               parser.isSet(linkOpt)
                                   ? QStringLiteral(" -> ") + parser.value(linkOpt)
                                   : QString(),
                               id.imei, id.serial));
    }
    QEventLoop loop;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &loop, &QEventLoop::quit);
    QObject::connect(&server, &drivers::sim::PtySimServer::unplugged, &loop, &QEventLoop::quit);
    loop.exec();
    server.stop();
    return kExitOk;
}

} // namespace eol::cli
