#include "imaging/DecodableFrame.h"

#include "imaging/ImagingLog.h"

#include <QMetaEnum>
#include <QVideoFrameFormat>
#include <QtEndian>
#include <array>
#include <utility>

namespace eol::imaging {

using core::scan::FrameView;

namespace {

constexpr bool kLittleEndian = QSysInfo::ByteOrder == QSysInfo::LittleEndian;

/// The luminance weights ZXing uses for RGB input (ImageView.h RGBToLum), so a palette image
/// yields exactly the bytes ZXing would compute from the same image expanded to RGB.
constexpr std::uint8_t rgbToLum(unsigned r, unsigned g, unsigned b)
{
    return std::uint8_t((306 * r + 601 * g + 117 * b + 0x200) >> 10);
}

/// Native-endian 32-bit ARGB (QImage RGB32/ARGB32) in memory order.
constexpr FrameView::Layout kNativeArgb32 =
    kLittleEndian ? FrameView::Layout::Bgrx : FrameView::Layout::Xrgb;

QString imageFormatName(QImage::Format format)
{
    const char* key = QMetaEnum::fromType<QImage::Format>().valueToKey(int(format));
    return key ? QString::fromLatin1(key) : QString::number(int(format));
}

} // namespace

DecodableFrame::DecodableFrame(DecodableFrame&& other) noexcept
    : m_image(std::move(other.m_image)), m_video(std::move(other.m_video)),
      m_mapped(std::exchange(other.m_mapped, false)), m_converted(other.m_converted),
      m_view(std::exchange(other.m_view, FrameView{})), m_path(std::move(other.m_path))
{
}

DecodableFrame& DecodableFrame::operator=(DecodableFrame&& other) noexcept
{
    if (this != &other) {
        release();
        m_image = std::move(other.m_image);
        m_video = std::move(other.m_video);
        m_mapped = std::exchange(other.m_mapped, false);
        m_converted = other.m_converted;
        m_view = std::exchange(other.m_view, FrameView{});
        m_path = std::move(other.m_path);
    }
    return *this;
}

DecodableFrame::~DecodableFrame()
{
    release();
}

void DecodableFrame::release()
{
    if (m_mapped) {
        m_video.unmap();
        m_mapped = false;
    }
    m_view = FrameView{};
}

Result<DecodableFrame> DecodableFrame::fromConvertedImage(const QImage& image, const QString& why)
{
    if (image.isNull())
        return makeError(QStringLiteral("image_convert"),
                         QStringLiteral("could not convert the image for decoding (%1)").arg(why));
    auto frame = fromImage(image);
    if (frame) {
        frame.value().m_converted = true;
        frame.value().m_path = why + QStringLiteral(" -> ") + frame.value().m_path;
    }
    return frame;
}

Result<DecodableFrame> DecodableFrame::fromImage(const QImage& image)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return makeError(QStringLiteral("image_empty"),
                         QStringLiteral("the image is empty (not loaded, or 0x0 pixels)"));

    DecodableFrame frame;
    frame.m_image = image; // shares the pixels; constBits() below never detaches
    FrameView& v = frame.m_view;
    v.data = frame.m_image.constBits();
    v.width = image.width();
    v.height = image.height();
    v.rowStride = int(image.bytesPerLine());

    switch (image.format()) {
    case QImage::Format_Grayscale8:
        v.layout = FrameView::Layout::Lum;
        frame.m_path = QStringLiteral("view of Grayscale8");
        return frame;
    case QImage::Format_Grayscale16:
        // The high byte of each little-endian 16-bit sample, read in place.
        v.layout = FrameView::Layout::Lum;
        v.pixelStride = 2;
        v.data += kLittleEndian ? 1 : 0;
        frame.m_path = QStringLiteral("view of Grayscale16 high bytes");
        return frame;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        v.layout = kNativeArgb32;
        frame.m_path = QStringLiteral("view of 32-bit ARGB as %1")
                           .arg(kLittleEndian ? QLatin1String("BGRX") : QLatin1String("XRGB"));
        return frame;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        v.layout = FrameView::Layout::Rgbx;
        frame.m_path = QStringLiteral("view of RGBX8888");
        return frame;
    case QImage::Format_RGB888:
        v.layout = FrameView::Layout::Rgb;
        frame.m_path = QStringLiteral("view of RGB888");
        return frame;
    case QImage::Format_BGR888:
        v.layout = FrameView::Layout::Bgr;
        frame.m_path = QStringLiteral("view of BGR888");
        return frame;
    case QImage::Format_Indexed8: {
        // Palette PNGs: one table look-up per pixel instead of expanding to RGB first.
        std::array<std::uint8_t, 256> lut{};
        const QList<QRgb> table = image.colorTable();
        for (qsizetype i = 0; i < table.size() && i < 256; ++i)
            lut[size_t(i)] = rgbToLum(qRed(table[i]), qGreen(table[i]), qBlue(table[i]));
        QImage lum(image.size(), QImage::Format_Grayscale8);
        if (lum.isNull())
            return makeError(QStringLiteral("image_memory"),
                             QStringLiteral("out of memory converting a %1x%2 image")
                                 .arg(image.width())
                                 .arg(image.height()));
        for (int y = 0; y < image.height(); ++y) {
            const uchar* src = image.constScanLine(y);
            uchar* dst = lum.scanLine(y);
            for (int x = 0; x < image.width(); ++x)
                dst[x] = lut[src[x]];
        }
        auto result = fromImage(lum);
        if (result) {
            result.value().m_converted = true;
            result.value().m_path = QStringLiteral("Indexed8 palette -> luminance table");
        }
        return result;
    }
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
        return fromConvertedImage(image.convertToFormat(QImage::Format_Indexed8),
                                  QStringLiteral("Mono -> Indexed8"));
    default:
        qCDebug(lcImaging) << "converting QImage format" << image.format()
                           << "to RGB32 for decoding";
        return fromConvertedImage(
            image.convertToFormat(QImage::Format_RGB32),
            QStringLiteral("QImage format %1 -> RGB32").arg(imageFormatName(image.format())));
    }
}

