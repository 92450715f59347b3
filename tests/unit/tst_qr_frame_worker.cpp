// De-duplication rules (ScanDeduplicator, synchronously, with explicit times) and the camera
// worker (FrameDecodeWorker on a real QThread, and CameraScanner's frame path): one trigger
// per label in view, re-armed after absence, and latest-frame-wins while a decode is running.
// No camera is needed: frames are synthetic QImages / QVideoFrames.

#define ZX_USE_UTF8

#include "imaging/CameraScanner.h"
#include "imaging/FrameDecodeWorker.h"
#include "scan/ScanDeduplicator.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVideoFrameFormat>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using eol::core::scan::ScanDeduplicator;
using eol::imaging::CameraScanner;
using eol::imaging::FrameDecodeWorker;

namespace {

/// A 640x480 grey frame with the QR code of `text` (none if empty).
QImage frameWith(const QString& text)
{
    QImage image(640, 480, QImage::Format_Grayscale8);
    image.fill(200);
    if (text.isEmpty())
        return image;
    const auto bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                          .setMargin(0)
                          .encode(text.toStdString(), 0, 0);
    const int module = 6;
    for (int y = 0; y < bits.height() * module; ++y)
        for (int x = 0; x < bits.width() * module; ++x)
            if (bits.get(x / module, y / module))
                image.scanLine(100 + y)[150 + x] = 30;
    return image;
}

QVideoFrame nv12(const QImage& grey)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y),
               size_t(grey.width()));
    memset(frame.bits(1), 128, size_t(frame.bytesPerLine(1)) * size_t(grey.height() / 2));
    frame.unmap();
    return frame;
}

} // namespace

class TestQrFrameWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dedupTriggersOncePerSighting();
    void dedupRearmsAfterAbsentFrames();
    void dedupRearmsAfterAbsentTime();
    void dedupHandlesSeveralCodes();

    void workerTriggersOnceWhileInView();
    void workerRearmsAfterAbsence();
    void workerLatestFrameWins();
    void workerReportsUnreadableFrames();
    void cameraScannerFramePath();

private:
    void startWorker(ScanDeduplicator::Options dedup);

    QThread* m_thread = nullptr;
    FrameDecodeWorker* m_worker = nullptr;
};

void TestQrFrameWorker::init()
{
    m_thread = new QThread;
}

void TestQrFrameWorker::cleanup()
{
    m_thread->quit();
    QVERIFY(m_thread->wait(QDeadlineTimer(10000)));
    delete m_thread; // the worker went with deleteLater when the thread finished
    m_thread = nullptr;
    m_worker = nullptr;
}

void TestQrFrameWorker::startWorker(ScanDeduplicator::Options dedup)
{
    m_worker = new FrameDecodeWorker({}, dedup);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void TestQrFrameWorker::dedupTriggersOncePerSighting()
{
    ScanDeduplicator d({3, 100000});
    const QString a = QStringLiteral("EOL1|U|SN00000001");
    QCOMPARE(d.update({a}, 0), QStringList{a});
    for (int t = 1; t <= 50; ++t)
        QCOMPARE(d.update({a}, t * 33), QStringList{});
    QVERIFY(d.isHeld(a));
    d.reset();
    QCOMPARE(d.update({a}, 2000), QStringList{a});
}

void TestQrFrameWorker::dedupRearmsAfterAbsentFrames()
{
    ScanDeduplicator d({3, 100000});
    const QString a = QStringLiteral("A");
    QCOMPARE(d.update({a}, 0), QStringList{a});
    // Missed in 2 frames (motion blur, a hand): still the same scan.
    QCOMPARE(d.update({}, 1), QStringList{});
    QCOMPARE(d.update({}, 2), QStringList{});
    QCOMPARE(d.update({a}, 3), QStringList{});
    // Absent for 3 consecutive frames: re-armed.
    QCOMPARE(d.update({}, 4), QStringList{});
    QCOMPARE(d.update({}, 5), QStringList{});
    QVERIFY(d.isHeld(a));
    QCOMPARE(d.update({}, 6), QStringList{});
    QVERIFY(!d.isHeld(a));
    QCOMPARE(d.update({a}, 7), QStringList{a});
}

void TestQrFrameWorker::dedupRearmsAfterAbsentTime()
{
    ScanDeduplicator d({1000, 1500});
    const QString a = QStringLiteral("A");
    QCOMPARE(d.update({a}, 10000), QStringList{a});
    QCOMPARE(d.update({}, 11000), QStringList{}); // 1000 ms absent
    QVERIFY(d.isHeld(a));
    QCOMPARE(d.update({}, 11499), QStringList{}); // 1499 ms
    QVERIFY(d.isHeld(a));
    QCOMPARE(d.update({}, 11500), QStringList{}); // 1500 ms: re-armed
    QVERIFY(!d.isHeld(a));
    QCOMPARE(d.update({a}, 11600), QStringList{a});
    // Seen in every frame, even sparse ones: never re-armed by time alone.
    QCOMPARE(d.update({a}, 20000), QStringList{});
}

void TestQrFrameWorker::dedupHandlesSeveralCodes()
{
    ScanDeduplicator d({2, 100000});
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    QCOMPARE(d.update({a}, 0), QStringList{a});
    QCOMPARE(d.update({a, b, b}, 1), QStringList{b}); // duplicates in one frame count once
    QCOMPARE(d.update({b}, 2), QStringList{});
    QCOMPARE(d.update({b}, 3), QStringList{}); // a re-armed now (2 frames absent)
    QCOMPARE(d.update({a, b}, 4), QStringList{a});
}

void TestQrFrameWorker::workerTriggersOnceWhileInView()
{
    startWorker({3, 3600000});
    QSignalSpy found(m_worker, &FrameDecodeWorker::codeFound);
    QSignalSpy decoded(m_worker, &FrameDecodeWorker::frameDecoded);
    const QString text = QStringLiteral("EOL1|U|SN00000042");
    const QImage image = frameWith(text);
    for (int i = 1; i <= 6; ++i) {
        // One frame at a time, as a camera at a sane frame rate delivers them.
        m_worker->offerImage(image);
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), i, 10000);
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().at(0).toString(), text);
    const auto corners = found.first().at(1).value<QList<QPointF>>();
    QCOMPARE(corners.size(), 4);
    for (const QPointF& p : corners)
        QVERIFY(QRectF(140, 90, 200, 200).contains(p));
    const auto codes = decoded.last().at(0).value<QList<eol::core::scan::DecodedCode>>();
    QCOMPARE(codes.size(), 1);
    QCOMPARE(decoded.last().at(1).toSize(), QSize(640, 480));
    QCOMPARE(m_worker->stats().decoded, quint64(6));
}

