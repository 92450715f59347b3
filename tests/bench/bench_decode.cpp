// Decode latency per camera frame through the station pipeline (QImage / QVideoFrame ->
// imaging::DecodableFrame -> core::scan::QrDecoder) versus a bare ZXing::ReadBarcodes call with
// the same hints on the same pixels. Frames: a noisy, unevenly lit 1280x720 / 1920x1080 scene
// with a station label pasted in, and the same scene without a code (the common case while
// the operator reaches for the next unit). Prints a markdown table (quoted in docs/scanning.md).
// `--quick` runs few iterations (ctest).

#define ZX_USE_UTF8

#include "imaging/DecodableFrame.h"
#include "scan/QrDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using eol::core::scan::QrDecoder;
using eol::imaging::DecodableFrame;

namespace {

const QString kPayload = QStringLiteral("EOL1|U|SN00000001");

QImage scene(const QSize& size, bool withCode)
{
    QImage image(size, QImage::Format_Grayscale8);
    QRandomGenerator rng(42);
    for (int y = 0; y < size.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            // lighting gradient, some "objects" (bands), sensor noise
            int v = 60 + (110 * x) / size.width() + (50 * y) / size.height();
            if (((x / 97) + (y / 61)) % 5 == 0)
                v -= 35;
            line[x] = uchar(qBound(0, v + int(rng.bounded(25)) - 12, 255));
        }
    }
    if (!withCode)
        return image;
    const auto bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                          .setMargin(0)
                          .encode(kPayload.toStdString(), 0, 0);
    const int module = size.width() / 256; // 5 px at 720p, 7 px at 1080p
    const int quiet = 4 * module;
    const int side = bits.width() * module + 2 * quiet;
    const QPoint origin(size.width() / 2 - side / 3, size.height() / 3);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int mx = (x - quiet) / module, my = (y - quiet) / module;
            const bool ink = x >= quiet && y >= quiet && mx < bits.width() && my < bits.height() &&
                             bits.get(mx, my);
            image.scanLine(origin.y() + y)[origin.x() + x] =
                uchar(qBound(0, (ink ? 40 : 210) + int(rng.bounded(17)) - 8, 255));
        }
    return image;
}

QVideoFrame nv12(const QImage& grey)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y),
                    size_t(grey.width()));
    std::memset(frame.bits(1), 128, size_t(frame.bytesPerLine(1)) * size_t(grey.height() / 2));
    frame.unmap();
    return frame;
}

struct Stat
{
    double median = 0;
    double p95 = 0;
};

Stat stat(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))]};
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int iterations = quick ? 5 : 60;
    const QrDecoder decoder; // the station's hints (ZXing's photo defaults, QR only)
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(true)
        .setTryRotate(true)
        .setTryDownscale(true);
    hints.setMaxNumberOfSymbols(std::uint8_t(decoder.options().maxSymbols));

    std::printf(
        "QR decode latency per frame, %d iterations (station pipeline vs bare ZXing %s)\n\n",
        iterations, "ReadBarcodes");
    std::printf("| resolution | frame | input | station median ms | station p95 ms | ZXing median "
                "ms | ZXing p95 ms | ratio (median) |\n"
                "|---|---|---|---|---|---|---|---|\n");
    bool allFound = true;
    double worstRatio = 0;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        for (const bool withCode : {true, false}) {
            const QImage grey = scene(size, withCode);
            const QImage rgb32 = grey.convertToFormat(QImage::Format_RGB32);
            QVideoFrame video = nv12(grey);
            for (const char* input : {"Grayscale8 QImage", "RGB32 QImage", "NV12 QVideoFrame"}) {
                const bool isVideo = std::strncmp(input, "NV12", 4) == 0;
                const bool isRgb = std::strncmp(input, "RGB32", 5) == 0;
                // The bare call reads the very same bytes: the Y plane, the BGRX pixels, the grey
                // image.
                QVideoFrame mapped = video;
                if (isVideo)
                    mapped.map(QVideoFrame::ReadOnly);
                const ZXing::ImageView bare =
                    isVideo ? ZXing::ImageView(static_cast<const QVideoFrame&>(mapped).bits(0),
                                               size.width(), size.height(), ZXing::ImageFormat::Lum,
                                               mapped.bytesPerLine(0))
                    : isRgb ? ZXing::ImageView(rgb32.constBits(), size.width(), size.height(),
                                               ZXing::ImageFormat::BGRX, int(rgb32.bytesPerLine()))
                            : ZXing::ImageView(grey.constBits(), size.width(), size.height(),
                                               ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
                std::vector<double> station, zxing;
                for (int i = -1; i < iterations; ++i) { // i == -1: warm-up, not counted
                    // Alternate which runs first so neither profits from the other's warm caches.
                    double s = 0, z = 0;
                    auto runStation = [&] {
                        QElapsedTimer t;
                        t.start();
                        auto frame = isVideo ? DecodableFrame::fromVideoFrame(video)
                                             : DecodableFrame::fromImage(isRgb ? rgb32 : grey);
                        const auto codes =
                            frame ? decoder.decode(frame->view())
                                  : eol::Result<QList<eol::core::scan::DecodedCode>>(frame.error());
                        s = ms(t);
                        const bool found =
                            codes.ok() && !codes->isEmpty() && codes->first().text == kPayload;
                        if (found != withCode)
                            allFound = false;
                    };
                    auto runBare = [&] {
                        QElapsedTimer t;
                        t.start();
                        const auto results = ZXing::ReadBarcodes(bare, hints);
                        z = ms(t);
                    };
                    if (i % 2 == 0) {
                        runStation();
                        runBare();
                    } else {
                        runBare();
                        runStation();
                    }
                    if (i >= 0) {
                        station.push_back(s);
                        zxing.push_back(z);
                    }
                }
                if (isVideo)
                    mapped.unmap();
                const Stat st = stat(station), zx = stat(zxing);
                const double ratio = st.median / zx.median;
                worstRatio = std::max(worstRatio, ratio);
                std::printf("| %dx%d | %s | %s | %.2f | %.2f | %.2f | %.2f | %.3f |\n",
                            size.width(), size.height(), withCode ? "code" : "no code", input,
                            st.median, st.p95, zx.median, zx.p95, ratio);
            }
        }
    }
    std::printf("\nworst median ratio station/ZXing: %.3f (target <= 1.1)%s\n", worstRatio,
                allFound ? "" : "\nERROR: the station missed a code or saw one in an empty frame");
    return allFound ? 0 : 1;
}