Result<DecodableFrame> DecodableFrame::fromVideoFrame(const QVideoFrame& input)
{
    if (!input.isValid() || input.width() <= 0 || input.height() <= 0)
        return makeError(QStringLiteral("frame_empty"),
                         QStringLiteral("the video frame is empty or invalid"));

    using PF = QVideoFrameFormat::PixelFormat;
    const PF format = input.pixelFormat();
    const QString formatName = QVideoFrameFormat::pixelFormatToString(format);

    // Where the luminance (or packed RGB) sits in plane 0: layout, byte offset, pixel stride.
    struct Plan
    {
        bool direct = false;
        FrameView::Layout layout = FrameView::Layout::Lum;
        int offset = 0;
        int pixelStride = 0;
    };
    Plan plan;
    switch (format) {
    case PF::Format_NV12:
    case PF::Format_NV21:
    case PF::Format_YUV420P:
    case PF::Format_YUV422P:
    case PF::Format_YV12:
    case PF::Format_IMC1:
    case PF::Format_IMC2:
    case PF::Format_IMC3:
    case PF::Format_IMC4:
    case PF::Format_Y8:
        plan = {true, FrameView::Layout::Lum, 0, 1};
        break;
    case PF::Format_P010: // 16-bit little-endian samples, value in the high bits
    case PF::Format_P016:
    case PF::Format_Y16:
        plan = {kLittleEndian, FrameView::Layout::Lum, kLittleEndian ? 1 : 0, 2};
        break;
    case PF::Format_YUYV: // Y0 U Y1 V
        plan = {true, FrameView::Layout::Lum, 0, 2};
        break;
    case PF::Format_UYVY: // U Y0 V Y1
        plan = {true, FrameView::Layout::Lum, 1, 2};
        break;
    case PF::Format_BGRA8888:
    case PF::Format_BGRA8888_Premultiplied:
    case PF::Format_BGRX8888:
        plan = {true, FrameView::Layout::Bgrx, 0, 4};
        break;
    case PF::Format_RGBA8888:
    case PF::Format_RGBX8888:
        plan = {true, FrameView::Layout::Rgbx, 0, 4};
        break;
    case PF::Format_ARGB8888:
    case PF::Format_ARGB8888_Premultiplied:
    case PF::Format_XRGB8888:
        plan = {true, FrameView::Layout::Xrgb, 0, 4};
        break;
    case PF::Format_ABGR8888:
    case PF::Format_XBGR8888:
        plan = {true, FrameView::Layout::Xbgr, 0, 4};
        break;
    default: // AYUV, YUV420P10, Jpeg, GPU-only formats
        break;
    }

    if (plan.direct) {
        DecodableFrame frame;
        frame.m_video = input; // shares the buffer; mapping it maps the caller's frame data
        if (frame.m_video.map(QVideoFrame::ReadOnly)) {
            frame.m_mapped = true;
            const uchar* bits = static_cast<const QVideoFrame&>(frame.m_video).bits(0);
            const int stride = frame.m_video.bytesPerLine(0);
            if (bits && stride > 0) {
                FrameView& v = frame.m_view;
                v.data = bits + plan.offset;
                v.width = input.width();
                v.height = input.height();
                v.rowStride = stride;
                v.pixelStride = plan.pixelStride;
                v.layout = plan.layout;
                frame.m_path = plan.layout == FrameView::Layout::Lum
                                   ? QStringLiteral("Y plane of mapped %1").arg(formatName)
                                   : QStringLiteral("view of mapped %1").arg(formatName);
                return frame;
            }
        }
        qCDebug(lcImaging) << "could not map a" << formatName
                           << "frame; converting it with toImage()";
    }

    const QImage image = input.toImage();
    if (image.isNull())
        return makeError(QStringLiteral("frame_convert"),
                         QStringLiteral("could not read a %1x%2 %3 video frame (no mappable plane, "
                                        "and converting it to an image failed)")
                             .arg(input.width())
                             .arg(input.height())
                             .arg(formatName));
    return fromConvertedImage(image, QStringLiteral("%1 frame -> toImage()").arg(formatName));
}

} // namespace eol::imaging
