#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station sync status|now`: the registry sync backlog, and a drain on demand.
class SyncCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
