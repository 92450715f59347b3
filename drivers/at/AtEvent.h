#pragma once

#include "at/AtResponse.h"

#include <QString>

namespace eol::drivers::at {

/// One thing the AtCodec recognised in the byte stream.
struct AtEvent
{
    enum class Kind
    {
        Response, ///< the in-flight command completed: see response
        Urc,      ///< an unsolicited line (boot banner, +CEREG: ..., RDY): see line
        Stray,    ///< a line belonging to no command (late reply after a timeout, binary garbage)
        Overflow  ///< a line longer than the codec's limit was dropped: line holds its start
    };

    Kind kind = Kind::Urc;
    AtResponse response; ///< for Response
    QString line;        ///< for Urc, Stray and Overflow
};

} // namespace eol::drivers::at
