// The camera preview outlines the decoded code where it is in the picture (offscreen widget).

#include "ui/CameraPreview.h"

#include <QTest>

using eol::core::scan::DecodedCode;
using eol::ui::CameraPreview;

class TestCameraPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlinesTheCodeWhereItIs()
    {
        CameraPreview preview;
        preview.resize(640, 360);
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(Qt::gray);
        preview.showImage(frame);
        DecodedCode code;
        code.text = QStringLiteral("EOL1|U|SN00000001");
        // A square label at frame pixels (200,200)-(400,400): (100,100)-(200,200) on screen.
        code.corners = {QPointF(200, 200), QPointF(400, 200), QPointF(400, 400), QPointF(200, 400)};
        preview.showCodes({code}, frame.size());
        QCOMPARE(preview.outlines().size(), 1);

        const QImage shot = preview.grab().toImage();
        const QColor onEdge = shot.pixelColor(150, 100); // top edge, scaled by 1/2
        const QColor inside = shot.pixelColor(150, 150); // inside the label: the picture
        QVERIFY2(onEdge.green() > 150 && onEdge.red() < 120, qPrintable(onEdge.name()));
        QCOMPARE(inside, QColor(Qt::gray));

        preview.showCodes({}, frame.size());
        QVERIFY(preview.outlines().isEmpty());
        QCOMPARE(preview.grab().toImage().pixelColor(150, 100), QColor(Qt::gray));
    }

    void showsCameraErrorsInsteadOfAPicture()
    {
        CameraPreview preview;
        preview.resize(320, 180);
        preview.showError(QStringLiteral("no camera found"));
        const QImage shot = preview.grab().toImage();
        QCOMPARE(shot.pixelColor(2, 2), QColor(Qt::black));
    }
};

QTEST_MAIN(TestCameraPreview)
#include "tst_camera_preview.moc"
