// A scanner that presents a serial port, on a real pseudo-terminal: lines become scans, chunked
// or not; overlong lines are dropped with a clear problem; a missing port is reported once.

#include "scan/SerialScannerInput.h"
#include "serial/SerialTransport.h"

#include <QSignalSpy>
#include <QTest>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using eol::core::scan::SerialScannerInput;

namespace {

/// The scanner's end of a pty pair: tests write what the scanner would send.
struct ScannerPty
{
    int master = -1;
    QString slavePath;
    ScannerPty()
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            return;
        char name[128] = {};
        if (::ptsname_r(master, name, sizeof name) != 0)
            return;
        termios tio{};
        ::tcgetattr(master, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(master, TCSANOW, &tio);
        slavePath = QString::fromLocal8Bit(name);
    }
    ~ScannerPty()
    {
        if (master >= 0)
            ::close(master);
    }
    bool send(const QByteArray& bytes) const
    {
        return ::write(master, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
};

SerialScannerInput::TransportFactory serialFactory(const QString& path)
{
    return [path] {
        eol::drivers::SerialSettings settings;
        settings.portName = path;
        settings.baudRate = 9600;
        settings.openTimeoutMs = 0;
        return std::unique_ptr<eol::drivers::Transport>(
            new eol::drivers::SerialTransport(settings));
    };
}

} // namespace

class TestSerialScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesBecomeScans()
    {
        ScannerPty pty;
        QVERIFY(!pty.slavePath.isEmpty());
        SerialScannerInput input(serialFactory(pty.slavePath));
        QSignalSpy connected(&input, &SerialScannerInput::connected);
        QSignalSpy scanned(&input, &SerialScannerInput::scanned);
        input.start();
        QVERIFY(connected.wait(5000));

        QVERIFY(pty.send("EOL1|U|SN0000"));
        QVERIFY(pty.send("0001\r\n"));
        QVERIFY(scanned.wait(5000));
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("EOL1|U|SN00000001"));

        QVERIFY(pty.send("SN00000002\rSN00000003\n"));
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 3, 5000);
        QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("SN00000002"));
        QCOMPARE(scanned.at(2).at(0).toString(), QStringLiteral("SN00000003"));
        input.stop();
    }

    void overlongLineIsDroppedAndTheNextOneWorks()
    {
        ScannerPty pty;
        SerialScannerInput input(serialFactory(pty.slavePath));
        QSignalSpy connected(&input, &SerialScannerInput::connected);
        QSignalSpy scanned(&input, &SerialScannerInput::scanned);
        QSignalSpy problem(&input, &SerialScannerInput::problem);
        input.start();
        QVERIFY(connected.wait(5000));
        QVERIFY(pty.send(QByteArray(3000, 'A') + "\r\nSN00000009\r\n"));
        QVERIFY(scanned.wait(5000));
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SN00000009"));
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.at(0).at(0).toString().contains(QStringLiteral("longer than")));
        input.stop();
    }

    void missingScannerIsReportedOnce()
    {
        SerialScannerInput input(serialFactory(QStringLiteral("/dev/ttyEOLNOSCANNER")));
        input.setReopenIntervalMs(50);
        QSignalSpy problem(&input, &SerialScannerInput::problem);
        input.start();
        QVERIFY(problem.wait(5000));
        QVERIFY(problem.at(0).at(0).toString().contains(QStringLiteral("/dev/ttyEOLNOSCANNER")));
        // It keeps retrying quietly: several 50 ms reopen cycles pass without a second report.
        QVERIFY(!problem.wait(400));
        QCOMPARE(problem.size(), 1);
        input.stop();
    }
};

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serial_scanner.moc"
