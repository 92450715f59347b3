#pragma once

#include <QLoggingCategory>

namespace eol::ui::review {

/// The QA review window's one logging category ("eol.ui.review").
Q_DECLARE_LOGGING_CATEGORY(lcReviewUi)

} // namespace eol::ui::review
