#pragma once

#include <QString>

namespace eol::cli {

/// Reads PINs and badge ids from standard input, never from the command line: argv is visible
/// to every user of the machine (ps, /proc/<pid>/cmdline) and lands in shell histories.
/// On a terminal the prompt goes to stderr and the typing is not echoed; from a pipe
/// (`printf '1234\n' | eol-station users set-pin anna`) one line is read per call.
class SecretInput
{
public:
    /// One line without its line end; `ok` false at end of input.
    static QString readLine(const QString& prompt, bool* ok);
};

} // namespace eol::cli
