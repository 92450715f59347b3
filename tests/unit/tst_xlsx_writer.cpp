// The .xlsx writer and its ZIP container, read back by independent implementations: Python's
// zipfile (CRC check of every member) and openpyxl. Typed cells, escaping, characters XML
// cannot carry, Excel's limits, and a large entry through the streaming deflate.
#include "PythonReader.h"
#include "export/XlsxCell.h"
#include "export/XlsxWriter.h"
#include "export/XmlText.h"
#include "export/ZipWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using eol::core::exporting::XlsxCell;
using eol::core::exporting::XlsxColumn;
using eol::core::exporting::XlsxWriter;
using eol::core::exporting::XmlText;
using eol::core::exporting::ZipWriter;

namespace {

QJsonObject sheetNamed(const QJsonObject& book, const QString& name)
{
    for (const QJsonValue& s : book.value(QStringLiteral("sheets")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    }
    return {};
}

QJsonValue cellAt(const QJsonObject& sheet, int row, int column)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(row).toArray().at(column);
}

QString pythonOutput(const QString& script, const QStringList& args)
{
    QProcess p;
    p.start(pythonWithOpenpyxl(), QStringList{QStringLiteral("-c"), script} + args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("<timeout>");
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

} // namespace

class TstXlsxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!pythonWithOpenpyxl().isEmpty(),
                 "python3 with openpyxl is needed (apt install python3-openpyxl)");
    }

    void parseNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isNumber");
        QTest::addColumn<double>("value");
        QTest::newRow("int") << "42" << true << 42.0;
        QTest::newRow("negative") << "-71" << true << -71.0;
        QTest::newRow("decimal") << "-3.25" << true << -3.25;
        QTest::newRow("plus") << "+5" << true << 5.0;
        QTest::newRow("exponent") << "1.5e-3" << true << 0.0015;
        QTest::newRow("zero point") << "0.5" << true << 0.5;
        QTest::newRow("dot first") << ".5" << true << 0.5;
        QTest::newRow("zero") << "0" << true << 0.0;
        QTest::newRow("10 digits") << "1234567890" << true << 1234567890.0;
        QTest::newRow("imei") << "352656101576604" << false << 0.0;
        QTest::newRow("iccid") << "8901234567141754512" << false << 0.0;
        QTest::newRow("leading zero") << "007" << false << 0.0;
        QTest::newRow("16 significant") << "1.234567890123456" << false << 0.0;
        QTest::newRow("overflow") << "1e400" << false << 0.0;
        QTest::newRow("huge ok") << "1e300" << true << 1e300;
        QTest::newRow("unit") << "12 dBm" << false << 0.0;
        QTest::newRow("hex") << "0x1F" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
        QTest::newRow("sign only") << "-" << false << 0.0;
        QTest::newRow("two dots") << "1.2.3" << false << 0.0;
        QTest::newRow("exp no digits") << "1e" << false << 0.0;
        QTest::newRow("nan") << "nan" << false << 0.0;
        QTest::newRow("space") << " 1" << false << 0.0;
    }

    void parseNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, isNumber);
        QFETCH(double, value);
        double got = -999;
        QCOMPARE(XlsxCell::parseNumber(text, &got), isNumber);
        if (isNumber)
            QCOMPARE(got, value);
        QCOMPARE(XlsxCell::numberOrText(text).type(),
                 isNumber ? XlsxCell::Type::Number
                          : (text.isEmpty() ? XlsxCell::Type::Empty : XlsxCell::Type::Text));
    }

    void dateTimeSerial()
    {
        // 1970-01-01 is 25569 in the 1900 date system; noon adds half a day.
        const XlsxCell epoch =
            XlsxCell::dateTime(QDateTime(QDate(1970, 1, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(epoch.type(), XlsxCell::Type::DateTime);
        QCOMPARE(epoch.numberValue(), 25569.5);
        QCOMPARE(XlsxCell::dateTime(QDateTime()).type(), XlsxCell::Type::Empty);
        const XlsxCell old = XlsxCell::dateTime(QDateTime(QDate(1899, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(old.type(), XlsxCell::Type::Text);
        QCOMPARE(old.textValue(), QStringLiteral("1899-01-01T00:00:00.000Z"));
        QCOMPARE(XlsxCell::number(std::numeric_limits<double>::quiet_NaN()).textValue(),
                 QStringLiteral("NaN"));
    }

    void xmlText()
    {
        QByteArray out;
        XmlText::append(out, QString::fromUtf8("a&b<c>\"d\r\ne\x01\tf\xEF\xBF\xBF"));
        QCOMPARE(out, QByteArray("a&amp;b&lt;c&gt;&quot;d&#13;\ne\xEF\xBF\xBD\tf\xEF\xBF\xBD"));
        const QChar lone[] = {QChar(u'x'), QChar(char16_t(0xD800)), QChar(u'y')};
        QCOMPARE(XmlText::legalised(QStringView(lone, 3)), QString::fromUtf8("x\xEF\xBF\xBDy"));
        QVERIFY(!XmlText::hasIllegal(QString::fromUtf8("Zoë 温度 😀")));
        QCOMPARE(XmlText::legalised(QString::fromUtf8("😀")), QString::fromUtf8("😀"));
    }

    void sheetNames()
    {
        QVERIFY(XlsxWriter::checkSheetName(QStringLiteral("Runs")).ok());
        QVERIFY(!XlsxWriter::checkSheetName(QString()).ok());
        QVERIFY(!XlsxWriter::checkSheetName(QString(32, u'x')).ok());
        QVERIFY(!XlsxWriter::checkSheetName(QStringLiteral("a/b")).ok());
        QVERIFY(!XlsxWriter::checkSheetName(QStringLiteral("'quoted'")).ok());
        QCOMPARE(XlsxWriter::columnName(0), QByteArray("A"));
        QCOMPARE(XlsxWriter::columnName(25), QByteArray("Z"));
        QCOMPARE(XlsxWriter::columnName(26), QByteArray("AA"));
        QCOMPARE(XlsxWriter::columnName(16383), QByteArray("XFD"));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        XlsxWriter book(buffer, QStringLiteral("t"));
        QVERIFY(book.beginSheet(QStringLiteral("Runs"), {{QStringLiteral("a"), 10}}).ok());
        auto dup = book.beginSheet(QStringLiteral("RUNS"), {{QStringLiteral("a"), 10}});
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("xlsx_bad_sheet_name"));
        auto wide = book.appendRow({XlsxCell::number(1), XlsxCell::number(2)});
        QVERIFY(!wide.ok());
        QCOMPARE(wide.error().code, QStringLiteral("xlsx_bad_columns"));
    }

    void typedCellsReadBackByOpenpyxl()
    {
        const QString path = m_dir.filePath(QStringLiteral("typed.xlsx"));
        const QString longText = QString(40000, u'L') + QStringLiteral("END");
        const QDateTime when(QDate(2026, 11, 22), QTime(21, 59, 15, 123), Qt::UTC);
        {
            QSaveFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            XlsxWriter book(file, QStringLiteral("Typed & <test>"));
            QVERIFY(book.beginSheet(QStringLiteral("Data"), {{QStringLiteral("Text"), 30},
                                                             {QStringLiteral("Number"), 10},
                                                             {QStringLiteral("When (UTC)"), 23},
                                                             {QStringLiteral("Maybe"), 12}})
                        .ok());
            QVERIFY(book.appendRow({XlsxCell::text(QStringLiteral("a & b <c> \"q\" 'apos'")),
                                    XlsxCell::number(-3.2), XlsxCell::dateTime(when),
                                    XlsxCell::numberOrText(QStringLiteral("352656101576604"))})
                        .ok());
            QVERIFY(book.appendRow({XlsxCell::text(QString::fromUtf8("line1\r\nline2\n\ttab")),
                                    XlsxCell::number(0.1), XlsxCell(),
                                    XlsxCell::numberOrText(QStringLiteral("-71.5"))})
                        .ok());
            QVERIFY(book.appendRow({XlsxCell::text(QString::fromUtf8("ctl\x01\x02\x1f end")),
                                    XlsxCell::number(1e300), XlsxCell::dateTime(when.addDays(1)),
                                    XlsxCell::text(QStringLiteral("=1+1"))})
                        .ok());
            QVERIFY(book.appendRow({XlsxCell::text(QString::fromUtf8("  Zoë 温度 😀  ")),
                                    XlsxCell::number(123456789012345.0), XlsxCell(),
                                    XlsxCell::text(longText)})
                        .ok());
            QCOMPARE(book.rowCount(), 4);
            QVERIFY(
                book.beginSheet(QStringLiteral("It's empty"), {{QStringLiteral("Only"), 8}}).ok());
            QCOMPARE(book.rowCount(), 0);
            QVERIFY(book.finish().ok());
            QVERIFY(file.commit());
        }

        const PythonRead read = readExport(QStringLiteral("xlsx"), path);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(read.json.value(QStringLiteral("zip_bad_member")).isNull());
        const QJsonArray entries = read.json.value(QStringLiteral("entries")).toArray();
        for (const char* part :
             {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
              "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
              "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"})
            QVERIFY2(entries.contains(QString::fromLatin1(part)), part);

        const QJsonObject data = sheetNamed(read.json, QStringLiteral("Data"));
        QCOMPARE(data.value(QStringLiteral("max_row")).toInt(), 5);
        QCOMPARE(data.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(data.value(QStringLiteral("autofilter")).toString(), QStringLiteral("A1:D5"));
        QVERIFY(data.value(QStringLiteral("header_bold")).toBool());

        auto text = [&](int r, int c) {
            const QJsonObject cell = cellAt(data, r, c).toObject();
            return cell.value(QStringLiteral("t")).toString() == QLatin1String("s")
                       ? cell.value(QStringLiteral("v")).toString()
                       : QStringLiteral("<not text: %1>")
                             .arg(QString::fromUtf8(QJsonDocument(cell).toJson()));
        };
        auto number = [&](int r, int c) {
            const QJsonObject cell = cellAt(data, r, c).toObject();
            return cell.value(QStringLiteral("t")).toString() == QLatin1String("n")
                       ? cell.value(QStringLiteral("v")).toDouble()
                       : std::numeric_limits<double>::quiet_NaN();
        };
        QCOMPARE(text(0, 0), QStringLiteral("Text"));
        QCOMPARE(text(0, 2), QStringLiteral("When (UTC)"));
        QCOMPARE(text(1, 0), QStringLiteral("a & b <c> \"q\" 'apos'"));
        QCOMPARE(number(1, 1), -3.2);
        const QJsonObject date = cellAt(data, 1, 2).toObject();
        QCOMPARE(date.value(QStringLiteral("t")).toString(), QStringLiteral("d"));
        QCOMPARE(date.value(QStringLiteral("v")).toString(),
                 QStringLiteral("2026-11-22T21:59:15.123Z"));
        QCOMPARE(date.value(QStringLiteral("fmt")).toString(),
                 QStringLiteral("yyyy-mm-dd hh:mm:ss.000"));
        QCOMPARE(text(1, 3), QStringLiteral("352656101576604")); // an IMEI stays text
        QCOMPARE(text(2, 0), QString::fromUtf8("line1\r\nline2\n\ttab"));
        QCOMPARE(number(2, 1), 0.1);
        QVERIFY(cellAt(data, 2, 2).isNull());
        QCOMPARE(number(2, 3), -71.5);
        QCOMPARE(text(3, 0), QString::fromUtf8("ctl\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end"));
        QCOMPARE(number(3, 1), 1e300);
        QCOMPARE(cellAt(data, 3, 2).toObject().value(QStringLiteral("v")).toString(),
                 QStringLiteral("2026-11-23T21:59:15.123Z"));
        QCOMPARE(text(3, 3), QStringLiteral("=1+1")); // a text cell is never a formula
        QCOMPARE(text(4, 0), QString::fromUtf8("  Zoë 温度 😀  "));
        QCOMPARE(number(4, 1), 123456789012345.0);
        const QString cut = text(4, 3);
        QCOMPARE(cut.size(), XlsxWriter::kMaxCellLength);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QVERIFY(cut.startsWith(QStringLiteral("LLLL")));

        const QJsonObject empty = sheetNamed(read.json, QStringLiteral("It's empty"));
        QCOMPARE(empty.value(QStringLiteral("max_row")).toInt(), 1);
        QCOMPARE(empty.value(QStringLiteral("autofilter")).toString(), QStringLiteral("A1:A1"));

        // The document properties carry the escaped title.
        QCOMPARE(pythonOutput(QStringLiteral("import openpyxl,sys; "
                                             "print(openpyxl.load_workbook(sys.argv[1])"
                                             ".properties.title)"),
                              {path}),
                 QStringLiteral("Typed & <test>"));
    }

    void excelRowLimitIsEnforced()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        XlsxWriter book(buffer, QStringLiteral("limit"));
        QVERIFY(book.beginSheet(QStringLiteral("Big"), {{QStringLiteral("n"), 8}}).ok());
        const QList<XlsxCell> row{XlsxCell::number(1)};
        for (qint64 i = 0; i < XlsxWriter::kMaxDataRows; ++i) {
            if (!book.appendRow(row).ok())
                QFAIL(qPrintable(QStringLiteral("row %1 refused").arg(i + 2)));
        }
        QCOMPARE(book.rowCount(), 1048575);
        auto over = book.appendRow(row);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, QStringLiteral("xlsx_too_many_rows"));
        QVERIFY2(over.error().message.contains(QStringLiteral("CSV")),
                 qPrintable(over.error().message));
        QVERIFY(book.finish().ok());

        const QString path = m_dir.filePath(QStringLiteral("full.xlsx"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(buffer.data());
        out.close();
        QCOMPARE(pythonOutput(
                     QStringLiteral(
                         "import zipfile,sys,re; z=zipfile.ZipFile(sys.argv[1]); "
                         "print(z.testzip()); s=z.read('xl/worksheets/sheet1.xml'); "
                         "print(s.count(b'<row ')); "
                         "print(re.search(rb'<autoFilter ref=\"([^\"]+)\"', s).group(1).decode())"),
                     {path}),
                 QStringLiteral("None\n1048576\nA1:A1048576"));
    }

    void zipStreamsLargeEntries()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.zip"));
        // 6 MiB of random bytes (incompressible: deflate output larger than the input chunks)
        // and 20 MiB of repetitive text, written in uneven pieces.
        QByteArray random(6 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
        QByteArray text;
        for (int i = 0; text.size() < 20 * 1024 * 1024; ++i)
            text += "<row r=\"" + QByteArray::number(i) + "\"><c><v>1</v></c></row>";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            ZipWriter zip(file, QDateTime(QDate(2026, 11, 22), QTime(21, 59, 16), Qt::UTC));
            QVERIFY(zip.beginEntry(QStringLiteral("random.bin")).ok());
            for (qsizetype at = 0; at < random.size(); at += 777777)
                QVERIFY(
                    zip.write(random.constData() + at, qMin<qsizetype>(777777, random.size() - at))
                        .ok());
            QVERIFY(zip.endEntry().ok());
            QVERIFY(zip.beginEntry(QStringLiteral("dir/tëxt.xml")).ok());
            for (qsizetype at = 0; at < text.size(); at += 1000003)
                QVERIFY(zip.write(text.constData() + at, qMin<qsizetype>(1000003, text.size() - at))
                            .ok());
            QVERIFY(zip.endEntry().ok());
            QVERIFY(zip.beginEntry(QStringLiteral("empty")).ok());
            QVERIFY(zip.endEntry().ok());
            QVERIFY(zip.finish().ok());
            QCOMPARE(quint64(file.size()), zip.bytesWritten());
            QVERIFY(file.size() < random.size() + text.size() / 10);
        }
        const QString expected =
            QStringLiteral(
                "None\nrandom.bin %1 %2 2026-11-22 21:59:16\ndir/tëxt.xml %3 %4\nempty 0 ")
                .arg(random.size())
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(random, QCryptographicHash::Sha256).toHex()))
                .arg(text.size())
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
        const QString got = pythonOutput(
            QStringLiteral(
                "import zipfile,sys,hashlib\n"
                "z=zipfile.ZipFile(sys.argv[1]); print(z.testzip())\n"
                "for i in z.infolist():\n"
                "  d=z.read(i.filename); h=hashlib.sha256(d).hexdigest() if d else ''\n"
                "  t=('%04d-%02d-%02d %02d:%02d:%02d' % i.date_time) if i.filename=='random.bin' "
                "else ''\n"
                "  print(i.filename, len(d), h, t) if t else print(i.filename, len(d), h)\n"),
            {path});
        QCOMPARE(got, expected.trimmed());
    }

    void zipRefusesMisuse()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ZipWriter zip(buffer);
        QVERIFY(!zip.write("x", 1).ok());
        QVERIFY(zip.beginEntry(QStringLiteral("a")).ok());
        QVERIFY(!zip.beginEntry(QStringLiteral("b")).ok());
        QVERIFY(zip.finish().ok());
        QVERIFY(!zip.beginEntry(QStringLiteral("c")).ok());
        QBuffer closed;
        ZipWriter broken(closed);
        auto r = broken.beginEntry(QStringLiteral("a"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("zip_write_failed"));
    }
};

QTEST_GUILESS_MAIN(TstXlsxWriter)
#include "tst_xlsx_writer.moc"
