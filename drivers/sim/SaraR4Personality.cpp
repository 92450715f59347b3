#include "sim/SaraR4Personality.h"

#include "sim/SimIdentity.h"

namespace eol::drivers::sim {

QList<QByteArray> SaraR4Personality::urcs() const
{
    return {QByteArrayLiteral("+CEREG: 1,\"D0B\",\"C45C010\",8"),
            QByteArrayLiteral("+UUSORF: 0,171")};
}

QString SaraR4Personality::firmware() const
{
    return QStringLiteral("L0.0.00.00.05.06 [Feb 03 2018 13:00:41]");
}

std::optional<SimReply> SaraR4Personality::handle(const QByteArray& body, const QByteArray&,
                                                  SimModemState& state, const SimIdentity& identity,
                                                  const SimKeyPair&) const
{
    if (body == "+CGMI")
        return SimReply::ok({QByteArrayLiteral("u-blox")});
    if (body == "+CGMM")
        return SimReply::ok({QByteArrayLiteral("SARA-R410M-02B")});
    if (body == "+CGMR")
        return SimReply::ok({firmware().toLatin1()});
    if (body == "+CGSN" || body == "+CGSN=0")
        return SimReply::ok({identity.imei.toLatin1()});
    if (body == "+CGSN=1")
        return SimReply::ok({"+CGSN: \"" + identity.imei.toLatin1() + '"'});
    if (body == "+CCID")
        return SimReply::ok({"+CCID: " + identity.iccid.toLatin1()});
    if (body == "+CEREG?")
        return SimReply::ok({QByteArrayLiteral("+CEREG: 2,1,\"D0B\",\"C45C010\",8")});
    if (body.startsWith("+CEREG=")) {
        bool ok = false;
        const int mode = body.mid(7).toInt(&ok);
        if (!ok || mode < 0 || mode > 5)
            return SimReply::cmeError(50, QByteArrayLiteral("incorrect parameters"));
        state.ceregMode = mode;
        return SimReply::ok();
    }
    if (body == "+CPIN?")
        return SimReply::ok({QByteArrayLiteral("+CPIN: READY")});
    if (body == "+CSQ")
        return SimReply::ok({QByteArrayLiteral("+CSQ: 18,99")});
    return std::nullopt;
}

} // namespace eol::drivers::sim
