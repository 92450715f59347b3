// CsvExporter: RFC 4180 quoting, UTF-8, header, formula-injection guard that spares IMEIs and
// negative numbers.
#include "store/CsvExporter.h"
#include "store/RunStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using eol::core::store::CsvExporter;
using eol::core::store::RunFilter;
using eol::core::store::RunRecord;
using eol::core::store::RunStore;

class TstStoreCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* value, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(value) << QString::fromUtf8(expected);
        };
        row("plain", "abc", "abc");
        row("empty", "", "");
        row("comma", "a,b", "\"a,b\"");
        row("quote", "say \"hi\"", "\"say \"\"hi\"\"\"");
        row("newline", "l1\nl2", "\"l1\nl2\"");
        row("crlf", "l1\r\nl2", "\"l1\r\nl2\"");
        row("utf8", "Zoë 温度", "Zoë 温度");
        row("formula =", "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"");
        row("formula +", "+1+2", "'+1+2");
        row("formula @", "@SUM(A1)", "'@SUM(A1)");
        row("formula -cmd", "-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0");
        row("formula tab", "\t=1", "'\t=1");
        row("formula cr", "\r=1", "\"'\r=1\"");
        row("negative number", "-71", "-71");
        row("negative decimal", "-12.5", "-12.5");
        row("lone minus", "-", "-");
        row("imei", "356938035643809", "356938035643809");
        row("inner =", "a=b", "a=b");
        // A leading sign is only safe when the whole cell is a number.
        row("formula -2+3", "-2+3", "'-2+3");
        row("minus with unit", "-1 dBm", "'-1 dBm");
        row("minus cell ref", "-A1", "'-A1");
        row("plus number", "+5", "+5");
        row("negative exponent", "-1.5e-3", "-1.5e-3");
        row("plus sum", "+1", "+1");
        row("lone equals", "=", "'=");
        row("lone plus", "+", "'+");
    }

    void escapeField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::escapeField(value), expected);
    }

    void exportsRunsAsRfc4180()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = RunStore::open(dir.filePath(QStringLiteral("csv.db")));
        QVERIFY(opened.ok());
        RunStore& store = **opened;

        RunRecord a;
        a.runId = QStringLiteral("00000000-0000-0000-0000-00000000000a");
        a.serial = QStringLiteral("=cmd()");
        a.product = QStringLiteral("tracker, \"x\"");
        a.planId = QStringLiteral("plan-a");
        a.planRevision = 7;
        a.operatorName = QStringLiteral("Zoë Ångström");
        a.startedUtc = QDateTime(QDate(2026, 11, 22), QTime(21, 59, 15, 123), Qt::UTC);
        QVERIFY(store.beginRun(a).ok());
        a.imei = QStringLiteral("356938035643809");
        a.verdict = QStringLiteral("fail");
        a.failingStep = QStringLiteral("rssi");
        a.failureReason = QStringLiteral("RSSI -71 dBm\nbelow -70");
        a.endedUtc = a.startedUtc.addMSecs(1500);
        a.attributes = QJsonObject{{QStringLiteral("iccid"), QStringLiteral("8944501234567890123")},
                                   {QStringLiteral("imsi"), QStringLiteral("234150123456789")},
                                   {QStringLiteral("firmware"), QStringLiteral("1.3.5")},
                                   {QStringLiteral("public_key"), QStringLiteral("04ABCD")}};
        QVERIFY(store.finishRun(a).ok());

        RunRecord b;
        b.runId = QStringLiteral("00000000-0000-0000-0000-00000000000b");
        b.serial = QStringLiteral("SN2");
        b.planId = QStringLiteral("plan-b");
        b.startedUtc = a.startedUtc.addSecs(60);
        QVERIFY(store.beginRun(b).ok());

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        auto r = CsvExporter::exportRuns(store, RunFilter{}, buffer);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const QByteArray csv = buffer.data();

        const QByteArray header =
            "run_id,started_utc,ended_utc,serial,imei,product,plan_id,plan_revision,plan_sha256,"
            "station_id,operator,batch,work_order,verdict,state,failing_step,failure_reason,iccid,"
            "imsi,firmware,public_key_sha256,attributes_json\r\n";
        QVERIFY2(csv.startsWith(header), csv.constData());
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));

        const QByteArray keyHash =
            QCryptographicHash::hash(QByteArray::fromHex("04ABCD"), QCryptographicHash::Sha256)
                .toHex();
        // Newest first: b (still running), then a.
        const QByteArray rowB = "00000000-0000-0000-0000-00000000000b,2026-11-22T22:00:15.123Z,,"
                                "SN2,,,plan-b,0,,,,,,,running,,,,,,,\r\n";
        const QByteArray rowA =
            "00000000-0000-0000-0000-00000000000a,2026-11-22T21:59:15.123Z,"
            "2026-11-22T21:59:16.623Z,'=cmd(),356938035643809,\"tracker, \"\"x\"\"\",plan-a,7,,,"
            "Zo\xC3\xAB \xC3\x85ngstr\xC3\xB6m,,,fail,finished,rssi,\"RSSI -71 dBm\nbelow -70\","
            "8944501234567890123,234150123456789,1.3.5," +
            keyHash +
            ",\"{\"\"firmware\"\":\"\"1.3.5\"\",\"\"iccid\"\":\"\"8944501234567890123\"\","
            "\"\"imsi\"\":\"\"234150123456789\"\",\"\"public_key\"\":\"\"04ABCD\"\"}\"\r\n";
        QCOMPARE(csv, header + rowB + rowA);

        // The filter is honoured.
        QBuffer failed;
        QVERIFY(failed.open(QIODevice::WriteOnly));
        RunFilter onlyFailed;
        onlyFailed.verdict = QStringLiteral("failed");
        QVERIFY(CsvExporter::exportRuns(store, onlyFailed, failed).ok());
        QCOMPARE(failed.data(), header + rowA);
    }

    void refusesClosedDevice()
    {
        QTemporaryDir dir;
        auto opened = RunStore::open(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(opened.ok());
        QBuffer closed;
        auto r = CsvExporter::exportRuns(**opened, RunFilter{}, closed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("csv_not_writable"));
    }
};

QTEST_GUILESS_MAIN(TstStoreCsvExporter)
#include "tst_store_csv_exporter.moc"
