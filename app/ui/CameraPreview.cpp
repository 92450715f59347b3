#include "ui/CameraPreview.h"

#include "scan/DecodedCode.h"

#include <QPainter>
#include <QVideoFrame>

namespace eol::ui {

CameraPreview::CameraPreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPreview"));
    setMinimumSize(160, 90);
}

void CameraPreview::showFrame(const QVideoFrame& frame)
{
    // Only the preview converts to RGB; decoding reads the frame's luminance plane directly.
    showImage(frame.toImage());
}

void CameraPreview::showImage(const QImage& image)
{
    m_image = image;
    m_error.clear();
    update();
}

void CameraPreview::showCodes(const QList<core::scan::DecodedCode>& codes, const QSize& frameSize)
{
    m_frameSize = frameSize;
    m_outlines.clear();
    for (const auto& code : codes) {
        QPolygonF polygon;
        for (const QPointF& p : code.corners)
            polygon << p;
        if (polygon.size() >= 3)
            m_outlines << polygon;
    }
    update();
}

void CameraPreview::showError(const QString& message)
{
    m_error = message;
    update();
}

void CameraPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_error.isEmpty() || m_image.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_error.isEmpty() ? tr("Starting the camera…") : m_error);
        return;
    }
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    painter.drawImage(target, m_image);
    if (m_outlines.isEmpty())
        return;
    const QSizeF source = m_frameSize.isValid() ? QSizeF(m_frameSize) : QSizeF(m_image.size());
    QTransform toWidget;
    toWidget.translate(target.left(), target.top());
    toWidget.scale(target.width() / source.width(), target.height() / source.height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x2e, 0xcc, 0x40), 4));
    for (const QPolygonF& outline : std::as_const(m_outlines))
        painter.drawPolygon(toWidget.map(outline));
}

} // namespace eol::ui
