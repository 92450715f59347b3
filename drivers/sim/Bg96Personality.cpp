#include "sim/Bg96Personality.h"

#include "sim/SimIdentity.h"

namespace eol::drivers::sim {

QByteArray Bg96Personality::bootBytes() const
{
    return QByteArrayLiteral("\r\nRDY\r\n\r\nAPP RDY\r\n");
}

QList<QByteArray> Bg96Personality::urcs() const
{
    return {QByteArrayLiteral("+QIND: SMS DONE"), QByteArrayLiteral("+CPIN: READY"),
            QByteArrayLiteral("+QUSIM: 1")};
}

QString Bg96Personality::firmware() const
{
    return QStringLiteral("BG96MAR02A07M1G_01.019.01.019");
}

std::optional<SimReply> Bg96Personality::handle(const QByteArray& body, const QByteArray&,
                                                SimModemState&, const SimIdentity& identity,
                                                const SimKeyPair&) const
{
    if (body == "I") {
        return SimReply::ok({QByteArrayLiteral("Quectel"), QByteArrayLiteral("BG96"),
                             QByteArrayLiteral("Revision: BG96MAR02A07M1G")});
    }
    if (body == "+CGMI")
        return SimReply::ok({QByteArrayLiteral("Quectel")});
    if (body == "+CGMM")
        return SimReply::ok({QByteArrayLiteral("BG96")});
    if (body == "+CGMR")
        return SimReply::ok({QByteArrayLiteral("BG96MAR02A07M1G")});
    if (body == "+QGMR")
        return SimReply::ok({firmware().toLatin1()});
    if (body == "+GSN" || body == "+CGSN")
        return SimReply::ok({identity.imei.toLatin1()});
    if (body == "+CGSN=?" || body == "&F")
        return SimReply::ok();
    if (body == "+QCCID")
        return SimReply::ok({"+QCCID: " + identity.iccid.toLatin1() + 'F'});
    if (body == "+CPIN?")
        return SimReply::ok({QByteArrayLiteral("+CPIN: READY")});
    if (body.startsWith("+CPIN=")) {
        // The SIM comes up after the PIN: CPIN READY and QUSIM first, SMS storage later.
        SimReply reply = SimReply::ok();
        reply.urcsAfter = {QByteArrayLiteral("+CPIN: READY"), QByteArrayLiteral("+QUSIM: 1"),
                           QByteArrayLiteral("+QIND: SMS DONE")};
        return reply;
    }
    if (body == "+CSQ")
        return SimReply::ok({QByteArrayLiteral("+CSQ: 23,99")});
    return std::nullopt;
}

} // namespace eol::drivers::sim
