#pragma once

#include <QString>

namespace eol::core::sync {

/// Everything the sync worker needs, passed in by whoever builds it (core reads no settings).
/// The CLI fills it from --registry/--token-file/--ca-file or EOL_REGISTRY_URL,
/// EOL_REGISTRY_TOKEN_FILE, EOL_REGISTRY_CA; the GUI from the INI's [registry] section.
struct SyncConfig
{
    QString registryUrl; ///< base URL, e.g. https://registry.example.com; empty = sync off
    QString tokenFile;   ///< file holding the station's bearer token; must be mode 0600
    QString caFile;      ///< CA bundle for TLS verification; empty = the system's bundle
    int batchSize = 200; ///< runs per request (the registry accepts at most 500)
    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 60'000;        ///< a whole request, upload to last byte of the answer
    qint64 backoffBaseMs = 1'000;       ///< first retry delay (full jitter between base and cap)
    qint64 backoffMaxMs = 300'000;      ///< the cap: 5 min; also the delay after a refused batch
    qint64 retryAfterMaxMs = 3'600'000; ///< a Retry-After longer than this is clamped
    int periodicDrainMs = 60'000;       ///< a drain pass at least this often, even without nudges
    /// drainNow() (`sync now`) waits this long for another process's sync lock on the same
    /// database, then gives up and says who holds it. Other passes just try again later.
    int lockWaitMs = 30'000;

    bool isConfigured() const { return !registryUrl.trimmed().isEmpty(); }
};

} // namespace eol::core::sync
