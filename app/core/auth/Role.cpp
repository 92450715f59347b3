#include "auth/Role.h"

namespace eol::core::auth {

QString roleName(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Qa:
        return QStringLiteral("qa");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("operator");
}

std::optional<Role> roleFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (Role r : {Role::Operator, Role::Lead, Role::Qa, Role::Admin}) {
        if (n == roleName(r))
            return r;
    }
    if (n == QLatin1String("hardware-lead") || n == QLatin1String("hardware_lead"))
        return Role::Lead;
    return std::nullopt;
}

QStringList roleNames()
{
    return {roleName(Role::Operator), roleName(Role::Lead), roleName(Role::Qa),
            roleName(Role::Admin)};
}

} // namespace eol::core::auth
