#include "at/AtLogging.h"

namespace eol::drivers::at {

Q_LOGGING_CATEGORY(lcAt, "eol.drivers.at")

} // namespace eol::drivers::at
