#include "imaging/ImagingLog.h"

namespace eol::imaging {

Q_LOGGING_CATEGORY(lcImaging, "eol.imaging")

} // namespace eol::imaging
