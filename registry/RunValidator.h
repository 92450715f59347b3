#pragma once

#include "common/Result.h"
#include "registry/IncomingRun.h"

#include <QJsonObject>
#include <QJsonValue>

namespace eol::registry {

/// Checks one run of a batch against the station's run JSON (docs/registry.md). On failure the
/// Error's `code` is the offending JSON field (e.g. "started_utc", "steps[2].verdict") and its
/// message says what is wrong with it.
class RunValidator
{
public:
    static Result<IncomingRun> validate(const QJsonValue& value);
    /// SHA-256 (hex) of the device key: `public_key_sha256`, else computed from `public_key_pem`
    /// or `public_key` (DER bytes of PEM / hex) — the station's own rule.
    static QString publicKeySha256(const QJsonObject& attributes);
    /// Parses an ISO-8601 timestamp; returns it normalised to UTC with ms, or empty if invalid.
    static QString normaliseUtc(const QString& text);
};

} // namespace eol::registry
