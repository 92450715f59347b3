#pragma once

#include "sim/ModemPersonality.h"

namespace eol::drivers::sim {

/// Quectel BG96 (firmware BG96MAR02A07M1G): echo on ("ATI\r" then the answer), "RDY"/"APP RDY"
/// banner, numeric CME errors by default, PIN entry followed by SIM URCs.
class Bg96Personality final : public ModemPersonality
{
public:
    QByteArray bootBytes() const override;
    bool echoAfterBoot() const override { return true; }
    int cmeeAfterBoot() const override { return 1; }
    QList<QByteArray> urcs() const override;
    QString firmware() const override;
    std::optional<SimReply> handle(const QByteArray& body, const QByteArray& rawBody,
                                   SimModemState& state, const SimIdentity& identity,
                                   const SimKeyPair& keys) const override;
};

} // namespace eol::drivers::sim
