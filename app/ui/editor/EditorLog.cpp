#include "ui/editor/EditorLog.h"

namespace eol::ui::editor {

Q_LOGGING_CATEGORY(lcEditor, "eol.ui.editor")

} // namespace eol::ui::editor
