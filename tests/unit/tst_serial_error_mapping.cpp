#include "serial/SerialTransport.h"

#include <QTest>

using eol::drivers::SerialTransport;

/// SerialTransport::translateError: QSerialPort errors onto the stable Transport codes. The
/// integration test produces most of these for real on ptys; this covers every branch,
/// including the ones a pty cannot produce (a genuine EACCES when running as root).
class TestSerialErrorMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsToStableCodes_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("accessible");
        QTest::addColumn<bool>("hungUp");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("hint"); // what the operator is told to do

        QTest::newRow("not found")
            << int(QSerialPort::DeviceNotFoundError) << true << false << "port_not_found"
            << "check the fixture cable";
        QTest::newRow("permission, node not accessible")
            << int(QSerialPort::PermissionError) << false << false << "permission_denied"
            << "dialout group";
        QTest::newRow("permission, node accessible = locked by someone")
            << int(QSerialPort::PermissionError) << true << false << "port_busy"
            << "in use by another program";
        QTest::newRow("already open") << int(QSerialPort::OpenError) << true << false << "port_busy"
                                      << "already open";
        QTest::newRow("resource") << int(QSerialPort::ResourceError) << true << false << "unplugged"
                                  << "reconnect the fixture cable";
        QTest::newRow("read error on hung-up tty")
            << int(QSerialPort::ReadError) << true << true << "unplugged"
            << "reconnect";
        QTest::newRow("write error on hung-up tty")
            << int(QSerialPort::WriteError) << true << true << "unplugged"
            << "reconnect";
        QTest::newRow("read error") << int(QSerialPort::ReadError) << true << false << "io_error"
                                    << "check the cable";
        QTest::newRow("write error") << int(QSerialPort::WriteError) << true << false << "io_error"
                                     << "check the cable";
        QTest::newRow("unknown") << int(QSerialPort::UnknownError) << true << false << "io_error"
                                 << "check the cable";
        QTest::newRow("unsupported setting")
            << int(QSerialPort::UnsupportedOperationError) << true << false << "bad_settings"
            << "baud rate";
    }

    void mapsToStableCodes()
    {
        QFETCH(int, error);
        QFETCH(bool, accessible);
        QFETCH(bool, hungUp);
        QFETCH(QString, code);
        QFETCH(QString, hint);

        const eol::Error e = SerialTransport::translateError(
            QSerialPort::SerialPortError(error), QStringLiteral("/dev/ttyUSB3"),
            QStringLiteral("system detail"), accessible, hungUp);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(QStringLiteral("/dev/ttyUSB3")), qPrintable(e.message));
        QVERIFY2(e.message.contains(hint), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestSerialErrorMapping)
#include "tst_serial_error_mapping.moc"
