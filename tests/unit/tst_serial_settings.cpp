#include "serial/SerialSettings.h"

#include <QTest>

using eol::drivers::SerialSettings;

/// SerialSettings::validate: every field, its allowed values, and the wording of the message.
class TestSerialSettings : public QObject
{
    Q_OBJECT

private:
    static SerialSettings valid()
    {
        SerialSettings s;
        s.portName = QStringLiteral("/dev/ttyUSB0");
        return s;
    }

private Q_SLOTS:
    void defaultsAreValid()
    {
        const SerialSettings s = valid();
        QCOMPARE(s.baudRate, 115200);
        QCOMPARE(s.dataBits, 8);
        QCOMPARE(s.parity, QStringLiteral("none"));
        QCOMPARE(s.stopBits, QStringLiteral("1"));
        QCOMPARE(s.flowControl, QStringLiteral("none"));
        QCOMPARE(s.openTimeoutMs, 3000);
        QVERIFY(SerialSettings::validate(s).ok());
    }

    void acceptsEveryAllowedValue()
    {
        for (const char* parity : {"none", "even", "odd", "mark", "space"}) {
            SerialSettings s = valid();
            s.parity = QLatin1String(parity);
            QVERIFY2(SerialSettings::validate(s).ok(), parity);
        }
        for (const char* stop : {"1", "1.5", "2"}) {
            SerialSettings s = valid();
            s.stopBits = QLatin1String(stop);
            QVERIFY2(SerialSettings::validate(s).ok(), stop);
        }
        for (const char* flow : {"none", "hardware", "software"}) {
            SerialSettings s = valid();
            s.flowControl = QLatin1String(flow);
            QVERIFY2(SerialSettings::validate(s).ok(), flow);
        }
        for (int bits = 5; bits <= 8; ++bits) {
            SerialSettings s = valid();
            s.dataBits = bits;
            QVERIFY(SerialSettings::validate(s).ok());
        }
        for (int baud : {300, 9600, 115200, 250000, 921600, 3000000}) {
            SerialSettings s = valid();
            s.baudRate = baud;
            QVERIFY(SerialSettings::validate(s).ok());
        }
        SerialSettings s = valid();
        s.openTimeoutMs = 0;
        QVERIFY(SerialSettings::validate(s).ok());
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions"); // part of the allowed values in the message

        QTest::newRow("baud 0") << "baudRate"
                                << "0"
                                << "115200";
        QTest::newRow("baud negative") << "baudRate"
                                       << "-9600"
                                       << "115200";
        QTest::newRow("data bits 9") << "dataBits"
                                     << "9"
                                     << "5 | 6 | 7 | 8";
        QTest::newRow("data bits 4") << "dataBits"
                                     << "4"
                                     << "5 | 6 | 7 | 8";
        QTest::newRow("parity weird") << "parity"
                                      << "weird"
                                      << "none | even | odd | mark | space";
        QTest::newRow("parity case") << "parity"
                                     << "Even"
                                     << "none | even | odd | mark | space";
        QTest::newRow("stop bits 3") << "stopBits"
                                     << "3"
                                     << "1 | 1.5 | 2";
        QTest::newRow("flow rts") << "flowControl"
                                  << "rts"
                                  << "none | hardware | software";
        QTest::newRow("timeout negative") << "openTimeoutMs"
                                          << "-1"
                                          << "milliseconds";
        QTest::newRow("empty port") << "portName"
                                    << ""
                                    << "/dev/ttyUSB0";
    }

    void rejectsBadValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);

        SerialSettings s = valid();
        if (field == QLatin1String("baudRate"))
            s.baudRate = value.toInt();
        else if (field == QLatin1String("dataBits"))
            s.dataBits = value.toInt();
        else if (field == QLatin1String("parity"))
            s.parity = value;
        else if (field == QLatin1String("stopBits"))
            s.stopBits = value;
        else if (field == QLatin1String("flowControl"))
            s.flowControl = value;
        else if (field == QLatin1String("openTimeoutMs"))
            s.openTimeoutMs = value.toInt();
        else if (field == QLatin1String("portName"))
            s.portName = value;

        const auto result = SerialSettings::validate(s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("bad_settings"));
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        if (!value.isEmpty())
            QVERIFY2(result.error().message.contains(value), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSerialSettings)
#include "tst_serial_settings.moc"
