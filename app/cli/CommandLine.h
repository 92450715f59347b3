#pragma once

#include <QStringList>

namespace eol::cli {

/// The headless front end: dispatches `eol-station <subcommand> ...`.
class CommandLine
{
public:
    /// `arguments` as from QCoreApplication::arguments() (program name first). Returns the
    /// process exit code: 0 pass/ok, 1 fail, 2 error or bad input.
    static int run(const QStringList& arguments);
    static QString usage();
};

} // namespace eol::cli
