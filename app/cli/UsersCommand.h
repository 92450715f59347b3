#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station users add|list|disable|enable|set-pin|set-badge|set-role|unlock`: the station's
/// users (docs/roles-and-audit.md). Secrets are read from stdin only (SecretInput says why).
class UsersCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
