#include "sim/SimKeyPair.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace eol::drivers::sim {

namespace {

eol::Error opensslError(const QString& what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return eol::makeError(
        QStringLiteral("crypto_error"),
        QStringLiteral("simulated device: %1 failed (OpenSSL: %2); check the OpenSSL 3 install")
            .arg(what, QString::fromLatin1(code != 0 ? text : "no error queued")));
}

template <typename T, void (*Free)(T*)> struct OsslFree
{
    void operator()(T* p) const { Free(p); }
};
using ReqPtr = std::unique_ptr<X509_REQ, OsslFree<X509_REQ, X509_REQ_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OsslFree<EVP_MD_CTX, EVP_MD_CTX_free>>;
using SigPtr = std::unique_ptr<ECDSA_SIG, OsslFree<ECDSA_SIG, ECDSA_SIG_free>>;

void freeExtensions(STACK_OF(X509_EXTENSION) * extensions)
{
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
}

} // namespace

void SimKeyPair::Deleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

SimKeyPair::SimKeyPair() = default;
SimKeyPair::SimKeyPair(SimKeyPair&& other) noexcept = default;
SimKeyPair& SimKeyPair::operator=(SimKeyPair&& other) noexcept = default;
SimKeyPair::~SimKeyPair() = default;

eol::Result<SimKeyPair> SimKeyPair::generate()
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (key == nullptr)
        return opensslError(QStringLiteral("generating a P-256 key pair"));
    SimKeyPair pair;
    pair.m_key.reset(key);
    return pair;
}

bool SimKeyPair::isValid() const
{
    return m_key != nullptr;
}

QByteArray SimKeyPair::spkiDer() const
{
    if (!m_key)
        return {};
    const int length = i2d_PUBKEY(m_key.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(m_key.get(), &out);
    return der;
}

eol::Result<QByteArray> SimKeyPair::csrDer(const QString& commonName) const
{
    if (!m_key)
        return opensslError(QStringLiteral("making a CSR without a key pair"));
    ReqPtr request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), 0) != 1)
        return opensslError(QStringLiteral("creating a CSR"));

    X509_NAME* subject = X509_REQ_get_subject_name(request.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1)
        return opensslError(QStringLiteral("setting the CSR subject CN"));
    if (X509_REQ_set_pubkey(request.get(), m_key.get()) != 1)
        return opensslError(QStringLiteral("setting the CSR public key"));

    // Real nRF9160 CSRs request exactly this key usage; mirror it so parsers see the same shape.
    std::unique_ptr<STACK_OF(X509_EXTENSION), decltype(&freeExtensions)> extensions(
        sk_X509_EXTENSION_new_null(), &freeExtensions);
    X509_EXTENSION* keyUsage =
        X509V3_EXT_conf_nid(nullptr, nullptr, NID_key_usage,
                            "digitalSignature,nonRepudiation,keyEncipherment,keyAgreement");
    if (!extensions || keyUsage == nullptr ||
        sk_X509_EXTENSION_push(extensions.get(), keyUsage) <= 0 ||
        X509_REQ_add_extensions(request.get(), extensions.get()) != 1)
        return opensslError(QStringLiteral("adding the CSR key usage extension"));

    if (X509_REQ_sign(request.get(), m_key.get(), EVP_sha256()) <= 0)
        return opensslError(QStringLiteral("signing the CSR"));

    const int length = i2d_X509_REQ(request.get(), nullptr);
    if (length <= 0)
        return opensslError(QStringLiteral("encoding the CSR as DER"));
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509_REQ(request.get(), &out);
    return der;
}

eol::Result<QByteArray> SimKeyPair::sign(const QByteArray& data) const
{
    if (!m_key)
        return opensslError(QStringLiteral("signing without a key pair"));
    MdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) != 1)
        return opensslError(QStringLiteral("preparing an ECDSA signature"));
    QByteArray der(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(der.data()), &length,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) != 1)
        return opensslError(QStringLiteral("making an ECDSA signature"));
    der.truncate(qsizetype(length));

    // OpenSSL signs in DER (SEQUENCE of r, s); COSE wants r and s as two 32-byte big-endian
    // integers back to back.
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    SigPtr signature(d2i_ECDSA_SIG(nullptr, &in, long(der.size())));
    if (!signature)
        return opensslError(QStringLiteral("decoding an ECDSA signature"));
    QByteArray raw(64, '\0');
    auto* rawBytes = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(signature.get()), rawBytes, 32) != 32 ||
        BN_bn2binpad(ECDSA_SIG_get0_s(signature.get()), rawBytes + 32, 32) != 32)
        return opensslError(QStringLiteral("converting an ECDSA signature to r||s"));
    return raw;
}

} // namespace eol::drivers::sim
