// The station's decode path (QImage / QVideoFrame -> imaging::DecodableFrame ->
// core::scan::QrDecoder) on the real QR photographs of ../shared/reference/qr-samples at
// 0/90/180/270 degrees, against ZXing 1.4.0's own pass counts; and synthetic station payloads
// rendered into camera-sized frames in every pixel format the camera path reads in place.

#define ZX_USE_UTF8 // ZXing 1.4: text() as UTF-8 std::string (the reference decode below)

#include "imaging/DecodableFrame.h"
#include "scan/QrDecoder.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <cstdio>

using eol::core::scan::FrameView;
using eol::core::scan::QrDecoder;
using eol::imaging::DecodableFrame;

namespace {

QString samplesDir()
{
    return QStringLiteral(EOL_SHARED_DIR "/reference/qr-samples");
}

struct Sample
{
    QString name;
    QImage image;
    QString expected;
};

QList<Sample> loadFolder(const QString& folder)
{
    QList<Sample> samples;
    const QDir dir(samplesDir() + u'/' + folder);
    const QStringList images =
        dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    for (const QString& file : images) {
        QFile txt(dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".txt")));
        if (!txt.open(QIODevice::ReadOnly))
            continue;
        QImageReader reader(dir.filePath(file));
        samples.append({file, reader.read(), QString::fromUtf8(txt.readAll())});
    }
    return samples;
}

QImage rotated(const QImage& image, int degrees)
{
    return degrees == 0 ? image : image.transformed(QTransform().rotate(degrees));
}

/// The station pipeline: exactly what the CLI and the camera worker do.
QStringList stationDecode(const QImage& image, const QrDecoder& decoder)
{
    auto frame = DecodableFrame::fromImage(image);
    if (!frame)
        return {};
    auto codes = decoder.decode(frame->view());
    QStringList texts;
    if (codes)
        for (const auto& code : codes.value())
            texts.append(code.text);
    return texts;
}

/// ZXing on its own, fed the way its blackbox test feeds it (the image expanded to 8-bit RGB).
QStringList referenceDecode(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const auto results = ZXing::ReadBarcodes({rgb.constBits(), rgb.width(), rgb.height(),
                                              ZXing::ImageFormat::RGB, int(rgb.bytesPerLine())},
                                             hints);
    QStringList texts;
    for (const auto& r : results)
        texts.append(QString::fromStdString(r.text()));
    return texts;
}

/// A QR code of `text` (one pixel per module, no quiet zone) from ZXing's encoder.
ZXing::BitMatrix encodeQr(const QString& text)
{
    return ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
        .setMargin(0)
        .encode(text.toStdString(), 0, 0);
}

/// A camera-like grey frame: a lighting gradient, sensor noise, and the code printed on a white
/// label (quiet zone) at `origin`, `module` pixels per module, ink not quite black.
QImage syntheticFrame(const QSize& size, const QString& text, QPoint origin, int module,
                      quint32 seed)
{
    QImage image(size, QImage::Format_Grayscale8);
    QRandomGenerator rng(seed);
    for (int y = 0; y < size.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const int base = 70 + (100 * x) / size.width() + (40 * y) / size.height();
            line[x] = uchar(qBound(0, base + int(rng.bounded(21)) - 10, 255));
        }
    }
    if (text.isEmpty())
        return image;
    const ZXing::BitMatrix bits = encodeQr(text);
    const int quiet = 4 * module;
    const int side = bits.width() * module + 2 * quiet;
    for (int y = 0; y < side; ++y) {
        uchar* line = image.scanLine(origin.y() + y);
        for (int x = 0; x < side; ++x) {
            const int mx = (x - quiet) / module;
            const int my = (y - quiet) / module;
            const bool inside = x >= quiet && y >= quiet && mx < bits.width() && my < bits.height();
            const bool ink = inside && bits.get(mx, my);
            const int value = (ink ? 35 : 215) + int(rng.bounded(17)) - 8;
            line[origin.x() + x] = uchar(qBound(0, value, 255));
        }
    }
    return image;
}

/// The grey frame as a planar/semi-planar YUV QVideoFrame (Y = grey, neutral chroma).
QVideoFrame yuvFrame(const QImage& grey, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = grey.width();
    const int h = grey.height();
    for (int y = 0; y < h; ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(w));
    for (int plane = 1; plane < frame.planeCount(); ++plane) {
        const int rows = format == QVideoFrameFormat::Format_YUV422P ? h : (h + 1) / 2;
        memset(frame.bits(plane), 128, size_t(frame.bytesPerLine(plane)) * size_t(rows));
    }
    frame.unmap();
    return frame;
}

