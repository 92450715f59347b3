#pragma once

#include <QString>

namespace eol::registry {

/// A registry API token as stored: only the SHA-256 of the secret, never the secret itself.
struct TokenInfo
{
    QString sha256; ///< hex SHA-256 of the token string
    QString name;   ///< station or user it was issued to, e.g. "st-1"
    QString role;   ///< station (ingest) | reader (read) | admin (both)
    QString createdUtc;
    QString revokedUtc; ///< empty while valid

    bool canIngest() const
    {
        return role == QLatin1String("station") || role == QLatin1String("admin");
    }
    bool canRead() const
    {
        return role == QLatin1String("reader") || role == QLatin1String("admin");
    }
};

} // namespace eol::registry
