#pragma once

#include "sim/SimConfig.h"
#include "sim/SimIdentity.h"
#include "sim/SimKeyPair.h"
#include "sim/SimModemState.h"
#include "sim/SimOutput.h"
#include "sim/SimReply.h"

#include <QByteArray>
#include <QList>
#include <memory>

namespace eol::drivers::sim {

class ModemPersonality;

/// A simulated device under test at the protocol level, sans-IO: bytes in, timed bytes out.
/// It owns no port and no timer; SimTransport (in-process) and PtySimServer (a real pty) put
/// it on a wire. Every command gets exactly the bytes the real module would send, in the
/// configured personality's dialect, plus the configured faults.
///
/// Besides the modem's own commands every personality answers the product firmware's
/// AT+DEVSN? with +DEVSN: "<serial>".
class SimulatedModem
{
public:
    explicit SimulatedModem(const SimConfig& config);
    ~SimulatedModem();
    SimulatedModem(const SimulatedModem&) = delete;
    SimulatedModem& operator=(const SimulatedModem&) = delete;

    /// Powers the device on: resets echo/CMEE/CFUN to the personality's defaults, drops any
    /// partial command and returns the boot output (empty with no-banner, or once unplugged).
    QList<SimOutput> boot();

    /// Takes bytes from the host; complete command lines (ended by CR; a following LF is
    /// ignored) are answered, a partial line waits for the rest.
    QList<SimOutput> feed(const QByteArray& bytes);

    const SimIdentity& identity() const { return m_identity; }
    const SimConfig& config() const { return m_config; }
    /// True once the unplug=<n> fault has struck: the device answers nothing any more.
    bool unplugged() const { return m_unplugged; }
    /// Commands that got an answer (an echo alone does not count).
    int commandsAnswered() const { return m_commandsAnswered; }

private:
    QList<SimOutput> execute(const QByteArray& line);
    SimReply dispatch(const QByteArray& body, const QByteArray& rawBody);
    QByteArray frame(const SimReply& reply, const QByteArray& urcInside) const;
    QByteArray finalResult(const SimReply& reply) const;
    QByteArray nextStormUrc();
    static bool matchesAny(const QByteArray& line, const QStringList& prefixes);

    SimConfig m_config;
    std::unique_ptr<ModemPersonality> m_personality;
    SimKeyPair m_keys;
    SimIdentity m_identity;
    SimModemState m_state;
    QByteArray m_lineBuffer;
    int m_commandsAnswered = 0;
    int m_stormIndex = 0;
    bool m_unplugged = false;
};

} // namespace eol::drivers::sim