/// The grey frame as a packed QVideoFrame (RGB byte orders, YUYV/UYVY, 16-bit Y).
QVideoFrame packedFrame(const QImage& grey, QVideoFrameFormat::PixelFormat format)
{
    using PF = QVideoFrameFormat::PixelFormat;
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* src = grey.constScanLine(y);
        uchar* dst = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < grey.width(); ++x) {
            const uchar g = src[x];
            switch (format) {
            case PF::Format_YUYV:
                dst[2 * x] = g;
                dst[2 * x + 1] = 128;
                break;
            case PF::Format_UYVY:
                dst[2 * x] = 128;
                dst[2 * x + 1] = g;
                break;
            case PF::Format_Y16:
            case PF::Format_P016:
                dst[2 * x] = 0x5a; // low byte: must be ignored
                dst[2 * x + 1] = g;
                break;
            default: // 4-byte RGB orders: grey in every colour byte, alpha/X = 255
                dst[4 * x] = dst[4 * x + 1] = dst[4 * x + 2] = dst[4 * x + 3] = g;
                break;
            }
        }
    }
    if (format == PF::Format_P016)
        memset(frame.bits(1), 0x80,
               size_t(frame.bytesPerLine(1)) * size_t((grey.height() + 1) / 2));
    frame.unmap();
    return frame;
}

/// QVERIFY2 evaluates its message even on success: never call error() on a good Result there.
template <typename T> QString whyNot(const eol::Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

int lumAt(const FrameView& v, int x, int y)
{
    const uchar* p = v.data + y * v.rowStride + x * v.effectivePixelStride();
    auto lum = [](int r, int g, int b) { return (306 * r + 601 * g + 117 * b + 0x200) >> 10; };
    switch (v.layout) {
    case FrameView::Layout::Lum:
        return p[0];
    case FrameView::Layout::Rgb:
    case FrameView::Layout::Rgbx:
        return lum(p[0], p[1], p[2]);
    case FrameView::Layout::Bgr:
    case FrameView::Layout::Bgrx:
        return lum(p[2], p[1], p[0]);
    case FrameView::Layout::Xrgb:
        return lum(p[1], p[2], p[3]);
    case FrameView::Layout::Xbgr:
        return lum(p[3], p[2], p[1]);
    }
    return -1;
}

} // namespace

class TestQrGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realPhotos_data();
    void realPhotos();
    void summaryTable();
    void syntheticFrames_data();
    void syntheticFrames();
    void colourByteOrders_data();
    void colourByteOrders();
    void badInputIsAnErrorValue();

private:
    struct Row
    {
        QString folder;
        int rotation;
        int images;
        int station;
        int zxing;
        int required;
    };
    QList<Row> m_rows;
};

void TestQrGolden::realPhotos_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("rotation");
    QTest::addColumn<int>("required");
    // ZXing 1.4.0's own minimum pass counts (reference/qr-samples/README.md).
    for (const auto& [folder, required] :
         {std::pair{QStringLiteral("qrcode-5"), 16}, std::pair{QStringLiteral("qrcode-6"), 15}})
        for (int rotation : {0, 90, 180, 270})
            QTest::addRow("%s@%d", qPrintable(folder), rotation) << folder << rotation << required;
}

void TestQrGolden::realPhotos()
{
    QFETCH(QString, folder);
    QFETCH(int, rotation);
    QFETCH(int, required);
    const QList<Sample> samples = loadFolder(folder);
    QVERIFY2(samples.size() >= required,
             qPrintable(QStringLiteral("%1 samples in %2").arg(samples.size()).arg(folder)));
    const QrDecoder decoder;
    int station = 0;
    int zxing = 0;
    QStringList missed;
    for (const Sample& s : samples) {
        QVERIFY2(!s.image.isNull(), qPrintable(s.name));
        const QImage image = rotated(s.image, rotation);
        if (stationDecode(image, decoder).contains(s.expected))
            ++station;
        else
            missed.append(s.name);
        if (referenceDecode(image).contains(s.expected))
            ++zxing;
    }
    m_rows.append({folder, rotation, int(samples.size()), station, zxing, required});
    QVERIFY2(station >= required, qPrintable(QStringLiteral("%1 at %2°: %3/%4, missed %5")
                                                 .arg(folder)
                                                 .arg(rotation)
                                                 .arg(station)
                                                 .arg(required)
                                                 .arg(missed.join(u' '))));
    QVERIFY2(station >= zxing,
             qPrintable(QStringLiteral("the station decodes fewer than bare ZXing (%1 < %2)")
                            .arg(station)
                            .arg(zxing)));
}

