#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace eol::drivers::sim {

/// One chunk of bytes a simulated device sends, and when: delayMs after the previous chunk
/// (or after the command that caused it, for the first chunk of an answer).
struct SimOutput
{
    QByteArray bytes;
    int delayMs = 0;

    friend bool operator==(const SimOutput&, const SimOutput&) = default;
};

} // namespace eol::drivers::sim

Q_DECLARE_METATYPE(eol::drivers::sim::SimOutput)
