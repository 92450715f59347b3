#pragma once

#include <QString>

namespace eol::core::auth {

/// Something a role may or may not do. AccessPolicy says which role may do what.
enum class Permission
{
    RunReleasedPlans, ///< test units with released plan revisions (the operator screen)
    EditPlans,        ///< open the plan editor, save draft revisions
    ReleasePlans,     ///< turn a draft into a released, read-only revision
    ReviewRecords,    ///< open the QA review of the records
    AddNotes,         ///< add (and delete) QA notes on runs and devices
    ManageUsers,      ///< add, change, disable users; set PINs and badges
    ChangeSettings,   ///< change the station settings
    ViewAudit,        ///< read and export the audit trail
};

/// "run_released_plans", "edit_plans", ... (documentation, audit details, --json output).
QString permissionName(Permission permission);

} // namespace eol::core::auth
