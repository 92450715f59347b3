#include "cli/CommandLine.h"

#include "cli/AuditCommand.h"
#include "cli/Console.h"
#include "cli/DecodeCommand.h"
#include "cli/ExitCode.h"
#include "cli/PlanCommand.h"
#include "cli/RecordsCommand.h"
#include "cli/RunCommand.h"
#include "cli/SimCommand.h"
#include "cli/SyncCommand.h"
#include "cli/UsersCommand.h"
#include "cli/VersionCommand.h"

namespace eol::cli {

QString CommandLine::usage()
{
    return QStringLiteral(
               "eol-station %1 — factory end-of-line test station\n"
               "\n"
               "usage: eol-station <command> [options]\n"
               "\n"
               "  run --plan <file|id> --port <device|sim:<personality>> [--serial S] [--qr "
               "PAYLOAD]\n"
               "      [--db FILE] [--json] [--answer STEP=pass|fail]...   test one unit\n"
               "  plan check <file>... [--json]                           validate plans\n"
               "  plan import|release|revisions|diff|show ... [--db FILE]  plan revisions\n"
               "  users add|list|disable|set-pin ... [--db FILE]          station users\n"
               "  audit list|export ... [--db FILE]                       the audit trail\n"
               "  records list [--failed] [--serial S] [--db FILE] [--json]\n"
               "  records show <run id> [--db FILE] [--json]              steps + transcript\n"
               "  records export --format csv|xlsx [-o FILE] [--steps F] [--notes F] [--from D]\n"
               "      [--to D] [--product P] [--plan ID[@REV]] [--verdict V,...] [--step ID]\n"
               "      [--batch B] [--operator O] [--station S] [--search T] [--db FILE] [--json]\n"
               "  records note add <run id>|--serial S --text T [--author A]  QA notes\n"
               "  records note list <run id>|--serial S | delete <note id> [--by A] [--json]\n"
               "  sim <personality>[,fault...] [--link PATH]              simulated DUT on a pty\n"
               "  decode <image>... [--json]                              QR codes in image files\n"
               "  sync status [--db FILE] [--json]                        registry sync backlog\n"
               "  sync now [--registry URL] [--token-file F] [--ca-file F] [--wait S] [--db FILE]\n"
               "      [--json]                                            send runs + notes now\n"
               "  sync retry <run id>... | --all-rejected [--db FILE]\n"
               "      [--json]                                            requeue refused runs\n"
               "  --version [--json]                                      version, station id, "
               "paths\n"
               "  --help\n"
               "\n"
               "exit codes: 0 pass/ok, 1 fail, 2 error, aborted or bad input\n"
               "every command takes --help for its options\n")
        .arg(QStringLiteral(EOL_VERSION));
}

int CommandLine::run(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        Console::out(usage());
        return kExitError;
    }
    const QString command = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1); // QCommandLineParser wants the program name first
    if (command == QLatin1String("--version") || command == QLatin1String("version"))
        return VersionCommand::run(rest);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        Console::out(usage());
        return kExitOk;
    }
    if (command == QLatin1String("run"))
        return RunCommand::run(rest);
    if (command == QLatin1String("plan"))
        return PlanCommand::run(rest);
    if (command == QLatin1String("records"))
        return RecordsCommand::run(rest);
    if (command == QLatin1String("sim"))
        return SimCommand::run(rest);
    if (command == QLatin1String("decode"))
        return DecodeCommand::run(rest);
    if (command == QLatin1String("sync"))
        return SyncCommand::run(rest);
    if (command == QLatin1String("users"))
        return UsersCommand::run(rest);
    if (command == QLatin1String("audit"))
        return AuditCommand::run(rest);
    Console::error(QStringLiteral("unknown command \"%1\" — see eol-station --help").arg(command));
    return kExitError;
}

} // namespace eol::cli
