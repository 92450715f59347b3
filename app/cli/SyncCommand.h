#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station sync status|now|retry`: the registry sync backlog, a drain on demand, and
/// refused runs queued again after QA fixed the cause.
class SyncCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
