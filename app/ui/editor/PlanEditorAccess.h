#pragma once

#include <QString>

namespace eol::ui::editor {

/// What the signed-in user may do in the plan editor. The caller (the role-aware menu entry)
/// decides from the user's role; the editor refuses to open without `canEdit`, so an operator
/// cannot reach it by any path that forgets to check.
struct PlanEditorAccess
{
    bool canEdit = false;    ///< hardware lead or administrator
    bool canRelease = false; ///< may release a draft as a new read-only revision
    QString userName;        ///< shown in messages and handed to the revision store
};

} // namespace eol::ui::editor
