#pragma once

#include "auth/Permission.h"
#include "auth/Role.h"

#include <QList>

namespace eol::core::auth {

/// The one table of which role may do what (docs/roles-and-audit.md shows it). Every check in
/// the station — UI actions, windows that refuse to open, the plan release — asks this class.
class AccessPolicy
{
public:
    static bool allows(Role role, Permission permission);
    static QList<Permission> permissionsOf(Role role);
    static QList<Permission> allPermissions();
};

} // namespace eol::core::auth
