#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station records note add|list|delete`: QA notes on runs and devices.
///
///     records note add <run id> --text T [--author A]
///     records note add --serial S --text T [--author A]
///     records note list <run id> | --serial S [--json]
///     records note delete <note id> [--by A]
///
/// The author defaults to the station's operator ($EOL_OPERATOR, else $USER).
class RecordsNoteCommand
{
public:
    /// `arguments`: the program name, then everything after "records note".
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