void TestQrGolden::summaryTable()
{
    std::printf("\n| folder | rotation | images | station pipeline | bare ZXing (RGB) | ZXing "
                "1.4.0 minimum |\n"
                "|---|---|---|---|---|---|\n");
    for (const Row& r : std::as_const(m_rows))
        std::printf("| %s | %d° | %d | %d | %d | %d |\n", qPrintable(r.folder), r.rotation,
                    r.images, r.station, r.zxing, r.required);
    std::fflush(stdout);
    QCOMPARE(m_rows.size(), 8);
}

void TestQrGolden::syntheticFrames_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("payload");
    const QStringList kinds{
        QStringLiteral("Grayscale8"), QStringLiteral("RGB32"),    QStringLiteral("ARGB32"),
        QStringLiteral("RGB888"),     QStringLiteral("NV12"),     QStringLiteral("YUV420P"),
        QStringLiteral("NV21"),       QStringLiteral("YV12"),     QStringLiteral("YUYV"),
        QStringLiteral("UYVY"),       QStringLiteral("P016"),     QStringLiteral("BGRX8888"),
        QStringLiteral("RGBX8888"),   QStringLiteral("XRGB8888"), QStringLiteral("XBGR8888")};
    int serial = 1;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
        for (const QString& kind : kinds) {
            const QString payload =
                serial % 3 == 0
                    ? QStringLiteral("EOL1|J|P=nrf91-tracker|PLAN=nrf91@2|B=B%1|WO=WO-77")
                          .arg(serial)
                    : QStringLiteral("EOL1|U|SN%1").arg(serial, 8, 10, QLatin1Char('0'));
            ++serial;
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(kind))
                << size << kind << payload;
        }
}

void TestQrGolden::syntheticFrames()
{
    QFETCH(QSize, size);
    QFETCH(QString, kind);
    QFETCH(QString, payload);
    const QImage grey = syntheticFrame(size, payload, QPoint(size.width() / 3, size.height() / 4),
                                       size.width() / 320, quint32(qHash(kind)));
    using PF = QVideoFrameFormat::PixelFormat;
    const QHash<QString, PF> videoFormats{
        {QStringLiteral("NV12"), PF::Format_NV12},
        {QStringLiteral("YUV420P"), PF::Format_YUV420P},
        {QStringLiteral("NV21"), PF::Format_NV21},
        {QStringLiteral("YV12"), PF::Format_YV12},
        {QStringLiteral("YUYV"), PF::Format_YUYV},
        {QStringLiteral("UYVY"), PF::Format_UYVY},
        {QStringLiteral("P016"), PF::Format_P016},
        {QStringLiteral("BGRX8888"), PF::Format_BGRX8888},
        {QStringLiteral("RGBX8888"), PF::Format_RGBX8888},
        {QStringLiteral("XRGB8888"), PF::Format_XRGB8888},
        {QStringLiteral("XBGR8888"), PF::Format_XBGR8888},
    };
    eol::Result<DecodableFrame> frame = eol::makeError(QString(), QStringLiteral("not built"));
    if (kind == QLatin1String("Grayscale8"))
        frame = DecodableFrame::fromImage(grey);
    else if (kind == QLatin1String("RGB32"))
        frame = DecodableFrame::fromImage(grey.convertToFormat(QImage::Format_RGB32));
    else if (kind == QLatin1String("ARGB32"))
        frame = DecodableFrame::fromImage(grey.convertToFormat(QImage::Format_ARGB32));
    else if (kind == QLatin1String("RGB888"))
        frame = DecodableFrame::fromImage(grey.convertToFormat(QImage::Format_RGB888));
    else {
        const PF pf = videoFormats.value(kind);
        const bool planar = pf == PF::Format_NV12 || pf == PF::Format_YUV420P ||
                            pf == PF::Format_NV21 || pf == PF::Format_YV12;
        const QVideoFrame video = planar ? yuvFrame(grey, pf) : packedFrame(grey, pf);
        QVERIFY(video.isValid());
        frame = DecodableFrame::fromVideoFrame(video);
    }
    QVERIFY2(frame.ok(), qPrintable(whyNot(frame)));
    // Every camera/image format here is read in place: no conversion, no copy.
    QVERIFY2(!frame->converted(), qPrintable(frame->path()));
    QCOMPARE(frame->size(), size);
    const auto codes = QrDecoder().decode(frame->view());
    QVERIFY2(codes.ok(), qPrintable(whyNot(codes)));
    QCOMPARE(codes->size(), 1);
    QCOMPARE(codes->first().text, payload);
    QCOMPARE(codes->first().bytes, payload.toUtf8());
    QCOMPARE(codes->first().format, QStringLiteral("QRCode"));
    QCOMPARE(codes->first().corners.size(), 4);
    const QRectF where(QPointF(size.width() / 3, size.height() / 4),
                       QSizeF(size.width() / 2, size.height() / 2));
    for (const QPointF& corner : codes->first().corners)
        QVERIFY2(where.contains(corner),
                 qPrintable(QStringLiteral("corner %1,%2").arg(corner.x()).arg(corner.y())));
}

