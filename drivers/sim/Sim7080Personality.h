#pragma once

#include "sim/ModemPersonality.h"

namespace eol::drivers::sim {

/// SIMCom SIM7080G (Revision:1951B16SIM7080): leftover PPP bytes and "NORMAL POWER DOWN"
/// before the RDY banner, echo on after boot, text CME errors, bare ICCID, +APP PDP URC.
class Sim7080Personality final : public ModemPersonality
{
public:
    QByteArray bootBytes() const override;
    bool echoAfterBoot() const override { return true; }
    int cmeeAfterBoot() const override { return 2; }
    QList<QByteArray> urcs() const override;
    QString firmware() const override;
    SimReply unknownCommand() const override
    {
        return SimReply::cmeError(3, QByteArrayLiteral("operation not allowed"));
    }
    std::optional<SimReply> handle(const QByteArray& body, const QByteArray& rawBody,
                                   SimModemState& state, const SimIdentity& identity,
                                   const SimKeyPair& keys) const override;
};

} // namespace eol::drivers::sim
