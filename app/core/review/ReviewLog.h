#pragma once

#include <QLoggingCategory>

namespace eol::core::review {

/// The review module's one logging category, "eol.core.review".
Q_DECLARE_LOGGING_CATEGORY(lcReview)

} // namespace eol::core::review
