#pragma once

#include "sim/SimConfig.h"
#include "sim/SimModemState.h"
#include "sim/SimReply.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace eol::drivers::sim {

struct SimIdentity;
class SimKeyPair;

/// One modem dialect: what the module says at boot, its defaults, and its answers to the
/// commands it knows. Framing (echo, CRLFs, CMEE rendering), faults and the commands common to
/// every personality (AT, ATE, +CMEE, +CFUN, +CIMI, the product's +DEVSN?) live in
/// SimulatedModem; a personality only knows its own dialect.
class ModemPersonality
{
public:
    virtual ~ModemPersonality() = default;

    static std::unique_ptr<ModemPersonality> create(SimConfig::Personality personality);

    /// Every byte the module sends at power-on, pre-boot garbage included.
    virtual QByteArray bootBytes() const = 0;
    virtual bool echoAfterBoot() const = 0;
    virtual int cmeeAfterBoot() const = 0;
    virtual int cfunAfterBoot() const { return 1; }
    /// false for modules that send "<info>\r\nOK\r\n" instead of "<info>\r\n\r\nOK\r\n".
    virtual bool crlfPairBeforeFinal() const { return true; }
    /// URCs this module is known to send; urc-storm cycles through them.
    virtual QList<QByteArray> urcs() const = 0;
    /// The firmware version a station records, e.g. "mfw_nrf9160_1.3.5".
    virtual QString firmware() const = 0;
    /// The +CME ERROR this module gives for a command it does not know.
    virtual SimReply unknownCommand() const
    {
        return SimReply::cmeError(4, QByteArrayLiteral("operation not supported"));
    }

    /// Answers body, the upper-cased command after "AT" (rawBody keeps the original case), or
    /// nullopt if this dialect has no such command.
    virtual std::optional<SimReply> handle(const QByteArray& body, const QByteArray& rawBody,
                                           SimModemState& state, const SimIdentity& identity,
                                           const SimKeyPair& keys) const = 0;
};

} // namespace eol::drivers::sim
