#pragma once

#include "sim/ModemPersonality.h"

namespace eol::drivers::sim {

/// Nordic nRF9160 (SICA B0A) running the at_client sample, modem firmware mfw_nrf9160_1.3.5:
/// no echo, "Ready" banner, CMEE 0 by default, %KEYGEN with a real P-256 key.
class Nrf91Personality final : public ModemPersonality
{
public:
    QByteArray bootBytes() const override;
    bool echoAfterBoot() const override { return false; }
    int cmeeAfterBoot() const override { return 0; }
    // at_client boots the modem into CFUN=0; the host switches it on or to offline mode.
    int cfunAfterBoot() const override { return 0; }
    QList<QByteArray> urcs() const override;
    QString firmware() const override;
    std::optional<SimReply> handle(const QByteArray& body, const QByteArray& rawBody,
                                   SimModemState& state, const SimIdentity& identity,
                                   const SimKeyPair& keys) const override;

private:
    static SimReply keygen(const QByteArray& rawArguments, const SimIdentity& identity,
                           const SimKeyPair& keys);
};

} // namespace eol::drivers::sim
