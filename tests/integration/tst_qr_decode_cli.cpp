// `eol-station decode` as a user runs it: a real process on real PNG/JPEG files.

#define ZX_USE_UTF8

#include "StationProcess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

class TestQrDecodeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void samplePhotoExitsZero();
    void blankImageExitsOne();
    void jsonShape();
    void unreadableFileExitsTwo();
    void noArgumentsExitsTwo();
    void jpegUnderCoreApplication();

private:
    QString sample() const
    {
        return QStringLiteral(EOL_SHARED_DIR "/reference/qr-samples/qrcode-6/1.png");
    }
    QTemporaryDir m_dir;
    QString m_blank;
};

void TestQrDecodeCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(EOL_STATION_BIN)),
             "build eol-station first (ninja eol-station): this test runs the real binary");
    QVERIFY(m_dir.isValid());
    m_blank = m_dir.filePath(QStringLiteral("blank.png"));
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(230);
    QVERIFY(blank.save(m_blank));
}

void TestQrDecodeCli::samplePhotoExitsZero()
{
    const auto r = runStation({QStringLiteral("decode"), sample()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray(sample().toUtf8() + ": 1234567890"));
}

void TestQrDecodeCli::blankImageExitsOne()
{
    const auto r = runStation({QStringLiteral("decode"), sample(), m_blank});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QByteArray(m_blank.toUtf8() + ": no code found")));
}

void TestQrDecodeCli::jsonShape()
{
    const auto r =
        runStation({QStringLiteral("decode"), sample(), m_blank, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(doc.isArray(),
             qPrintable(error.errorString() + QStringLiteral(": ") + QString::fromUtf8(r.out)));
    const QJsonArray files = doc.array();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), sample());
    QVERIFY(first.value(QStringLiteral("error")).isNull());
    const QJsonArray codes = first.value(QStringLiteral("codes")).toArray();
    QCOMPARE(codes.size(), 1);
    const QJsonObject code = codes.at(0).toObject();
    QCOMPARE(code.value(QStringLiteral("text")).toString(), QStringLiteral("1234567890"));
    const QJsonArray corners = code.value(QStringLiteral("corners")).toArray();
    QCOMPARE(corners.size(), 4);
    for (const auto& corner : corners) {
        QCOMPARE(corner.toArray().size(), 2);
        QVERIFY(corner.toArray().at(0).toDouble() >= 0 && corner.toArray().at(0).toDouble() <= 500);
    }
    const QJsonObject second = files.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("file")).toString(), m_blank);
    QVERIFY(second.value(QStringLiteral("error")).isNull());
    QVERIFY(second.value(QStringLiteral("codes")).toArray().isEmpty());
}

void TestQrDecodeCli::unreadableFileExitsTwo()
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.png"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an image");
    f.close();
    const auto r =
        runStation({QStringLiteral("decode"), sample(), garbage,
                    m_dir.filePath(QStringLiteral("missing.png")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonArray files = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(files.size(), 3);
    QVERIFY(files.at(1).toObject().value(QStringLiteral("error")).toString().contains(garbage));
    QVERIFY(!files.at(2).toObject().value(QStringLiteral("error")).toString().isEmpty());
    const auto plain = runStation({QStringLiteral("decode"), garbage});
    QCOMPARE(plain.exitCode, 2);
    QVERIFY(plain.err.contains("cannot read"));
}

void TestQrDecodeCli::noArgumentsExitsTwo()
{
    const auto r = runStation({QStringLiteral("decode")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("usage: eol-station decode"));
}

void TestQrDecodeCli::jpegUnderCoreApplication()
{
    // The CLI runs under QCoreApplication: the JPEG plugin must still load there.
    const QString text = QStringLiteral("EOL1|U|SN00000777");
    const auto bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                          .setMargin(4)
                          .encode(text.toStdString(), 0, 0);
    QImage image(bits.width() * 8, bits.height() * 8, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, bits.get(x / 8, y / 8) ? qRgb(20, 20, 40) : qRgb(240, 235, 220));
    const QString jpeg = m_dir.filePath(QStringLiteral("label.jpg"));
    if (!image.save(jpeg, "JPEG", 85))
        QSKIP("no JPEG writer in this Qt installation");
    const auto r = runStation({QStringLiteral("decode"), jpeg});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray(jpeg.toUtf8() + ": " + text.toUtf8()));
}

QTEST_GUILESS_MAIN(TestQrDecodeCli)
#include "tst_qr_decode_cli.moc"
