#include "imaging/CameraScanner.h"

#include "imaging/ImagingLog.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMutexLocker>
#include <QVideoSink>

namespace eol::imaging {

CameraScanner::CameraScanner(core::scan::QrDecoder decoder,
                             core::scan::ScanDeduplicator::Options dedup, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("eol-qr-decode"));
    m_worker = new FrameDecodeWorker(decoder, dedup);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FrameDecodeWorker::codeFound, this, &CameraScanner::codeFound);
    connect(m_worker, &FrameDecodeWorker::frameDecoded, this,
            [this](const QList<core::scan::DecodedCode>& codes, const QSize& size, double) {
                m_lastCodes = codes;
                m_lastFrameSize = size;
                Q_EMIT codesInView(codes, size);
            });
    m_thread.start();
}

CameraScanner::~CameraScanner()
{
    stop();
    shutdown();
}

QList<QCameraDevice> CameraScanner::cameras()
{
    return QMediaDevices::videoInputs();
}

Result<void> CameraScanner::start(const QCameraDevice& requested)
{
    if (!m_worker)
        return makeError(QStringLiteral("scanner_stopped"),
                         QStringLiteral("the camera scanner was shut down; create a new one"));
    const QCameraDevice device =
        requested.isNull() ? QMediaDevices::defaultVideoInput() : requested;
    if (device.isNull())
        return makeError(
            QStringLiteral("no_camera"),
            QStringLiteral("no camera found: connect a USB camera, check that this user "
                           "may open /dev/video*, or scan with a handheld scanner"));
    stop();
    m_camera = std::make_unique<QCamera>(device);
    m_sink = std::make_unique<QVideoSink>();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    // The backend may emit from its own thread: hand the frame over right there (both hand-overs
    // are thread-safe and latest-wins), so nothing queues up in the GUI event loop.
    connect(
        m_sink.get(), &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame& frame) { processFrame(frame); }, Qt::DirectConnection);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this, name = device.description()](QCamera::Error error, const QString& text) {
                if (error == QCamera::NoError)
                    return;
                qCWarning(lcImaging) << "camera" << name << "error:" << text;
                Q_EMIT cameraError(QStringLiteral("camera \"%1\": %2").arg(name, text));
            });
    m_camera->start();
    if (m_camera->error() != QCamera::NoError) {
        const QString text = m_camera->errorString();
        stop();
        return makeError(
            QStringLiteral("camera_error"),
            QStringLiteral("camera \"%1\" did not start: %2").arg(device.description(), text));
    }
    qCInfo(lcImaging) << "scanning with camera" << device.description();
    return {};
}

void CameraScanner::stop()
{
    if (m_camera)
        m_camera->stop();
    if (m_sink)
        disconnect(m_sink.get(), nullptr, this, nullptr);
    m_session.reset();
    m_camera.reset();
    m_sink.reset();
}

bool CameraScanner::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraScanner::processFrame(const QVideoFrame& frame)
{
    if (m_worker)
        m_worker->offerFrame(frame);
    QMutexLocker lock(&m_previewMutex);
    m_preview = frame;
    if (m_previewScheduled)
        return;
    m_previewScheduled = true;
    QMetaObject::invokeMethod(this, &CameraScanner::deliverPreview, Qt::QueuedConnection);
}

void CameraScanner::deliverPreview()
{
    QVideoFrame frame;
    {
        QMutexLocker lock(&m_previewMutex);
        m_previewScheduled = false;
        frame = m_preview;
    }
    Q_EMIT previewFrameChanged(frame);
}

QVideoFrame CameraScanner::previewFrame() const
{
    QMutexLocker lock(&m_previewMutex);
    return m_preview;
}

void CameraScanner::resetDeduplication()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &FrameDecodeWorker::resetDeduplication,
                                  Qt::QueuedConnection);
}

bool CameraScanner::shutdown(int timeoutMs)
{
    if (!m_thread.isRunning())
        return true;
    m_thread.quit();
    if (!m_thread.wait(QDeadlineTimer(timeoutMs))) {
        qCWarning(lcImaging) << "the decode thread did not stop within" << timeoutMs << "ms";
        return false;
    }
    m_worker = nullptr; // deleted by deleteLater on the finished thread
    return true;
}

} // namespace eol::imaging
