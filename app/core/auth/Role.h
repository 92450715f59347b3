#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace eol::core::auth {

/// What a station user is (docs/roles-and-audit.md). Stored as its name() in users.role.
enum class Role
{
    Operator, ///< runs released plans
    Lead,     ///< hardware lead: edits and releases plans, reviews records
    Qa,       ///< reviews records, adds notes, reads the audit trail
    Admin,    ///< manages users and station settings; everything else too
};

/// "operator", "lead", "qa", "admin" — the stored and command-line spelling.
QString roleName(Role role);
/// Parses roleName() (case-insensitive; "hardware-lead" is accepted for "lead").
std::optional<Role> roleFromName(const QString& name);
/// Every role name, in Role order.
QStringList roleNames();

} // namespace eol::core::auth
