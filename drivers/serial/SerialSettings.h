#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QString>

namespace eol::drivers {

/// How to open one serial port: a plain value, passed in from the station configuration.
///
/// Text fields use the vocabulary of the plan and station files:
///   parity      "none" | "even" | "odd" | "mark" | "space"
///   stopBits    "1" | "1.5" | "2"
///   flowControl "none" | "hardware" | "software"
struct SerialSettings
{
    QString portName; ///< "/dev/ttyUSB0", "ttyACM0" (resolved under /dev) or "/dev/pts/7"
    int baudRate = 115200;
    int dataBits = 8; ///< 5..8
    QString parity = QStringLiteral("none");
    QString stopBits = QStringLiteral("1");
    QString flowControl = QStringLiteral("none");
    /// How long open() keeps retrying while the device node does not exist yet: USB adapters
    /// and CDC-ACM DUTs enumerate a moment after power-up. The answer (opened or an error)
    /// arrives within this time; 0 = a single attempt.
    int openTimeoutMs = 3000;

    /// Checks every field; on failure the error code is "bad_settings" and the message names
    /// the field, the offending value and the allowed values.
    static eol::Result<void> validate(const SerialSettings& settings);
};

} // namespace eol::drivers

Q_DECLARE_METATYPE(eol::drivers::SerialSettings)
