#include "P256PublicKey.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <memory>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace eol::core::runner {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct BioDeleter
{
    void operator()(BIO* p) const { BIO_free(p); }
};
struct ParamBldDeleter
{
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamDeleter
{
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

constexpr int kPointSize = 65;

eol::Error badKey(const QString& message)
{
    return eol::makeError(QStringLiteral("bad_public_key"), message);
}

Pkey fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Pkey key(d2i_PUBKEY(nullptr, &p, der.size()));
    // Trailing bytes after the SPKI mean it was not one key: reject rather than ignore them.
    if (key && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        return nullptr;
    return key;
}

Pkey fromPem(const QByteArray& pem)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    return Pkey(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

Pkey fromPoint(const QByteArray& point)
{
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bld)
        return nullptr;
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     size_t(point.size()));
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0)
        return nullptr;
    EVP_PKEY* raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return Pkey(raw);
}

/// base64url first (what nRF modems print), then standard base64; padding optional.
QByteArray decodeBase64(const QByteArray& text)
{
    for (auto options : {QByteArray::Base64UrlEncoding, QByteArray::Base64Encoding}) {
        auto decoded =
            QByteArray::fromBase64Encoding(text, options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return decoded.decoded;
    }
    return {};
}

} // namespace

eol::Result<P256PublicKey> P256PublicKey::parse(const QString& text)
{
    QString input = text.trimmed();
    if (input.size() >= 2 && input.startsWith(QLatin1Char('"')) && input.endsWith(QLatin1Char('"')))
        input = input.mid(1, input.size() - 2).trimmed();
    if (input.isEmpty())
        return badKey(QStringLiteral("the public key is empty; the DUT returned no key"));

    Pkey key;
    QString form;
    static const QRegularExpression kHexPoint(QStringLiteral("^(0x)?04[0-9A-Fa-f]{128}$"));
    if (input.contains(QLatin1String("-----BEGIN"))) {
        form = QStringLiteral("PEM");
        key = fromPem(input.toLatin1());
    } else if (kHexPoint.match(input).hasMatch()) {
        form = QStringLiteral("hex point");
        const QString hex = input.startsWith(QLatin1String("0x")) ? input.mid(2) : input;
        key = fromPoint(QByteArray::fromHex(hex.toLatin1()));
    } else {
        // nRF91 %KEYGEN prints "<base64url DER>.<base64url COSE signature>".
        const QString body = input.section(QLatin1Char('.'), 0, 0);
        form = QStringLiteral("base64 DER");
        const QByteArray der = decodeBase64(body.toLatin1());
        if (der.isEmpty()) {
            return badKey(QStringLiteral("the public key '%1' is neither PEM, base64/base64url "
                                         "DER nor a 65-byte hex point")
                              .arg(input.left(48)));
        }
        key = fromDer(der);
    }
    if (!key) {
        return badKey(QStringLiteral("the public key (%1) is not a valid public key: OpenSSL "
                                     "could not decode it, or the point is not on the curve")
                          .arg(form));
    }
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC) {
        return badKey(QStringLiteral("the public key (%1) is a %2 key, not an elliptic-curve "
                                     "P-256 key")
                          .arg(form, QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()))));
    }
    char group[64] = {};
    size_t groupLength = 0;
    if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &groupLength) <= 0 ||
        qstrcmp(group, "prime256v1") != 0) {
        return badKey(QStringLiteral("the public key (%1) is on curve '%2', not P-256 "
                                     "(prime256v1)")
                          .arg(form, QString::fromLatin1(group)));
    }
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(
        EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!ctx || EVP_PKEY_public_check(ctx.get()) != 1) {
        return badKey(
            QStringLiteral("the public key (%1) is not a valid point on P-256").arg(form));
    }

    P256PublicKey result;
    // Ask for the uncompressed form explicitly: a DUT may send a compressed point.
    EVP_PKEY_set_utf8_string_param(key.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                   "uncompressed");
    unsigned char point[kPointSize + 8];
    size_t pointLength = 0;
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point,
                                        sizeof point, &pointLength) <= 0 ||
        pointLength != kPointSize) {
        return badKey(QStringLiteral("the public key (%1) could not be re-encoded as an "
                                     "uncompressed P-256 point")
                          .arg(form));
    }
    result.m_point = QByteArray(reinterpret_cast<const char*>(point), kPointSize);
    unsigned char* der = nullptr;
    const int derLength = i2d_PUBKEY(key.get(), &der);
    if (derLength <= 0)
        return badKey(QStringLiteral("the public key (%1) could not be encoded as DER").arg(form));
    result.m_der = QByteArray(reinterpret_cast<const char*>(der), derLength);
    OPENSSL_free(der);
    return result;
}

QString P256PublicKey::pem() const
{
    QString out = QStringLiteral("-----BEGIN PUBLIC KEY-----\n");
    const QByteArray b64 = m_der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += QString::fromLatin1(b64.mid(i, 64)) + QLatin1Char('\n');
    out += QStringLiteral("-----END PUBLIC KEY-----\n");
    return out;
}

QByteArray P256PublicKey::fingerprintSha256() const
{
    return QCryptographicHash::hash(m_der, QCryptographicHash::Sha256).toHex();
}

} // namespace eol::core::runner
