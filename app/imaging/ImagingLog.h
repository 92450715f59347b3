#pragma once

#include <QLoggingCategory>

namespace eol::imaging {

/// The imaging module's one logging category, "eol.imaging".
Q_DECLARE_LOGGING_CATEGORY(lcImaging)

} // namespace eol::imaging
