#include "scan/QrDecoder.h"

#include "scan/ScanLog.h"

#include <ZXing/ReadBarcode.h>
#include <exception>
#include <limits>

namespace eol::core::scan {

namespace {

ZXing::ImageFormat zxingFormat(FrameView::Layout layout)
{
    switch (layout) {
    case FrameView::Layout::Lum:
        return ZXing::ImageFormat::Lum;
    case FrameView::Layout::Rgb:
        return ZXing::ImageFormat::RGB;
    case FrameView::Layout::Bgr:
        return ZXing::ImageFormat::BGR;
    case FrameView::Layout::Rgbx:
        return ZXing::ImageFormat::RGBX;
    case FrameView::Layout::Bgrx:
        return ZXing::ImageFormat::BGRX;
    case FrameView::Layout::Xrgb:
        return ZXing::ImageFormat::XRGB;
    case FrameView::Layout::Xbgr:
        return ZXing::ImageFormat::XBGR;
    }
    return ZXing::ImageFormat::None;
}

Result<void> validate(const FrameView& frame)
{
    if (!frame.data)
        return makeError(
            QStringLiteral("frame_empty"),
            QStringLiteral("the frame has no pixels (null image or unmapped video frame)"));
    if (frame.width <= 0 || frame.height <= 0)
        return makeError(QStringLiteral("frame_size"),
                         QStringLiteral("the frame is %1x%2 pixels; it needs at least 1x1")
                             .arg(frame.width)
                             .arg(frame.height));
    const int pixelStride = frame.effectivePixelStride();
    const int natural = FrameView::naturalPixelStride(frame.layout);
    if (pixelStride < natural)
        return makeError(QStringLiteral("frame_stride"),
                         QStringLiteral("pixel stride %1 is smaller than the %2 bytes of one pixel")
                             .arg(pixelStride)
                             .arg(natural));
    const qint64 rowBytes = qint64(frame.width - 1) * pixelStride + natural;
    if (frame.rowStride < rowBytes)
        return makeError(
            QStringLiteral("frame_stride"),
            QStringLiteral("row stride %1 is smaller than one row of %2 pixels (%3 bytes)")
                .arg(frame.rowStride)
                .arg(frame.width)
                .arg(rowBytes));
    if (qint64(frame.rowStride) * frame.height > std::numeric_limits<int>::max())
        return makeError(
            QStringLiteral("frame_size"),
            QStringLiteral("the frame is too large to decode (%1x%2, %3 bytes per row)")
                .arg(frame.width)
                .arg(frame.height)
                .arg(frame.rowStride));
    return {};
}

DecodedCode toDecodedCode(const ZXing::Result& result)
{
    DecodedCode code;
    const std::string text = result.text();
    code.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const ZXing::ByteArray& bytes = result.bytes();
    code.bytes = QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    const ZXing::Position& position = result.position();
    code.corners.reserve(4);
    for (const auto& p : position)
        code.corners.append(QPointF(p.x, p.y));
    code.orientation = result.orientation();
    code.format = QString::fromLatin1(ZXing::ToString(result.format()));
    return code;
}

} // namespace

Result<QList<DecodedCode>> QrDecoder::decode(const FrameView& frame) const
{
    if (auto valid = validate(frame); !valid)
        return valid.error();

    ZXing::BarcodeFormats formats = ZXing::BarcodeFormat::QRCode;
    if (m_options.dataMatrix)
        formats |= ZXing::BarcodeFormat::DataMatrix;
    ZXing::DecodeHints hints;
    hints.setFormats(formats)
        .setTryHarder(m_options.tryHarder)
        .setTryRotate(m_options.tryRotate)
        .setTryDownscale(m_options.tryDownscale)
        .setBinarizer(ZXing::Binarizer::LocalAverage)
        .setMaxNumberOfSymbols(std::uint8_t(qBound(1, m_options.maxSymbols, 255)));

    const ZXing::ImageView view(frame.data, frame.width, frame.height, zxingFormat(frame.layout),
                                frame.rowStride, frame.effectivePixelStride());
    try {
        const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
        QList<DecodedCode> codes;
        codes.reserve(qsizetype(results.size()));
        for (const ZXing::Result& result : results)
            if (result.isValid())
                codes.append(toDecodedCode(result));
        return codes;
    } catch (const std::exception& e) {
        // ZXing reports impossible input with exceptions; they stop here (STYLE.md rule 5).
        qCWarning(lcScan) << "ZXing failed on a" << frame.width << "x" << frame.height
                          << "frame:" << e.what();
        return makeError(QStringLiteral("decoder_failed"),
                         QStringLiteral("the QR decoder failed on a %1x%2 frame: %3")
                             .arg(frame.width)
                             .arg(frame.height)
                             .arg(QString::fromLocal8Bit(e.what())));
    }
}

Result<QList<DecodedCode>> QrDecoder::decodeLuminance(const std::uint8_t* data, int width,
                                                      int height, int rowStride) const
{
    FrameView frame;
    frame.data = data;
    frame.width = width;
    frame.height = height;
    frame.rowStride = rowStride > 0 ? rowStride : width;
    frame.layout = FrameView::Layout::Lum;
    return decode(frame);
}

} // namespace eol::core::scan
