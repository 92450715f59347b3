#include "sim/SimulatedModem.h"

#include "sim/ModemPersonality.h"
#include "sim/SimLogging.h"

namespace eol::drivers::sim {

namespace {

constexpr char kCrlf[] = "\r\n";
// A modem's command line buffer is finite; a host that never sends CR must not grow ours forever.
constexpr qsizetype kMaxLineLength = 4096;

QByteArray urcBytes(const QByteArray& urc)
{
    return kCrlf + urc + kCrlf;
}

} // namespace

SimulatedModem::SimulatedModem(const SimConfig& config)
    : m_config(config), m_personality(ModemPersonality::create(config.personality)),
      m_identity(SimIdentity::fromSeed(config.seed, config.badImei, config.serial))
{
    auto keys = SimKeyPair::generate();
    if (keys) {
        m_keys = std::move(keys).value();
    } else {
        // The rest of the device still works; %KEYGEN then answers an error.
        qCWarning(lcSim) << "simulated" << config.personalityName()
                         << "has no key pair:" << keys.error().message;
    }
    m_identity.firmware = m_personality->firmware();
    m_identity.publicKeySpkiDer = m_keys.spkiDer();
    m_state.echo = m_personality->echoAfterBoot();
    m_state.cmee = m_personality->cmeeAfterBoot();
    m_state.cfun = m_personality->cfunAfterBoot();
}

SimulatedModem::~SimulatedModem() = default;

QList<SimOutput> SimulatedModem::boot()
{
    m_lineBuffer.clear();
    m_state = SimModemState{};
    m_state.echo = m_personality->echoAfterBoot();
    m_state.cmee = m_personality->cmeeAfterBoot();
    m_state.cfun = m_personality->cfunAfterBoot();
    if (m_unplugged || m_config.noBanner)
        return {};
    const QByteArray banner = m_personality->bootBytes();
    if (banner.isEmpty())
        return {};
    return {SimOutput{banner, m_config.latencyMs}};
}

QList<SimOutput> SimulatedModem::feed(const QByteArray& bytes)
{
    QList<SimOutput> outputs;
    for (const char c : bytes) {
        if (m_unplugged || m_config.noAnswer)
            break;
        if (c == '\r') {
            outputs += execute(m_lineBuffer);
            m_lineBuffer.clear();
        } else if (c != '\n' && m_lineBuffer.size() < kMaxLineLength) {
            m_lineBuffer.append(c);
        }
    }
    if (m_unplugged || m_config.noAnswer)
        m_lineBuffer.clear();
    return outputs;
}

bool SimulatedModem::matchesAny(const QByteArray& line, const QStringList& prefixes)
{
    const QByteArray upper = line.toUpper();
    for (const QString& prefix : prefixes) {
        const QByteArray wanted = prefix.toLatin1().toUpper();
        if (upper.startsWith(wanted) ||
            (!wanted.startsWith("AT") && upper.startsWith("AT") && upper.mid(2).startsWith(wanted)))
            return true;
    }
    return false;
}

QList<SimOutput> SimulatedModem::execute(const QByteArray& rawLine)
{
    const QByteArray line = rawLine.trimmed();
    if (line.isEmpty())
        return {};
    // A modem's interpreter waits for the "AT" prefix; anything else is line noise.
    if (!line.toUpper().startsWith("AT")) {
        qCDebug(lcSim) << "ignoring non-AT line" << line;
        return {};
    }
    if (matchesAny(line, m_config.noAnswerCommands)) {
        qCDebug(lcSim) << "no-answer fault swallows" << line;
        return {};
    }

    QList<SimOutput> outputs;
    // The echo reflects the line as typed plus its CR, and precedes any processing: this is
    // why "ATE0" is itself echoed and "ATE1" is not.
    if (m_state.echo)
        outputs.append(SimOutput{line + '\r', 0});

    const QByteArray rawBody = line.mid(2);
    const SimReply reply = matchesAny(line, m_config.cmeErrorCommands)
                               ? SimReply::cmeError(23, QByteArrayLiteral("memory failure"))
                               : dispatch(rawBody.toUpper(), rawBody);

    const int answerDelay = m_config.latencyMs + m_config.slowMs;
    QByteArray urcInside;
    if (m_config.urcStorm) {
        outputs.append(SimOutput{urcBytes(nextStormUrc()), answerDelay});
        urcInside = nextStormUrc();
    }
    outputs.append(SimOutput{frame(reply, urcInside), m_config.urcStorm ? 0 : answerDelay});
    for (const QByteArray& urc : reply.urcsAfter)
        outputs.append(SimOutput{urcBytes(urc), 0});
    if (m_config.urcStorm)
        outputs.append(SimOutput{urcBytes(nextStormUrc()), 0});

    ++m_commandsAnswered;
    if (m_config.unplugAfter >= 0 && m_commandsAnswered >= m_config.unplugAfter) {
        qCInfo(lcSim) << "unplug fault: device disappears after" << m_commandsAnswered
                      << "commands";
        m_unplugged = true;
    }
    return outputs;
}

SimReply SimulatedModem::dispatch(const QByteArray& body, const QByteArray& rawBody)
{
    if (auto reply = m_personality->handle(body, rawBody, m_state, m_identity, m_keys))
        return *reply;

    // Commands every personality (and the product firmware on top of it) understands.
    if (body.isEmpty())
        return SimReply::ok();
    if (body == "E" || body == "E0" || body == "E1") {
        m_state.echo = body == "E1";
        return SimReply::ok();
    }
    if (body == "+CMEE?")
        return SimReply::ok({"+CMEE: " + QByteArray::number(m_state.cmee)});
    if (body.startsWith("+CMEE=")) {
        bool ok = false;
        const int mode = body.mid(6).toInt(&ok);
        if (!ok || mode < 0 || mode > 2)
            return SimReply::cmeError(50, QByteArrayLiteral("incorrect parameters"));
        m_state.cmee = mode;
        return SimReply::ok();
    }
    if (body == "+CFUN?")
        return SimReply::ok({"+CFUN: " + QByteArray::number(m_state.cfun)});
    if (body.startsWith("+CFUN=")) {
        bool ok = false;
        const int level = body.mid(6).split(',').value(0).toInt(&ok);
        if (!ok || level < 0 || level > 127)
            return SimReply::cmeError(50, QByteArrayLiteral("incorrect parameters"));
        m_state.cfun = level;
        return SimReply::ok();
    }
    if (body.startsWith("+CEREG=")) {
        bool ok = false;
        const int mode = body.mid(7).toInt(&ok);
        if (!ok || mode < 0 || mode > 5)
            return SimReply::cmeError(50, QByteArrayLiteral("incorrect parameters"));
        m_state.ceregMode = mode;
        return SimReply::ok();
    }
    if (body == "+CIMI")
        return SimReply::ok({m_identity.imsi.toLatin1()});
    if (body == "+DEVSN?")
        return SimReply::ok({"+DEVSN: \"" + m_identity.serial.toUtf8() + '"'});

    qCDebug(lcSim) << m_config.personalityName() << "does not know" << rawBody;
    return m_personality->unknownCommand();
}

QByteArray SimulatedModem::finalResult(const SimReply& reply) const
{
    switch (reply.final) {
    case SimReply::Final::Ok:
        return QByteArrayLiteral("OK");
    case SimReply::Final::Error:
        return QByteArrayLiteral("ERROR");
    case SimReply::Final::CmeError:
        break;
    }
    if (m_state.cmee == 1)
        return "+CME ERROR: " + QByteArray::number(reply.cmeCode);
    if (m_state.cmee == 2)
        return "+CME ERROR: " + reply.cmeText;
    return QByteArrayLiteral("ERROR");
}

QByteArray SimulatedModem::frame(const SimReply& reply, const QByteArray& urcInside) const
{
    QByteArray bytes;
    if (!reply.lines.isEmpty()) {
        bytes += kCrlf;
        for (const QByteArray& line : reply.lines)
            bytes += line + kCrlf;
    }
    if (!urcInside.isEmpty())
        bytes += urcBytes(urcInside);
    // SARA-R4 separates the information text from OK by one CRLF only.
    if (reply.lines.isEmpty() || m_personality->crlfPairBeforeFinal() || !urcInside.isEmpty())
        bytes += kCrlf;
    bytes += finalResult(reply) + kCrlf;
    return bytes;
}

QByteArray SimulatedModem::nextStormUrc()
{
    const QList<QByteArray> urcs = m_personality->urcs();
    return urcs.at(m_stormIndex++ % urcs.size());
}

} // namespace eol::drivers::sim
