#include "transport/TransportFactory.h"

#include "serial/SerialTransport.h"
#include "sim/SimConfig.h"
#include "sim/SimTransport.h"

namespace eol::drivers {

namespace {
constexpr auto kSimPrefix = "sim:";
}

bool TransportFactory::isSimulated(const QString& port)
{
    return port.startsWith(QLatin1String(kSimPrefix));
}

Result<std::unique_ptr<Transport>> TransportFactory::create(const QString& port,
                                                            const SerialSettings& settings)
{
    if (port.trimmed().isEmpty()) {
        return makeError(QStringLiteral("bad_settings"),
                         QStringLiteral("no port given: name a serial device (e.g. /dev/ttyUSB0) "
                                        "or a simulated DUT (e.g. sim:nrf91)"));
    }
    if (isSimulated(port)) {
        auto config = sim::SimConfig::parse(port.mid(int(qstrlen(kSimPrefix))));
        if (!config)
            return config.error();
        return std::unique_ptr<Transport>(new sim::SimTransport(config.value()));
    }
    SerialSettings effective = settings;
    effective.portName = port;
    if (auto valid = SerialSettings::validate(effective); !valid)
        return valid.error();
    return std::unique_ptr<Transport>(new SerialTransport(effective));
}

} // namespace eol::drivers
