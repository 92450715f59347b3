#pragma once

#include "common/Result.h"
#include "ui/editor/PlanSource.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace eol::ui::editor {

/// The plan revision store as the editor sees it, injected by whoever opens the editor (the
/// store itself lives in app/core/planrepo). An unset hook disables the action that needs it.
struct PlanRevisionHooks
{
    /// "Edit as new draft" on a released revision: the store makes a draft from it and returns
    /// that draft, which the editor then opens for editing. The released revision is untouched.
    std::function<eol::Result<PlanSource>(const PlanSource& released)> createDraft;
    /// "Save" of a draft that lives in the store: stores `bytes` as the draft's content and
    /// returns the draft as stored.
    std::function<eol::Result<PlanSource>(const PlanSource& draft, const QByteArray& bytes)>
        saveDraft;
    /// "Release…": releases the saved draft (the store stamps revision, author, time and hash)
    /// and returns the released revision, which the editor then shows read-only.
    std::function<eol::Result<PlanSource>(const PlanSource& draft, const QString& note)> release;
};

} // namespace eol::ui::editor
