#pragma once

#include "common/Result.h"
#include "scan/DecodedCode.h"
#include "scan/FrameView.h"

#include <QList>

namespace eol::core::scan {

/// Decodes QR codes (and optionally Data Matrix) from images and camera frames with ZXing-C++.
/// One decoder serves the camera, image files and the command line, so all see the same codes.
/// The object is an immutable set of hints: decode() may run on any thread, concurrently.
class QrDecoder
{
public:
    /// The defaults are ZXing's own for photographs: try harder, try rotations, try a
    /// downscaled image for large frames, local-average (hybrid) binarizer.
    struct Options
    {
        bool tryHarder = true;
        bool tryRotate = true;
        bool tryDownscale = true;
        bool dataMatrix = false; ///< also read Data Matrix codes
        int maxSymbols = 8;      ///< stop after this many codes in one frame (1..255)
    };

    QrDecoder() = default;
    explicit QrDecoder(Options options) : m_options(options) {}

    const Options& options() const { return m_options; }

    /// Every code in the frame. An empty list means "no code"; an Error means the frame could
    /// not be read at all (null data, impossible size or stride, decoder failure).
    Result<QList<DecodedCode>> decode(const FrameView& frame) const;

    /// Convenience for a tightly or loosely packed 8-bit luminance buffer.
    Result<QList<DecodedCode>> decodeLuminance(const std::uint8_t* data, int width, int height,
                                               int rowStride) const;

private:
    Options m_options;
};

} // namespace eol::core::scan
