#include "ReviewUiLog.h"

namespace eol::ui::review {

Q_LOGGING_CATEGORY(lcReviewUi, "eol.ui.review")

} // namespace eol::ui::review
