#pragma once

#include <QLoggingCategory>

namespace eol::core::store {

/// The store module's one logging category, "eol.core.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace eol::core::store
