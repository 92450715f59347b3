#pragma once

#include <QLoggingCategory>

/// The registry's one logging category, "eol.registry". Tokens are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
