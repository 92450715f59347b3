#pragma once

#include "common/Result.h"
#include "scan/DecodedCode.h"
#include "scan/QrDecoder.h"
#include "scan/ScanDeduplicator.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointF>
#include <QSize>
#include <QVideoFrame>

namespace eol::imaging {

/// Decodes camera frames on a worker thread. Frames are offered from any thread; while a frame
/// is being decoded, newer offers replace the one waiting (latest frame wins), so at most one
/// frame waits and a slow decode never builds a queue or a growing delay. Each decoded frame
/// goes through a ScanDeduplicator: codeFound fires once per label held up to the camera.
/// Create it, moveToThread() a plain QThread, then offer frames.
class FrameDecodeWorker : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        quint64 offered = 0; ///< frames offered
        quint64 decoded = 0; ///< frames decoded (with or without a code)
        quint64 dropped = 0; ///< frames replaced by a newer one before decoding
        quint64 failed = 0;  ///< frames that could not be read
        double lastDecodeMs = 0;
    };

    explicit FrameDecodeWorker(core::scan::QrDecoder decoder = {},
                               core::scan::ScanDeduplicator::Options dedup = {},
                               QObject* parent = nullptr);

    /// Thread-safe. Replaces a frame still waiting to be decoded.
    void offerFrame(const QVideoFrame& frame);
    /// Thread-safe. Same as offerFrame, for images (files, screenshots, tests).
    void offerImage(const QImage& image);
    /// Thread-safe snapshot of the counters.
    Stats stats() const;

public Q_SLOTS:
    /// Every code triggers again on its next sighting (e.g. after a run finished).
    void resetDeduplication();

Q_SIGNALS:
    /// On the worker thread, just before decoding frame number `frame` (1-based).
    void decodeStarted(quint64 frame);
    /// Every decoded frame: the codes in view (maybe none), for outlining them on the preview.
    void frameDecoded(const QList<eol::core::scan::DecodedCode>& codes, const QSize& frameSize,
                      double decodeMs);
    /// A new scan: `text` was not in view before (see ScanDeduplicator for re-arming).
    void codeFound(const QString& text, const QList<QPointF>& corners);
    /// A frame could not be read (unmappable, unsupported, decoder failure).
    void frameFailed(const eol::Error& error);

private:
    void schedule();
    void processPending();

    mutable QMutex m_mutex; ///< guards the pending frame, the scheduled flag and m_stats
    QVideoFrame m_pendingVideo;
    QImage m_pendingImage;
    bool m_hasPending = false;
    bool m_scheduled = false;
    Stats m_stats;

    const core::scan::QrDecoder m_decoder; ///< immutable; used on the worker thread
    core::scan::ScanDeduplicator m_dedup;  ///< worker thread only
    QElapsedTimer m_clock;
};

} // namespace eol::imaging
