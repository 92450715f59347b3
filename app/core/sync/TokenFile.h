#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace eol::core::sync {

/// The registry bearer token, read from a file only its owner can read. The token is a secret:
/// it is never logged and never part of an error message.
class TokenFile
{
public:
    /// The token (whitespace trimmed). Refused when the file is missing, empty, or readable or
    /// writable by group or others (anything but mode 0600 / 0400).
    static Result<QByteArray> read(const QString& path);
};

} // namespace eol::core::sync
