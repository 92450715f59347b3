#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace eol::drivers::sim {

class SimKeyPair;

/// The payload of an nRF91 "%KEYGEN:" answer: "<base64url DER>.<base64url COSE_Sign1>", no
/// padding. The DER is a PKCS#10 CSR or a SubjectPublicKeyInfo; the COSE_Sign1 (ES256, signed
/// with the device key) carries the message type, device UUID, sec_tag and the DER's SHA-256,
/// laid out like the real modem's (nrf9160_keygen_nrfcloud_utils.txt).
class NrfKeygen
{
public:
    enum class Format
    {
        Csr,
        PublicKey
    };

    static eol::Result<QByteArray> build(const SimKeyPair& keys, const QString& deviceUuid,
                                         quint32 secTag, Format format, const QString& commonName);
};

} // namespace eol::drivers::sim
