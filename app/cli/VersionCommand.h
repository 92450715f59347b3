#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station --version [--json]`: the version, and what a fresh install resolved without any
/// configuration — the station id, the record database, the plan folders, the INI files read.
class VersionCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
