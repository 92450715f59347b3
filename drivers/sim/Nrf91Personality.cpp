#include "sim/Nrf91Personality.h"

#include "sim/NrfKeygen.h"
#include "sim/SimIdentity.h"
#include "sim/SimKeyPair.h"
#include "sim/SimLogging.h"

namespace eol::drivers::sim {

QByteArray Nrf91Personality::bootBytes() const
{
    return QByteArrayLiteral("\r\nReady\r\n");
}

QList<QByteArray> Nrf91Personality::urcs() const
{
    return {QByteArrayLiteral("+CEREG: 2"), QByteArrayLiteral("+CEREG: 1,\"002F\",\"0012BEEF\",7")};
}

QString Nrf91Personality::firmware() const
{
    return QStringLiteral("mfw_nrf9160_1.3.5");
}

std::optional<SimReply> Nrf91Personality::handle(const QByteArray& body, const QByteArray& rawBody,
                                                 SimModemState& state, const SimIdentity& identity,
                                                 const SimKeyPair& keys) const
{
    if (body == "+CGSN" || body == "+CGSN=0")
        return SimReply::ok({identity.imei.toLatin1()});
    if (body == "+CGSN=1")
        return SimReply::ok({"+CGSN: \"" + identity.imei.toLatin1() + '"'});
    if (body == "+CGMI")
        return SimReply::ok({QByteArrayLiteral("Nordic Semiconductor ASA")});
    if (body == "+CGMM")
        return SimReply::ok({QByteArrayLiteral("nRF9160-SICA")});
    if (body == "+CGMR")
        return SimReply::ok({firmware().toLatin1()});
    if (body == "%XICCID")
        return SimReply::ok({"%XICCID: " + identity.iccid.toLatin1() + 'F'});
    if (body == "%HWVERSION")
        return SimReply::ok({QByteArrayLiteral("%HWVERSION: nRF9160 SICA B0A")});
    if (body == "%XVBAT")
        return SimReply::ok({QByteArrayLiteral("%XVBAT: 4464")});
    if (body == "+CFUN=1") {
        // Switching the radio on starts a network search: the module reports "searching",
        // then "registered, home" with its cell.
        state.cfun = 1;
        SimReply reply = SimReply::ok();
        reply.urcsAfter = urcs();
        return reply;
    }
    if (body.startsWith("%KEYGEN="))
        return keygen(rawBody.mid(qsizetype(qstrlen("%KEYGEN="))), identity, keys);
    return std::nullopt;
}

SimReply Nrf91Personality::keygen(const QByteArray& rawArguments, const SimIdentity& identity,
                                  const SimKeyPair& keys)
{
    // <sec_tag>,<key_type>,<format>[,"<attributes>"]; the attributes may hold commas.
    const QList<QByteArray> head = rawArguments.split(',');
    const auto badParameters = [] {
        return SimReply::cmeError(50, QByteArrayLiteral("Incorrect parameters"));
    };
    if (head.size() < 3)
        return badParameters();
    bool ok = false;
    const quint32 secTag = head.at(0).trimmed().toUInt(&ok);
    if (!ok || head.at(1).trimmed() != "2")
        return badParameters();
    const QByteArray format = head.at(2).trimmed();
    if (format != "0" && format != "1")
        return badParameters();

    QString commonName = identity.deviceUuid;
    if (head.size() > 3) {
        QByteArray attributes =
            rawArguments.mid(head.at(0).size() + head.at(1).size() + head.at(2).size() + 3)
                .trimmed();
        if (attributes.size() < 2 || !attributes.startsWith('"') || !attributes.endsWith('"'))
            return badParameters();
        attributes = attributes.mid(1, attributes.size() - 2);
        for (const QByteArray& attribute : attributes.split(',')) {
            if (attribute.trimmed().toUpper().startsWith("CN="))
                commonName = QString::fromUtf8(attribute.trimmed().mid(3));
        }
    }

    const auto payload = NrfKeygen::build(
        keys, identity.deviceUuid, secTag,
        format == "0" ? NrfKeygen::Format::Csr : NrfKeygen::Format::PublicKey, commonName);
    if (!payload) {
        qCWarning(lcSim) << "nrf91 %KEYGEN failed:" << payload.error().message;
        return SimReply::cmeError(23, QByteArrayLiteral("memory failure"));
    }
    return SimReply::ok({"%KEYGEN: \"" + payload.value() + '"'});
}

} // namespace eol::drivers::sim