void TestQrGolden::colourByteOrders_data()
{
    QTest::addColumn<int>("format");
    using PF = QVideoFrameFormat::PixelFormat;
    for (PF pf :
         {PF::Format_BGRA8888, PF::Format_BGRX8888, PF::Format_RGBA8888, PF::Format_RGBX8888,
          PF::Format_ARGB8888, PF::Format_XRGB8888, PF::Format_ABGR8888, PF::Format_XBGR8888})
        QTest::addRow("%s", qPrintable(QVideoFrameFormat::pixelFormatToString(pf))) << int(pf);
}

void TestQrGolden::colourByteOrders()
{
    // The in-place view must compute the luminance Qt's own conversion implies: a wrong byte
    // order would still decode black-and-white codes but not coloured labels.
    QFETCH(int, format);
    const auto pf = QVideoFrameFormat::PixelFormat(format);
    QVideoFrame video(QVideoFrameFormat(QSize(8, 2), pf));
    QVERIFY(video.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < 2; ++y)
        for (int i = 0; i < 8 * 4; ++i)
            video.bits(0)[y * video.bytesPerLine(0) + i] =
                uchar(i % 4 == 0 ? 255 : 20 + 50 * (i % 4) + 7 * (i / 4));
    video.unmap();
    // toImage() reports some alpha formats as premultiplied, some not: accept the luminance of
    // either reading. A wrong byte order matches neither.
    const QImage reference = video.toImage();
    if (reference.isNull())
        QSKIP("QVideoFrame::toImage() is unavailable here (no rendering backend)");
    const QImage unpremultiplied = reference.convertToFormat(QImage::Format_ARGB32);
    const auto frame = DecodableFrame::fromVideoFrame(video);
    QVERIFY2(frame.ok(), qPrintable(whyNot(frame)));
    QVERIFY(!frame->converted());
    auto lum = [](QRgb rgb) {
        return (306 * qRed(rgb) + 601 * qGreen(rgb) + 117 * qBlue(rgb) + 0x200) >> 10;
    };
    for (int x = 0; x < 8; ++x) {
        const int view = lumAt(frame->view(), x, 0);
        const int raw = lum(reference.pixel(x, 0));
        const int straight = lum(unpremultiplied.pixel(x, 0));
        QVERIFY2(qAbs(view - raw) <= 2 || qAbs(view - straight) <= 2,
                 qPrintable(QStringLiteral("x=%1: view %2, toImage %3 or %4")
                                .arg(x)
                                .arg(view)
                                .arg(raw)
                                .arg(straight)));
    }
}

void TestQrGolden::badInputIsAnErrorValue()
{
    const QrDecoder decoder;
    QVERIFY(!decoder.decode(FrameView{}).ok());
    const QByteArray pixels(100, '\x80');
    const auto tooNarrow =
        decoder.decodeLuminance(reinterpret_cast<const uchar*>(pixels.constData()), 20, 5, 10);
    QVERIFY(!tooNarrow.ok());
    QCOMPARE(tooNarrow.error().code, QStringLiteral("frame_stride"));
    const auto flat =
        decoder.decodeLuminance(reinterpret_cast<const uchar*>(pixels.constData()), 10, 10, 10);
    QVERIFY(flat.ok());
    QVERIFY(flat->isEmpty());
    QVERIFY(!DecodableFrame::fromImage(QImage()).ok());
    QVERIFY(!DecodableFrame::fromVideoFrame(QVideoFrame()).ok());
}

QTEST_MAIN(TestQrGolden)
#include "tst_qr_golden.moc"
