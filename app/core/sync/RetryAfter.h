#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace eol::core::sync {

/// The HTTP Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
class RetryAfter
{
public:
    /// Milliseconds to wait from `nowUtc`; a date in the past gives 0; nullopt when the value
    /// is absent or unreadable (the caller then uses its own backoff).
    static std::optional<qint64> parseMs(const QByteArray& value, const QDateTime& nowUtc);
};

} // namespace eol::core::sync
