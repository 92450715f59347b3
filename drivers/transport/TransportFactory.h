#pragma once

#include "common/Result.h"
#include "serial/SerialSettings.h"
#include "transport/Transport.h"

#include <QString>

#include <memory>

namespace eol::drivers {

/// Builds the Transport a port specification names: "sim:<personality>[,option...]" is an
/// in-process simulated DUT, anything else a serial device path (settings applied).
/// Call it on the thread that will own the transport.
class TransportFactory
{
public:
    static Result<std::unique_ptr<Transport>> create(const QString& port,
                                                     const SerialSettings& settings);
    static bool isSimulated(const QString& port);
};

} // namespace eol::drivers
