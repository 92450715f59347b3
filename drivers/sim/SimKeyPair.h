#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

// OpenSSL's key type, kept out of this header so users do not need OpenSSL's include path.
struct evp_pkey_st;

namespace eol::drivers::sim {

/// A device's P-256 key pair, as a modem keeps it in its secure storage: the private half never
/// leaves; the simulator only hands out the public key, CSRs and signatures made with it.
/// Move-only; a default-constructed or moved-from SimKeyPair is empty (isValid() false).
class SimKeyPair
{
public:
    SimKeyPair();
    SimKeyPair(SimKeyPair&& other) noexcept;
    SimKeyPair& operator=(SimKeyPair&& other) noexcept;
    ~SimKeyPair();

    /// A fresh random P-256 (prime256v1) key pair.
    static eol::Result<SimKeyPair> generate();

    bool isValid() const;

    /// The public key as DER SubjectPublicKeyInfo (91 bytes for P-256).
    QByteArray spkiDer() const;

    /// A DER PKCS#10 certificate signing request with subject CN=<commonName>, the key usage
    /// extension request nRF9160 modems put in theirs, signed ECDSA-SHA256 with this key.
    eol::Result<QByteArray> csrDer(const QString& commonName) const;

    /// ECDSA-SHA256 over data, in the raw 64-byte r||s form COSE (ES256) and JOSE use.
    eol::Result<QByteArray> sign(const QByteArray& data) const;

private:
    struct Deleter
    {
        void operator()(evp_pkey_st* key) const;
    };
    std::unique_ptr<evp_pkey_st, Deleter> m_key;
};

} // namespace eol::drivers::sim
