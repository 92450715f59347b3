#include "auth/CredentialHash.h"

#include "auth/AuthLog.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace eol::core::auth {

namespace {

// Bounds for parameters read back from the database: enough headroom to raise the cost for
// years, small enough that a tampered row cannot make a login allocate gigabytes.
constexpr int kMinLog2N = 10;
constexpr int kMaxLog2N = 20;
constexpr int kMaxR = 32;
constexpr int kMaxP = 16;

bool inRange(const CredentialHash::Params& p)
{
    return p.log2N >= kMinLog2N && p.log2N <= kMaxLog2N && p.r >= 1 && p.r <= kMaxR && p.p >= 1 &&
           p.p <= kMaxP;
}

std::optional<QByteArray> scrypt(const QByteArray& secret, const QByteArray& salt,
                                 const CredentialHash::Params& p, int keyBytes)
{
    const uint64_t n = uint64_t(1) << p.log2N;
    // OpenSSL refuses more than 32 MiB by default; allow what these parameters need, plus slack.
    const uint64_t maxMem = 128ull * uint64_t(p.r) * (n + uint64_t(p.p) + 2) + (1ull << 20);
    QByteArray key(keyBytes, Qt::Uninitialized);
    const int ok = EVP_PBE_scrypt(secret.constData(), size_t(secret.size()),
                                  reinterpret_cast<const unsigned char*>(salt.constData()),
                                  size_t(salt.size()), n, uint64_t(p.r), uint64_t(p.p), maxMem,
                                  reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()));
    if (ok != 1)
        return std::nullopt;
    return key;
}

struct Decoded
{
    CredentialHash::Params params;
    QByteArray salt;
    QByteArray key;
};

std::optional<Decoded> decode(const QString& encoded)
{
    static const QRegularExpression format(
        QStringLiteral("^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/"
                       "]+)\\$([A-Za-z0-9+/]+)$"));
    const auto m = format.match(encoded);
    if (!m.hasMatch())
        return std::nullopt;
    Decoded d;
    d.params.log2N = m.captured(1).toInt();
    d.params.r = m.captured(2).toInt();
    d.params.p = m.captured(3).toInt();
    if (!inRange(d.params))
        return std::nullopt;
    auto salt = QByteArray::fromBase64Encoding(m.captured(4).toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors |
                                                   QByteArray::OmitTrailingEquals);
    auto key = QByteArray::fromBase64Encoding(m.captured(5).toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors |
                                                  QByteArray::OmitTrailingEquals);
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() < 16 ||
        key.decoded.size() > 64)
        return std::nullopt;
    d.salt = salt.decoded;
    d.key = key.decoded;
    return d;
}

QByteArray base64(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Result<QString> CredentialHash::hash(const QByteArray& secret, const Params& params)
{
    if (!inRange(params))
        return makeError(QStringLiteral("auth_bad_kdf_params"),
                         QStringLiteral("scrypt parameters ln=%1,r=%2,p=%3 are outside the "
                                        "supported range (ln %4..%5, r 1..%6, p 1..%7)")
                             .arg(params.log2N)
                             .arg(params.r)
                             .arg(params.p)
                             .arg(kMinLog2N)
                             .arg(kMaxLog2N)
                             .arg(kMaxR)
                             .arg(kMaxP));
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return makeError(QStringLiteral("auth_no_random"),
                         QStringLiteral("the system random generator failed; the PIN was not "
                                        "stored — retry, and check the station's OpenSSL"));
    const auto key = scrypt(secret, salt, params, kKeyBytes);
    if (!key)
        return makeError(QStringLiteral("auth_kdf_failed"),
                         QStringLiteral("scrypt failed (out of memory?); the PIN was not stored"));
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(params.log2N)
        .arg(params.r)
        .arg(params.p)
        .arg(QString::fromLatin1(base64(salt)), QString::fromLatin1(base64(*key)));
}

bool CredentialHash::verify(const QByteArray& secret, const QString& encoded)
{
    const auto d = decode(encoded);
    if (!d) {
        qCWarning(lcAuth) << "a stored PIN hash is not a valid scrypt encoding; login refused";
        return false;
    }
    const auto key = scrypt(secret, d->salt, d->params, int(d->key.size()));
    if (!key)
        return false;
    // Constant time: how many leading bytes matched must not show in the timing.
    return CRYPTO_memcmp(key->constData(), d->key.constData(), size_t(d->key.size())) == 0;
}

void CredentialHash::verifyNothing(const QByteArray& secret)
{
    static const QByteArray salt(kSaltBytes, '\0');
    (void)scrypt(secret, salt, defaultParams(), kKeyBytes);
}

std::optional<CredentialHash::Params> CredentialHash::paramsOf(const QString& encoded)
{
    const auto d = decode(encoded);
    if (!d)
        return std::nullopt;
    return d->params;
}

bool CredentialHash::needsRehash(const QString& encoded, const Params& current)
{
    const auto p = paramsOf(encoded);
    return !p || !(*p == current);
}

QString CredentialHash::badgeDigest(const QString& badgeId)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("eol-station badge v1"));
    h.addData(QByteArrayView("\0", 1));
    h.addData(badgeId.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace eol::core::auth
