#pragma once

#include <QLoggingCategory>

namespace eol::ui::editor {

/// The plan editor's one logging category ("eol.ui.editor").
Q_DECLARE_LOGGING_CATEGORY(lcEditor)

} // namespace eol::ui::editor
