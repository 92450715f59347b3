#include "cli/PlanCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/PlanRepoCommand.h"
#include "cli/SubcommandParser.h"
#include "plan/PlanLoader.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace eol::cli {

int PlanCommand::run(const QStringList& arguments)
{
    // import / release / revisions / diff / show / discard work on the station's plan revisions.
    if (PlanRepoCommand::handles(arguments.value(1)))
        return PlanRepoCommand::run(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check test plans: eol-station plan check <file>..."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    parser.addOption(jsonOpt);
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("The action."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Plan files."),
                                 QStringLiteral("<file>..."));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.first() != QLatin1String("check") || args.size() < 2) {
        Console::error(QStringLiteral("usage: eol-station plan check <file>... [--json]"));
        return kExitError;
    }
    args.removeFirst();
    const bool json = parser.isSet(jsonOpt);
    QJsonArray results;
    bool allOk = true;
    for (const QString& file : std::as_const(args)) {
        auto plan = core::plan::PlanLoader::loadFile(file);
        QJsonObject entry{{QStringLiteral("file"), file}, {QStringLiteral("ok"), plan.ok()}};
        if (plan) {
            const int count = int(plan->setup.size() + plan->steps.size() + plan->teardown.size());
            entry.insert(QStringLiteral("id"), plan->id);
            entry.insert(QStringLiteral("revision"), plan->revision);
            entry.insert(QStringLiteral("product"), plan->product);
            entry.insert(QStringLiteral("sha256"), QString::fromLatin1(plan->sha256));
            entry.insert(QStringLiteral("steps"), count);
            if (!json)
                Console::line(QStringLiteral("%1: ok — plan %2 rev %3 for %4, %5 steps, sha256 %6")
                                  .arg(file, plan->id)
                                  .arg(plan->revision)
                                  .arg(plan->product)
                                  .arg(count)
                                  .arg(QString::fromLatin1(plan->sha256)));
        } else {
            allOk = false;
            const QStringList errors =
                plan.error().message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            entry.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
            if (!json)
                for (const QString& e : errors)
                    Console::line(e);
        }
        results.append(entry);
    }
    if (json)
        Console::json(
            QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("plans"), results}});
    return allOk ? kExitOk : kExitError;
}

} // namespace eol::cli
