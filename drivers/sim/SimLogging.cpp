#include "sim/SimLogging.h"

namespace eol::drivers::sim {

Q_LOGGING_CATEGORY(lcSim, "eol.drivers.sim")

} // namespace eol::drivers::sim
