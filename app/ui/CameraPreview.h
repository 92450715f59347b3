#pragma once

#include "scan/DecodedCode.h"

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QSize>
#include <QWidget>

class QVideoFrame;

namespace eol::ui {

/// The camera's live picture with every code in view outlined, so the operator sees what the
/// station reads (green outline) and where to hold the label.
class CameraPreview : public QWidget
{
    Q_OBJECT
public:
    explicit CameraPreview(QWidget* parent = nullptr);

    QSize sizeHint() const override { return {320, 180}; }
    /// Outlines in the latest frame's pixel coordinates; for tests and screenshots.
    const QList<QPolygonF>& outlines() const { return m_outlines; }

public Q_SLOTS:
    void showFrame(const QVideoFrame& frame);
    void showImage(const QImage& image);
    void showCodes(const QList<eol::core::scan::DecodedCode>& codes, const QSize& frameSize);
    void showError(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QSize m_frameSize;
    QList<QPolygonF> m_outlines;
    QString m_error;
};

} // namespace eol::ui
