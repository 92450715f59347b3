#pragma once

#include "common/Result.h"
#include "scan/ScanPayload.h"

#include <QString>

namespace eol::core::scan {

/// Parses scanner/QR text into a ScanPayload. Everything scanned is untrusted: the parser
/// bounds the size, accepts only printable ASCII, and names the offending field in its error.
class ScanPayloadParser
{
public:
    static constexpr int kMaxPayloadBytes = 512;
    static Result<ScanPayload> parse(const QString& text);
};

} // namespace eol::core::scan
