#include "at/AtResponse.h"

namespace eol::drivers::at {

QString AtResponse::statusText() const
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("OK");
    case Status::Error:
        return errorText.isEmpty() ? QStringLiteral("ERROR") : errorText;
    case Status::CmeError:
        return QStringLiteral("+CME ERROR: ") + errorText;
    case Status::CmsError:
        return QStringLiteral("+CMS ERROR: ") + errorText;
    case Status::Timeout: {
        const qint64 ms = timeoutMs > 0 ? timeoutMs : elapsedUs / 1000;
        // The two cases need different fixes on the line: a silent device is unpowered, on the
        // wrong port or at the wrong baud rate; a chattering one answered something unexpected.
        return anyByteReceived
                   ? QStringLiteral("timeout after %1 ms: the device sent bytes but no final "
                                    "result code (OK/ERROR)")
                         .arg(ms)
                   : QStringLiteral("timeout after %1 ms with no byte from the device").arg(ms);
    }
    case Status::TransportError:
        return QStringLiteral("transport error: ") + errorText;
    }
    return QStringLiteral("unknown status");
}

} // namespace eol::drivers::at
