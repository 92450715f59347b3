#pragma once

#include "auth/KdfParams.h"

namespace eol::core::auth {

/// The login rules UserStore applies (docs/roles-and-audit.md "Logging in").
struct UserPolicy
{
    int maxFailedAttempts = 5; ///< wrong PINs in a row before the user is locked
    int lockoutMinutes = 5;
    int minPinLength = 4;
    int maxPinLength = 12;
    KdfParams kdf; ///< the cost new PIN hashes are made with
};

} // namespace eol::core::auth
