#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station audit list|export`: the station's append-only audit trail
/// (docs/roles-and-audit.md).
class AuditCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