void TestQrFrameWorker::workerRearmsAfterAbsence()
{
    startWorker({3, 3600000});
    QSignalSpy found(m_worker, &FrameDecodeWorker::codeFound);
    QSignalSpy decoded(m_worker, &FrameDecodeWorker::frameDecoded);
    const QString a = QStringLiteral("EOL1|U|SN00000001");
    const QImage withA = frameWith(a);
    const QImage blank = frameWith(QString());
    // A, gone 2 frames (not re-armed), A, gone 3 frames (re-armed), A.
    const QList<QImage> sequence{withA, blank, blank, withA, blank, blank, blank, withA, withA};
    int n = 0;
    for (const QImage& image : sequence) {
        m_worker->offerImage(image);
        ++n;
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), n, 10000);
    }
    QCOMPARE(found.size(), 2);
    // After resetDeduplication (e.g. a run finished) the label in view triggers again.
    QMetaObject::invokeMethod(m_worker, &FrameDecodeWorker::resetDeduplication,
                              Qt::QueuedConnection);
    m_worker->offerImage(withA);
    QVERIFY(found.wait(10000));
    QCOMPARE(found.size(), 3);
}

void TestQrFrameWorker::workerLatestFrameWins()
{
    startWorker({3, 3600000});
    // Hold the worker inside its first decode (the slot runs on the worker thread) while
    // frames keep arriving, as a 30 fps camera does while one decode takes 100 ms.
    QSemaphore entered;
    QSemaphore release;
    QObject gate;
    connect(
        m_worker, &FrameDecodeWorker::decodeStarted, &gate,
        [&](quint64 frame) {
            if (frame == 1) {
                entered.release();
                release.acquire();
            }
        },
        Qt::DirectConnection);
    QSignalSpy found(m_worker, &FrameDecodeWorker::codeFound);
    QSignalSpy decoded(m_worker, &FrameDecodeWorker::frameDecoded);

    m_worker->offerImage(frameWith(QStringLiteral("first")));
    QVERIFY(entered.tryAcquire(1, 10000));
    for (int i = 1; i <= 20; ++i)
        m_worker->offerFrame(nv12(frameWith(QStringLiteral("frame %1").arg(i))));
    release.release();

    QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 2, 10000);
    QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("first"));
    QCOMPARE(found.at(1).at(0).toString(), QStringLiteral("frame 20")); // only the newest survived
    const auto stats = m_worker->stats();
    QCOMPARE(stats.offered, quint64(21));
    QCOMPARE(stats.decoded, quint64(2));
    QCOMPARE(stats.dropped, quint64(19));
    // Nothing else is queued behind: no third decode ever comes.
    m_worker->offerImage(frameWith(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 3, 10000);
    QCOMPARE(m_worker->stats().decoded, quint64(3));
}

void TestQrFrameWorker::workerReportsUnreadableFrames()
{
    startWorker({});
    QSignalSpy failed(m_worker, &FrameDecodeWorker::frameFailed);
    m_worker->offerFrame(QVideoFrame());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<eol::Error>().code, QStringLiteral("frame_empty"));
    QCOMPARE(m_worker->stats().failed, quint64(1));
}

void TestQrFrameWorker::cameraScannerFramePath()
{
    // The camera itself cannot run here (no /dev/video*); its frames take this path.
    CameraScanner scanner({}, {3, 3600000});
    QSignalSpy found(&scanner, &CameraScanner::codeFound);
    QSignalSpy inView(&scanner, &CameraScanner::codesInView);
    QSignalSpy preview(&scanner, &CameraScanner::previewFrameChanged);
    const QString text = QStringLiteral("EOL1|J|P=nrf91-tracker|PLAN=nrf91");
    scanner.processFrame(nv12(frameWith(text)));
    QVERIFY(found.wait(10000));
    QCOMPARE(found.first().at(0).toString(), text);
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!inView.isEmpty(), 10000);
    QCOMPARE(scanner.lastCodes().size(), 1);
    QCOMPARE(scanner.lastCodes().first().corners.size(), 4);
    QCOMPARE(scanner.lastFrameSize(), QSize(640, 480));
    QCOMPARE(scanner.previewFrame().size(), QSize(640, 480));
    QVERIFY(scanner.shutdown(5000));
}

QTEST_GUILESS_MAIN(TestQrFrameWorker)
#include "tst_qr_frame_worker.moc"
