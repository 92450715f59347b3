#include "auth/AccessPolicy.h"

namespace eol::core::auth {

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::RunReleasedPlans:
        return QStringLiteral("run_released_plans");
    case Permission::EditPlans:
        return QStringLiteral("edit_plans");
    case Permission::ReleasePlans:
        return QStringLiteral("release_plans");
    case Permission::ReviewRecords:
        return QStringLiteral("review_records");
    case Permission::AddNotes:
        return QStringLiteral("add_notes");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ChangeSettings:
        return QStringLiteral("change_settings");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    }
    return QString();
}

bool AccessPolicy::allows(Role role, Permission permission)
{
    // Leads own plans and limits; QA owns the review and the notes; the admin owns users and
    // settings and may stand in for anyone (small factories have one admin who is also the
    // lead). Operators test, and may look a unit's records up read-only (no notes, no audit).
    switch (permission) {
    case Permission::RunReleasedPlans:
        return true;
    case Permission::EditPlans:
    case Permission::ReleasePlans:
        return role == Role::Lead || role == Role::Admin;
    case Permission::ReviewRecords:
        return true;
    case Permission::AddNotes:
    case Permission::ViewAudit:
        return role == Role::Qa || role == Role::Admin;
    case Permission::ManageUsers:
    case Permission::ChangeSettings:
        return role == Role::Admin;
    }
    return false;
}

QList<Permission> AccessPolicy::allPermissions()
{
    return {Permission::RunReleasedPlans, Permission::EditPlans, Permission::ReleasePlans,
            Permission::ReviewRecords,    Permission::AddNotes,  Permission::ManageUsers,
            Permission::ChangeSettings,   Permission::ViewAudit};
}

QList<Permission> AccessPolicy::permissionsOf(Role role)
{
    QList<Permission> out;
    for (Permission p : allPermissions()) {
        if (allows(role, p))
            out << p;
    }
    return out;
}

} // namespace eol::core::auth
