#pragma once

#include "common/Result.h"
#include "scan/FrameView.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QVideoFrame>

namespace eol::imaging {

/// An image or camera frame made readable by core::scan::QrDecoder, by the cheapest path:
///  - QImage Grayscale8, RGB32/ARGB32, RGBX/RGBA8888, RGB888/BGR888, Grayscale16: a view of the
///    image's own pixels (ZXing converts colour to luminance in its single pass);
///  - QImage Indexed8/Mono (palette PNGs): one pass through a 256-entry luminance table;
///  - QVideoFrame NV12/NV21/YUV420P/YV12/YUV422P/IMC*/Y8: the mapped Y plane as luminance;
///    P010/P016/Y16/UYVY/YUYV: the Y bytes read in place with a pixel stride; packed RGB
///    frames: a view of the mapped bytes;
///  - anything else: converted once (QImage::convertToFormat or QVideoFrame::toImage).
/// Owns what the view points to (a reference to the QImage, or the mapped QVideoFrame, unmapped
/// on destruction), so keep it alive while decoding. Move-only.
class DecodableFrame
{
public:
    static Result<DecodableFrame> fromImage(const QImage& image);
    static Result<DecodableFrame> fromVideoFrame(const QVideoFrame& frame);

    DecodableFrame(DecodableFrame&& other) noexcept;
    DecodableFrame& operator=(DecodableFrame&& other) noexcept;
    DecodableFrame(const DecodableFrame&) = delete;
    DecodableFrame& operator=(const DecodableFrame&) = delete;
    ~DecodableFrame();

    const core::scan::FrameView& view() const { return m_view; }
    QSize size() const { return {m_view.width, m_view.height}; }
    /// How the pixels reach the decoder, for logs and docs ("view of Grayscale8", ...).
    const QString& path() const { return m_path; }
    /// True if the pixels were copied or converted before decoding.
    bool converted() const { return m_converted; }

private:
    DecodableFrame() = default;
    void release();
    static Result<DecodableFrame> fromConvertedImage(const QImage& image, const QString& why);

    QImage m_image;      ///< keeps the viewed pixels alive (image input or converted copy)
    QVideoFrame m_video; ///< mapped while m_mapped
    bool m_mapped = false;
    bool m_converted = false;
    core::scan::FrameView m_view;
    QString m_path;
};

} // namespace eol::imaging
