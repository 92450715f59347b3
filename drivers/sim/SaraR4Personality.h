#pragma once

#include "sim/ModemPersonality.h"

namespace eol::drivers::sim {

/// u-blox SARA-R410M-02B: echo off, no banner, text CME errors by default, and the quirk of a
/// single CRLF between the information line and OK ("\r\n<info>\r\nOK\r\n").
class SaraR4Personality final : public ModemPersonality
{
public:
    QByteArray bootBytes() const override { return {}; }
    bool echoAfterBoot() const override { return false; }
    int cmeeAfterBoot() const override { return 2; }
    bool crlfPairBeforeFinal() const override { return false; }
    QList<QByteArray> urcs() const override;
    QString firmware() const override;
    std::optional<SimReply> handle(const QByteArray& body, const QByteArray& rawBody,
                                   SimModemState& state, const SimIdentity& identity,
                                   const SimKeyPair& keys) const override;
};

} // namespace eol::drivers::sim
