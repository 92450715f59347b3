#pragma once

#include <QtGlobal>
#include <cstdint>

namespace eol::core::scan {

/// A non-owning view of one image or camera frame as the decoder reads it. The caller keeps the
/// pixels alive (and a video frame mapped) while the decoder runs. No pixel is copied to build
/// a view: the layouts below are the ones ZXing converts to luminance itself, in one pass.
struct FrameView
{
    /// Byte order in memory (not the order inside a native-endian integer).
    enum class Layout
    {
        Lum,  ///< 8-bit luminance: Grayscale8, the Y plane of NV12/YUV420P/..., Y8
        Rgb,  ///< 3 bytes R,G,B
        Bgr,  ///< 3 bytes B,G,R
        Rgbx, ///< 4 bytes R,G,B,X
        Bgrx, ///< 4 bytes B,G,R,X (QImage::Format_RGB32/ARGB32 on little-endian machines)
        Xrgb, ///< 4 bytes X,R,G,B
        Xbgr, ///< 4 bytes X,B,G,R
    };

    const std::uint8_t* data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;   ///< bytes from one row to the next
    int pixelStride = 0; ///< bytes from one pixel to the next; 0 = natural for the layout
    Layout layout = Layout::Lum;

    static constexpr int naturalPixelStride(Layout layout)
    {
        switch (layout) {
        case Layout::Lum:
            return 1;
        case Layout::Rgb:
        case Layout::Bgr:
            return 3;
        default:
            return 4;
        }
    }
    int effectivePixelStride() const
    {
        return pixelStride > 0 ? pixelStride : naturalPixelStride(layout);
    }
};

} // namespace eol::core::scan
