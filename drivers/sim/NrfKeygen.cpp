#include "sim/NrfKeygen.h"

#include "sim/SimKeyPair.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace eol::drivers::sim {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int kCoseAlgEs256 = -7;
constexpr int kCoseHeaderAlg = 1;
constexpr int kCoseHeaderKid = 4;
constexpr int kCoseSign1Tag = 18;
constexpr int kMessageTypePublicKey = 8; // "pubkey_msg_v2" in nRF Cloud's tools
constexpr int kMessageTypeCsr = 9;       // "CSR_msg_v1"

} // namespace

eol::Result<QByteArray> NrfKeygen::build(const SimKeyPair& keys, const QString& deviceUuid,
                                         quint32 secTag, Format format, const QString& commonName)
{
    QByteArray der;
    if (format == Format::Csr) {
        auto csr = keys.csrDer(commonName);
        if (!csr)
            return csr.error();
        der = std::move(csr).value();
    } else {
        der = keys.spkiDer();
    }

    QByteArray nonce(16, '\0');
    for (auto& byte : nonce)
        byte = char(QRandomGenerator::global()->bounded(256));

    const QCborArray message{
        format == Format::Csr ? kMessageTypeCsr : kMessageTypePublicKey,
        QUuid::fromString(deviceUuid).toRfc4122(),
        QCborValue(qint64(secTag)).toCbor(),
        QCryptographicHash::hash(der, QCryptographicHash::Sha256),
        nonce,
    };
    const QByteArray payload =
        QCborValue(QCborKnownTags::Signature, message.toCborValue()).toCbor();
    const QByteArray protectedHeader =
        QCborValue(QCborMap{{kCoseHeaderAlg, kCoseAlgEs256}}).toCbor();

    // RFC 9052 section 4.4: the signature covers Sig_structure, not the bare payload.
    const QCborArray sigStructure{QStringLiteral("Signature1"), protectedHeader, QByteArray(),
                                  payload};
    const auto signature = keys.sign(sigStructure.toCborValue().toCbor());
    if (!signature)
        return signature.error();

    const QCborArray sign1{protectedHeader, QCborMap{{kCoseHeaderKid, QByteArray(1, '\x21')}},
                           payload, signature.value()};
    const QByteArray cose = QCborValue(QCborTag(kCoseSign1Tag), sign1.toCborValue()).toCbor();
    return QByteArray(der.toBase64(kBase64Url) + '.' + cose.toBase64(kBase64Url));
}

} // namespace eol::drivers::sim
