#include "sim/Sim7080Personality.h"

#include "sim/SimIdentity.h"

namespace eol::drivers::sim {

QByteArray Sim7080Personality::bootBytes() const
{
    // What a UART sees when the module is power-cycled in the middle of a PPP session: the
    // power-down notice, the tail of an LCP frame, line noise NULs, then the real banner.
    static const char kGarbage[] =
        "\r\nNORMAL POWER DOWN\r\n"
        "\x7e\x7d\x23\xc0\x21\x7d\x25\x7d\x28\x7d\x20\x7d\x24\x23\x5b\x7e"
        "\0\0\0";
    return QByteArray(kGarbage, sizeof kGarbage - 1) +
           QByteArrayLiteral("\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS Ready\r\n");
}

QList<QByteArray> Sim7080Personality::urcs() const
{
    return {QByteArrayLiteral("+CPIN: READY"), QByteArrayLiteral("+APP PDP: 0,ACTIVE")};
}

QString Sim7080Personality::firmware() const
{
    return QStringLiteral("1951B16SIM7080");
}

std::optional<SimReply> Sim7080Personality::handle(const QByteArray& body, const QByteArray&,
                                                   SimModemState&, const SimIdentity& identity,
                                                   const SimKeyPair&) const
{
    if (body == "+CGMR" || body == "+GMR")
        return SimReply::ok({"Revision:" + firmware().toLatin1()});
    if (body == "+CGMI")
        return SimReply::ok({QByteArrayLiteral("SIMCOM_Ltd")});
    if (body == "I")
        return SimReply::ok({QByteArrayLiteral("R1951.07")});
    if (body == "+CGSN" || body == "+GSN")
        return SimReply::ok({identity.imei.toLatin1()});
    if (body == "+CCID")
        return SimReply::ok({identity.iccid.toLatin1()});
    if (body == "+CPIN?")
        return SimReply::ok({QByteArrayLiteral("+CPIN: READY")});
    if (body.startsWith("+IPR="))
        return SimReply::ok();
    if (body == "+CNACT=0,1" || body == "+CNACT=0,0") {
        SimReply reply = SimReply::ok();
        reply.urcsAfter = {body.endsWith('1') ? QByteArrayLiteral("+APP PDP: 0,ACTIVE")
                                              : QByteArrayLiteral("+APP PDP: 0,DEACTIVE")};
        return reply;
    }
    return std::nullopt;
}

} // namespace eol::drivers::sim
