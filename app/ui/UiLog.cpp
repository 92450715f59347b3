#include "ui/UiLog.h"

namespace eol::ui {

Q_LOGGING_CATEGORY(lcUi, "eol.ui")

} // namespace eol::ui
