#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace eol::core::runner {

/// A validated NIST P-256 (prime256v1) public key, as a DUT reports it for provisioning.
/// Accepts the encodings modems actually print: base64url or base64 DER SubjectPublicKeyInfo
/// (also nRF91 `%KEYGEN` output "<spki>.<cose signature>", of which the part before '.' is
/// used), PEM ("-----BEGIN PUBLIC KEY-----"), or hex of the 65-byte uncompressed point
/// (04 || X || Y). OpenSSL verifies the curve and that the point lies on it.
class P256PublicKey
{
public:
    /// Errors (code "bad_public_key") say which encoding was tried and what was wrong.
    static eol::Result<P256PublicKey> parse(const QString& text);

    /// DER SubjectPublicKeyInfo (re-encoded by OpenSSL, so it is canonical).
    QByteArray der() const { return m_der; }
    /// PEM of der(), "-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----\n".
    QString pem() const;
    /// Lower-case hex SHA-256 of der(): the key's fingerprint.
    QByteArray fingerprintSha256() const;
    /// 65 bytes: 0x04 || X || Y.
    QByteArray uncompressedPoint() const { return m_point; }

private:
    P256PublicKey() = default;

    QByteArray m_der;
    QByteArray m_point;
};

} // namespace eol::core::runner
