#include "serial/SerialSettings.h"

#include <QStringList>

namespace eol::drivers {

namespace {

constexpr int kMaxBaudRate = 12'000'000; // fastest USB-UART bridges (FT2232H, CP2108 class)
constexpr int kMaxOpenTimeoutMs = 60'000;

eol::Error badSetting(const QString& field, const QString& value, const QString& allowed)
{
    return makeError(QStringLiteral("bad_settings"),
                     QStringLiteral("serial setting %1 = \"%2\" is invalid — use %3")
                         .arg(field, value, allowed));
}

eol::Result<void> checkChoice(const QString& field, const QString& value,
                              const QStringList& allowed)
{
    if (allowed.contains(value))
        return {};
    return badSetting(field, value, allowed.join(QStringLiteral(" | ")));
}

} // namespace

eol::Result<void> SerialSettings::validate(const SerialSettings& settings)
{
    if (settings.portName.trimmed().isEmpty()) {
        return makeError(QStringLiteral("bad_settings"),
                         QStringLiteral("serial setting portName is empty — set the fixture's "
                                        "port, e.g. /dev/ttyUSB0"));
    }
    if (settings.baudRate <= 0 || settings.baudRate > kMaxBaudRate) {
        return badSetting(
            QStringLiteral("baudRate"), QString::number(settings.baudRate),
            QStringLiteral("a rate from 1 to %1, e.g. 9600 or 115200").arg(kMaxBaudRate));
    }
    if (settings.dataBits < 5 || settings.dataBits > 8) {
        return badSetting(QStringLiteral("dataBits"), QString::number(settings.dataBits),
                          QStringLiteral("5 | 6 | 7 | 8"));
    }
    if (auto r = checkChoice(QStringLiteral("parity"), settings.parity,
                             {QStringLiteral("none"), QStringLiteral("even"), QStringLiteral("odd"),
                              QStringLiteral("mark"), QStringLiteral("space")});
        !r) {
        return r;
    }
    if (auto r = checkChoice(QStringLiteral("stopBits"), settings.stopBits,
                             {QStringLiteral("1"), QStringLiteral("1.5"), QStringLiteral("2")});
        !r) {
        return r;
    }
    if (auto r = checkChoice(
            QStringLiteral("flowControl"), settings.flowControl,
            {QStringLiteral("none"), QStringLiteral("hardware"), QStringLiteral("software")});
        !r) {
        return r;
    }
    if (settings.openTimeoutMs < 0 || settings.openTimeoutMs > kMaxOpenTimeoutMs) {
        return badSetting(QStringLiteral("openTimeoutMs"), QString::number(settings.openTimeoutMs),
                          QStringLiteral("0 to %1 milliseconds").arg(kMaxOpenTimeoutMs));
    }
    return {};
}

} // namespace eol::drivers
