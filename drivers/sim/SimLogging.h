#pragma once

#include <QLoggingCategory>

namespace eol::drivers::sim {

/// The simulator's one logging category, "eol.drivers.sim".
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace eol::drivers::sim
