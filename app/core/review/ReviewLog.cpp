#include "ReviewLog.h"

namespace eol::core::review {

Q_LOGGING_CATEGORY(lcReview, "eol.core.review")

} // namespace eol::core::review
