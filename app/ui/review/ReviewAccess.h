#pragma once

#include <QString>

namespace eol::ui::review {

/// What the signed-in user may do in the review window. The window itself is for QA (the
/// role gate is the caller's: operators never get here); `mayAnnotate` adds writing notes.
struct ReviewAccess
{
    QString userName;         ///< the notes' author
    bool mayAnnotate = false; ///< add and delete notes on runs and devices
};

} // namespace eol::ui::review
