#pragma once

#include "common/Result.h"
#include "imaging/FrameDecodeWorker.h"

#include <QCameraDevice>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointF>
#include <QThread>
#include <QVideoFrame>
#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace eol::imaging {

/// Scans QR codes with a camera: QCamera -> QMediaCaptureSession -> QVideoSink; every frame
/// goes, without a copy, to a FrameDecodeWorker on its own thread (latest frame wins), and to
/// the preview (also latest-wins, delivered on this object's thread). A widget shows
/// previewFrame() and outlines lastCodes() (corners in frame pixels, frame size alongside).
/// Lives on the GUI thread. The camera itself is created only by start(), so the frame path
/// (processFrame) works, and is tested, without a camera or a multimedia backend.
class CameraScanner : public QObject
{
    Q_OBJECT
public:
    explicit CameraScanner(core::scan::QrDecoder decoder = {},
                           core::scan::ScanDeduplicator::Options dedup = {},
                           QObject* parent = nullptr);
    ~CameraScanner() override;

    /// The cameras the multimedia backend can see (may be empty).
    static QList<QCameraDevice> cameras();

    /// Opens `device` (the system default if null) and starts scanning. Errors (no camera,
    /// camera busy) come back as values; later camera errors arrive through cameraError().
    Result<void> start(const QCameraDevice& device = {});
    void stop();
    bool isActive() const;

    /// Feeds one frame as if the camera had delivered it. Thread-safe.
    void processFrame(const QVideoFrame& frame);

    /// Joins the decode thread within `timeoutMs` (never terminates it). Also run by the
    /// destructor.
    bool shutdown(int timeoutMs = 3000);

    QVideoFrame previewFrame() const;
    /// The codes in the last decoded frame, and that frame's size.
    QList<core::scan::DecodedCode> lastCodes() const { return m_lastCodes; }
    QSize lastFrameSize() const { return m_lastFrameSize; }
    FrameDecodeWorker::Stats stats() const
    {
        return m_worker ? m_worker->stats() : FrameDecodeWorker::Stats{};
    }

public Q_SLOTS:
    void resetDeduplication();

Q_SIGNALS:
    /// A new scan (de-duplicated): start a run with it.
    void codeFound(const QString& text, const QList<QPointF>& corners);
    /// Codes in view changed or were re-confirmed (every decoded frame).
    void codesInView(const QList<eol::core::scan::DecodedCode>& codes, const QSize& frameSize);
    /// A new preview frame is available (coalesced: at most one notification pending).
    void previewFrameChanged(const QVideoFrame& frame);
    void cameraError(const QString& message);

private:
    void deliverPreview();

    QThread m_thread;
    FrameDecodeWorker* m_worker = nullptr; ///< lives on m_thread; deleted when it finishes
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_sink;

    mutable QMutex m_previewMutex;
    QVideoFrame m_preview;
    bool m_previewScheduled = false;

    QList<core::scan::DecodedCode> m_lastCodes;
    QSize m_lastFrameSize;
};

} // namespace eol::imaging
