#pragma once

#include <QLoggingCategory>

namespace eol::drivers::at {

/// The AT layer's logging category, "eol.drivers.at" (codec and command session).
Q_DECLARE_LOGGING_CATEGORY(lcAt)

} // namespace eol::drivers::at
