#pragma once

#include <QString>

namespace eol::core::scan {

/// What a scanned QR code (or typed label) says. Format version 1, documented in
/// docs/qr-payloads.md:
///   unit QR      EOL1|U|<serial>[|P=<product>]
///   job-card QR  EOL1|J|P=<product>|PLAN=<plan id>[@<revision>][|B=<batch>][|WO=<work order>]
///   badge QR     EOL1|B|<badge id>  (a user's login; 8..64 of letters, digits, '.', '_', '-')
///   bare label   <serial>  (letters, digits, '.', '_', '-'; 1..64 characters)
struct ScanPayload
{
    enum class Kind { Unit, JobCard, Badge };
    Kind kind = Kind::Unit;
    int version = 1;
    QString serial;    ///< Unit
    QString product;   ///< Unit (optional) and JobCard
    QString planId;    ///< JobCard
    int planRevision = 0; ///< JobCard; 0 = the released revision in force
    QString batch;     ///< JobCard (optional)
    QString workOrder; ///< JobCard (optional)
    QString badgeId;   ///< Badge: a secret-ish token; never log it, store only its digest
};

} // namespace eol::core::scan
