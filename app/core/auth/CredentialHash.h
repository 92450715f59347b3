#pragma once

#include "auth/KdfParams.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace eol::core::auth {

/// Slow, salted hashing of PINs with scrypt (OpenSSL EVP_PBE_scrypt), and the lookup digest of
/// badge ids. Encoded hashes carry their parameters (PHC string format):
///
///     $scrypt$ln=15,r=8,p=1$<salt, base64>$<32-byte key, base64>
///
/// so the cost can be raised later: old hashes still verify and needsRehash() says when to
/// store a new one (UserStore does that at the next good login). Why scrypt, the cost and what
/// it does and does not protect: docs/roles-and-audit.md "Credentials".
class CredentialHash
{
public:
    using Params = KdfParams;

    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;

    static Params defaultParams() { return {}; }

    /// A new random salt and the scrypt key of `secret`, encoded as above.
    static Result<QString> hash(const QByteArray& secret, const Params& params = defaultParams());
    /// True when `secret` gives the key stored in `encoded` (constant-time comparison). False for
    /// a malformed or out-of-range encoding (a tampered row never allocates gigabytes).
    static bool verify(const QByteArray& secret, const QString& encoded);
    /// Spends the same time as a verify() with the default parameters and returns false: used
    /// for unknown users, so timing does not tell who exists.
    static void verifyNothing(const QByteArray& secret);
    /// The parameters inside `encoded`, or nullopt when it is not a valid scrypt encoding.
    static std::optional<Params> paramsOf(const QString& encoded);
    /// True when `encoded` uses other parameters than `current` (or cannot be read).
    static bool needsRehash(const QString& encoded, const Params& current = defaultParams());

    /// Lower-case hex SHA-256 of a badge id (domain-separated). Badge ids are long random tokens,
    /// so a fast unsalted digest is enough and lets the station look a badge up by its digest.
    static QString badgeDigest(const QString& badgeId);
};

} // namespace eol::core::auth
