#pragma once

namespace eol::core::auth {

/// scrypt cost (CredentialHash): N = 2^log2N, block size r, parallelism p. Memory = 128 · r · N
/// bytes. Stored with every hash, so it can be raised without invalidating old ones.
struct KdfParams
{
    int log2N = 15; ///< N = 32768: 32 MiB and ~0.1 s per hash on a station PC
    int r = 8;
    int p = 1;
    bool operator==(const KdfParams&) const = default;
};

} // namespace eol::core::auth
