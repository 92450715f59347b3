#pragma once

#include "cli/Console.h"
#include "cli/ExitCode.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace eol::cli {

/// The parse step every subcommand shares: a usage error is one clear line and exit 2,
/// --help prints the options and exits 0, otherwise the command goes on (nullopt).
class SubcommandParser
{
public:
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments)
    {
        if (!parser.parse(arguments)) {
            Console::error(parser.errorText());
            return kExitError;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            Console::out(parser.helpText());
            return kExitOk;
        }
        return std::nullopt;
    }
};

} // namespace eol::cli
