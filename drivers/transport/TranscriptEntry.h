#pragma once

#include <QByteArray>
#include <QMetaType>

namespace eol::drivers {

/// One chunk of bytes on the wire, timestamped, for the run's transcript.
struct TranscriptEntry
{
    enum class Direction { ToDevice, FromDevice, Note };

    qint64 utcMicros = 0; ///< microseconds since the Unix epoch, UTC
    Direction direction = Direction::FromDevice;
    QByteArray bytes;
};

} // namespace eol::drivers

Q_DECLARE_METATYPE(eol::drivers::TranscriptEntry)
