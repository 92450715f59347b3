#include "imaging/FrameDecodeWorker.h"

#include "imaging/DecodableFrame.h"
#include "imaging/ImagingLog.h"

#include <QMutexLocker>

namespace eol::imaging {

FrameDecodeWorker::FrameDecodeWorker(core::scan::QrDecoder decoder,
                                     core::scan::ScanDeduplicator::Options dedup, QObject* parent)
    : QObject(parent), m_decoder(decoder), m_dedup(dedup)
{
    m_clock.start();
}

void FrameDecodeWorker::offerFrame(const QVideoFrame& frame)
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.offered;
    if (m_hasPending)
        ++m_stats.dropped;
    m_pendingVideo = frame;
    m_pendingImage = QImage();
    m_hasPending = true;
    schedule();
}

void FrameDecodeWorker::offerImage(const QImage& image)
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.offered;
    if (m_hasPending)
        ++m_stats.dropped;
    m_pendingImage = image;
    m_pendingVideo = QVideoFrame();
    m_hasPending = true;
    schedule();
}

FrameDecodeWorker::Stats FrameDecodeWorker::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void FrameDecodeWorker::resetDeduplication()
{
    m_dedup.reset();
}

void FrameDecodeWorker::schedule()
{
    // Called with m_mutex held. At most one processPending() is ever queued: the event queue
    // cannot grow however fast frames arrive.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &FrameDecodeWorker::processPending, Qt::QueuedConnection);
}

void FrameDecodeWorker::processPending()
{
    QVideoFrame video;
    QImage image;
    quint64 number = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_scheduled = false;
        if (!m_hasPending)
            return;
        video = std::move(m_pendingVideo);
        image = std::move(m_pendingImage);
        m_pendingVideo = QVideoFrame();
        m_pendingImage = QImage();
        m_hasPending = false;
        number = m_stats.decoded + m_stats.failed + 1;
    }
    Q_EMIT decodeStarted(number);

    QElapsedTimer timer;
    timer.start();
    Result<QList<core::scan::DecodedCode>> codes = QList<core::scan::DecodedCode>{};
    QSize size;
    {
        // The frame (and the camera buffer it maps) is released before anything is emitted.
        auto frame = image.isNull() ? DecodableFrame::fromVideoFrame(video)
                                    : DecodableFrame::fromImage(image);
        if (frame) {
            size = frame->size();
            codes = m_decoder.decode(frame->view());
        } else {
            codes = frame.error();
        }
    }
    video = QVideoFrame();
    image = QImage();
    const double ms = double(timer.nsecsElapsed()) / 1e6;

    {
        QMutexLocker lock(&m_mutex);
        m_stats.lastDecodeMs = ms;
        if (codes)
            ++m_stats.decoded;
        else
            ++m_stats.failed;
    }
    if (!codes) {
        qCWarning(lcImaging) << "frame" << number << "not decoded:" << codes.error().message;
        Q_EMIT frameFailed(codes.error());
        return;
    }

    QStringList texts;
    for (const auto& code : codes.value())
        texts.append(code.text);
    const QStringList triggered = m_dedup.update(texts, m_clock.elapsed());
    Q_EMIT frameDecoded(codes.value(), size, ms);
    for (const QString& text : triggered) {
        for (const auto& code : codes.value()) {
            if (code.text == text) {
                qCInfo(lcImaging) << "scanned" << text << "in" << ms << "ms";
                Q_EMIT codeFound(text, code.corners);
                break;
            }
        }
    }
}

} // namespace eol::imaging
