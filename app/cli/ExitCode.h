#pragma once

namespace eol::cli {

/// Exit codes of every subcommand: integrators script against these.
enum ExitCode : int
{
    kExitOk = 0,    ///< pass / success
    kExitFail = 1,  ///< the unit failed (or a query found failures where asked)
    kExitError = 2, ///< station error, aborted run, bad input or usage
};

} // namespace eol::cli
