#include "serial/SerialTransport.h"

#include <QFile>
#include <QSerialPort>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <stdlib.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using eol::drivers::SerialSettings;
using eol::drivers::SerialTransport;
using eol::drivers::Transport;

namespace {

/// A real pseudo-terminal: the transport opens the slave by path, the test plays the device on
/// the master. The test also holds the slave open itself, so the master never sees a hang-up
/// while the transport is closed between opens.
class PtyPair : public QObject
{
public:
    PtyPair()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        char name[128] = {};
        if (::ptsname_r(m_master, name, sizeof name) != 0)
            return;
        m_slavePath = QString::fromLocal8Bit(name);
        m_slave = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK);
        // Raw both ways (termios ioctls on the master act on the slave), so CR, LF, NUL, 0xFF,
        // ^C and ^S pass unchanged.
        termios tio{};
        ::tcgetattr(m_master, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(m_master, TCSANOW, &tio);

        m_readNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read, this);
        connect(m_readNotifier.get(), &QSocketNotifier::activated, this, [this] { drainMaster(); });
        m_writeNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Write, this);
        m_writeNotifier->setEnabled(false);
        connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, [this] { flush(); });
    }

    ~PtyPair() override
    {
        closeMaster();
        if (m_slave >= 0)
            ::close(m_slave);
    }

    bool isValid() const { return m_master >= 0 && m_slave >= 0 && !m_slavePath.isEmpty(); }
    QString slavePath() const { return m_slavePath; }
    int masterFd() const { return m_master; }
    const QByteArray& received() const { return m_received; }

    /// What the "device" sends: queued and written as the pty accepts it.
    void send(const QByteArray& bytes)
    {
        m_pending += bytes;
        flush();
    }

    /// The device vanishes: the kernel hangs up the slave, as on a USB adapter pull.
    void closeMaster()
    {
        m_readNotifier.reset();
        m_writeNotifier.reset();
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }

private:
    void drainMaster()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n > 0) {
                m_received.append(buffer, n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n == 0 || errno != EAGAIN)
                m_readNotifier->setEnabled(false); // EIO: no slave open any more
            return;
        }
    }

    void flush()
    {
        while (!m_pending.isEmpty() && m_master >= 0) {
            const ssize_t n = ::write(m_master, m_pending.constData(), size_t(m_pending.size()));
            if (n > 0) {
                m_pending.remove(0, n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            break; // EAGAIN: the slave's input buffer is full; resume when writable
        }
        if (m_writeNotifier)
            m_writeNotifier->setEnabled(!m_pending.isEmpty());
    }

    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
    QByteArray m_received;
    QByteArray m_pending;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
};

SerialSettings settingsFor(const QString& port)
{
    SerialSettings s;
    s.portName = port;
    s.openTimeoutMs = 0;
    return s;
}

/// 64 KiB in which every byte value occurs, NUL, CR, LF, XON/XOFF, ^C and 0xFF included.
QByteArray binaryPayload()
{
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    quint32 x = 0x12345678;
    for (int i = 0; i < bytes.size(); ++i) {
        if (i % 7 == 0) {
            bytes[i] = char(i / 7 % 2 == 0 ? 0x00 : 0xFF);
            continue;
        }
        x = x * 1664525u + 1013904223u; // LCG: reproducible without a seed parameter
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

constexpr int kTimeoutMs = 5000;

} // namespace

/// SerialTransport on real pseudo-terminals: data both ways, errors with their stable codes,
/// unplug, and a transport living on a worker thread.
class TestSerialTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<eol::Error>(); }

    void writesReachTheDevice()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialTransport transport(settingsFor(pty.slavePath()));
        QCOMPARE(transport.description(), pty.slavePath());
        transport.open(); // connecting after open() must still catch the answer
        QSignalSpy opened(&transport, &Transport::opened);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        QVERIFY(!transport.isOpen());
        QVERIFY(opened.wait(kTimeoutMs));
        QCOMPARE(errors.count(), 0);
        QVERIFY(transport.isOpen());

        transport.write(QByteArrayLiteral("AT+CGSN\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(pty.received(), QByteArrayLiteral("AT+CGSN\r\n"), kTimeoutMs);

        QSignalSpy closed(&transport, &Transport::closed);
        transport.close();
        QCOMPARE(closed.count(), 1);
        QVERIFY(!transport.isOpen());
        QCOMPARE(errors.count(), 0);
    }

    void deviceBytesArrive()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialTransport transport(settingsFor(pty.slavePath()));
        QSignalSpy opened(&transport, &Transport::opened);
        transport.open();
        QVERIFY(opened.wait(kTimeoutMs));

        QByteArray received;
        connect(&transport, &Transport::bytesReceived, this,
                [&received](const QByteArray& bytes) { received += bytes; });
        pty.send(QByteArrayLiteral("\r\nOK\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArrayLiteral("\r\nOK\r\n"), kTimeoutMs);
    }

    void binaryRoundTrip64KiB()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialTransport transport(settingsFor(pty.slavePath()));
        QSignalSpy opened(&transport, &Transport::opened);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QVERIFY(opened.wait(kTimeoutMs));

        const QByteArray payload = binaryPayload();
        QVERIFY(payload.contains('\0'));
        QVERIFY(payload.contains('\xFF'));

        // Station -> device.
        transport.write(payload);
        QTRY_COMPARE_WITH_TIMEOUT(pty.received().size(), payload.size(), kTimeoutMs);
        QVERIFY(pty.received() == payload);

        // Device echoes it back -> station.
        QByteArray received;
        connect(&transport, &Transport::bytesReceived, this,
                [&received](const QByteArray& bytes) { received += bytes; });
        pty.send(pty.received());
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), kTimeoutMs);
        QVERIFY(received == payload);
        QCOMPARE(errors.count(), 0);
    }

    void reopensAfterClose()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialTransport transport(settingsFor(pty.slavePath()));
        QSignalSpy opened(&transport, &Transport::opened);
        QSignalSpy closed(&transport, &Transport::closed);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        for (int cycle = 1; cycle <= 3; ++cycle) {
            transport.open();
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), cycle, kTimeoutMs);
            transport.write(QByteArrayLiteral("x"));
            QTRY_COMPARE_WITH_TIMEOUT(pty.received().size(), cycle, kTimeoutMs);
            transport.close();
            QCOMPARE(closed.count(), cycle);
        }
        QCOMPARE(errors.count(), 0);
    }

    void portNotFound()
    {
        SerialTransport transport(settingsFor(QStringLiteral("/dev/ttyDOESNOTEXIST")));
        transport.open();
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        QSignalSpy opened(&transport, &Transport::opened);
        QVERIFY(errors.wait(kTimeoutMs));
        QCOMPARE(errors.count(), 1);
        const auto error = errors.at(0).at(0).value<eol::Error>();
        QCOMPARE(error.code, QStringLiteral("port_not_found"));
        QVERIFY2(error.message.contains(QStringLiteral("/dev/ttyDOESNOTEXIST")),
                 qPrintable(error.message));
        QCOMPARE(opened.count(), 0);
        QVERIFY(!transport.isOpen());
    }

    void waitsForTheDeviceNodeToAppear()
    {
        // A USB adapter enumerates after the DUT powers up: the node appears while open()
        // is retrying. A symlink to a pty plays the late node.
        PtyPair pty;
        QVERIFY(pty.isValid());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString late = dir.filePath(QStringLiteral("ttyLATE"));

        SerialSettings settings = settingsFor(late);
        settings.openTimeoutMs = 4000;
        SerialTransport transport(settings);
        QSignalSpy opened(&transport, &Transport::opened);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QTimer::singleShot(300, this, [&] { QFile::link(pty.slavePath(), late); });
        QVERIFY(opened.wait(kTimeoutMs));
        QCOMPARE(errors.count(), 0);
        transport.write(QByteArrayLiteral("hello"));
        QTRY_COMPARE_WITH_TIMEOUT(pty.received(), QByteArrayLiteral("hello"), kTimeoutMs);
    }

    void portBusy()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialTransport first(settingsFor(pty.slavePath()));
        QSignalSpy firstOpened(&first, &Transport::opened);
        first.open();
        QVERIFY(firstOpened.wait(kTimeoutMs));

        SerialTransport second(settingsFor(pty.slavePath()));
        QSignalSpy errors(&second, &Transport::errorOccurred);
        second.open();
        QVERIFY(errors.wait(kTimeoutMs));
        const auto error = errors.at(0).at(0).value<eol::Error>();
        QCOMPARE(error.code, QStringLiteral("port_busy"));
        QVERIFY2(error.message.contains(pty.slavePath()), qPrintable(error.message));
        QVERIFY(!second.isOpen());
        QVERIFY(first.isOpen());

        // Released by the first, the port opens for the second.
        first.close();
        QSignalSpy secondOpened(&second, &Transport::opened);
        second.open();
        QVERIFY(secondOpened.wait(kTimeoutMs));
    }

    void permissionDenied()
    {
        // A real EACCES: as root, drop the effective uid to "nobody" for the open (root would
        // bypass the mode bits); otherwise take all rights off our own pty.
        PtyPair pty;
        QVERIFY(pty.isValid());
        const QByteArray path = QFile::encodeName(pty.slavePath());
        const bool root = ::geteuid() == 0;
        QVERIFY(::chmod(path.constData(), root ? 0600 : 0000) == 0);
        if (root && ::seteuid(65534) != 0)
            QSKIP("cannot drop the effective uid to test a real permission error");
        const auto restoreUid = qScopeGuard([root] {
            if (root)
                QVERIFY(::seteuid(0) == 0);
        });

        SerialTransport transport(settingsFor(pty.slavePath()));
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QVERIFY(errors.wait(kTimeoutMs));
        const auto error = errors.at(0).at(0).value<eol::Error>();
        QCOMPARE(error.code, QStringLiteral("permission_denied"));
        QVERIFY2(error.message.contains(pty.slavePath()), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("dialout")), qPrintable(error.message));
        QVERIFY(!transport.isOpen());
    }

    void badSettings_data()
    {
        QTest::addColumn<int>("baudRate");
        QTest::addColumn<QString>("parity");
        QTest::addColumn<QString>("stopBits");
        QTest::addColumn<QString>("field");
        QTest::newRow("baud 0") << 0 << "none"
                                << "1"
                                << "baudRate";
        QTest::newRow("parity weird") << 115200 << "weird"
                                      << "1"
                                      << "parity";
        QTest::newRow("1.5 stop bits on termios") << 115200 << "none"
                                                  << "1.5"
                                                  << "1.5 stop bits";
    }

    void badSettings()
    {
        QFETCH(int, baudRate);
        QFETCH(QString, parity);
        QFETCH(QString, stopBits);
        QFETCH(QString, field);

        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialSettings settings = settingsFor(pty.slavePath());
        settings.baudRate = baudRate;
        settings.parity = parity;
        settings.stopBits = stopBits;
        SerialTransport transport(settings);
        transport.open();
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        QSignalSpy opened(&transport, &Transport::opened);
        QVERIFY(errors.wait(kTimeoutMs));
        QCOMPARE(errors.count(), 1);
        const auto error = errors.at(0).at(0).value<eol::Error>();
        QCOMPARE(error.code, QStringLiteral("bad_settings"));
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
        QCOMPARE(opened.count(), 0);
        QVERIFY(!transport.isOpen());
    }

    void otherSettingsApply()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialSettings settings = settingsFor(pty.slavePath());
        settings.baudRate = 9600;
        settings.dataBits = 7;
        settings.parity = QStringLiteral("even");
        settings.stopBits = QStringLiteral("2");
        SerialTransport transport(settings);
        QSignalSpy opened(&transport, &Transport::opened);
        transport.open();
        QVERIFY(opened.wait(kTimeoutMs));

        auto* port = transport.findChild<QSerialPort*>();
        QVERIFY(port);
        QCOMPARE(port->baudRate(), 9600);
        QCOMPARE(port->dataBits(), QSerialPort::Data7);
        QCOMPARE(port->parity(), QSerialPort::EvenParity);
        QCOMPARE(port->stopBits(), QSerialPort::TwoStop);
        QCOMPARE(port->flowControl(), QSerialPort::NoFlowControl);
        // And the kernel got them, read back through the pty. (The pty driver forces CS8 and
        // clears PARENB whatever is set, so data bits and parity cannot be read back here.)
        termios tio{};
        QCOMPARE(::tcgetattr(pty.masterFd(), &tio), 0);
        QCOMPARE(::cfgetospeed(&tio), speed_t(B9600));
        QVERIFY(tio.c_cflag & CSTOPB);
        QVERIFY(!(tio.c_cflag & CRTSCTS));
    }

    void unpluggedIsReportedOnce()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialTransport transport(settingsFor(pty.slavePath()));
        QSignalSpy opened(&transport, &Transport::opened);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        QSignalSpy closed(&transport, &Transport::closed);
        transport.open();
        QVERIFY(opened.wait(kTimeoutMs));

        bool openWhenReported = true;
        connect(&transport, &Transport::errorOccurred, this,
                [&] { openWhenReported = transport.isOpen(); });
        pty.closeMaster();
        QVERIFY(errors.wait(kTimeoutMs));
        const auto error = errors.at(0).at(0).value<eol::Error>();
        QCOMPARE(error.code, QStringLiteral("unplugged"));
        QVERIFY2(error.message.contains(pty.slavePath()), qPrintable(error.message));
        QVERIFY(!openWhenReported);
        QVERIFY(!transport.isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, kTimeoutMs);

        // A hung-up tty stays readable forever; nothing more may be reported for this cycle,
        // not even for writes into the dead port.
        transport.write(QByteArrayLiteral("AT\r"));
        QVERIFY(!errors.wait(300));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(closed.count(), 1);
    }

    void writeWhenClosedReportsOnce()
    {
        SerialTransport transport(settingsFor(QStringLiteral("/dev/ttyNEVEROPENED")));
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.write(QByteArrayLiteral("AT\r"));
        transport.write(QByteArrayLiteral("AT\r"));
        QVERIFY(errors.wait(kTimeoutMs));
        const auto error = errors.at(0).at(0).value<eol::Error>();
        QCOMPARE(error.code, QStringLiteral("io_error"));
        QVERIFY2(error.message.contains(QStringLiteral("not open")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("/dev/ttyNEVEROPENED")),
                 qPrintable(error.message));
        QVERIFY(!errors.wait(200));
        QCOMPARE(errors.count(), 1);
    }

    void writeBacklogIsBounded()
    {
        // The bound counts what QSerialPort still holds plus the new bytes, so one write larger
        // than the bound trips it without having to stall a reader.
        PtyPair pty;
        QVERIFY(pty.isValid());
        SerialTransport transport(settingsFor(pty.slavePath()));
        QSignalSpy opened(&transport, &Transport::opened);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QVERIFY(opened.wait(kTimeoutMs));
        transport.write(QByteArray(SerialTransport::kMaxWriteBacklog + 1, 'x'));
        QVERIFY(errors.wait(kTimeoutMs));
        const auto error = errors.at(0).at(0).value<eol::Error>();
        QCOMPARE(error.code, QStringLiteral("io_error"));
        QVERIFY2(error.message.contains(QStringLiteral("write backlog full")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(pty.slavePath()), qPrintable(error.message));
        QVERIFY(!transport.isOpen());
    }

    void runsOnAWorkerThread()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        QThread* const mainThread = QThread::currentThread();
        const SerialSettings settings = settingsFor(pty.slavePath());
        // As a fixture slot does: the transport is created on, and lives on, its worker thread.
        QThread workerThread;
        QObject anchor;
        anchor.moveToThread(&workerThread);
        workerThread.start();
        Transport* transport = nullptr;
        QMetaObject::invokeMethod(
            &anchor, [&transport, settings] { transport = new SerialTransport(settings); },
            Qt::BlockingQueuedConnection);
        QVERIFY(transport);
        QCOMPARE(transport->thread(), &workerThread);

        // Signals cross to the main thread queued; record what arrives and on which thread.
        bool opened = false;
        QByteArray received;
        QThread* deliveredOn = nullptr;
        connect(transport, &Transport::opened, this, [&] { opened = true; });
        connect(transport, &Transport::bytesReceived, this, [&](const QByteArray& bytes) {
            received += bytes;
            deliveredOn = QThread::currentThread();
        });
        // The main event loop keeps turning while the worker opens and moves bytes.
        int mainTicks = 0;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, this, [&mainTicks] { ++mainTicks; });
        ticker.start();

        QMetaObject::invokeMethod(transport, &Transport::open, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(opened, kTimeoutMs);

        QSerialPort* port = nullptr;
        QThread* portThread = nullptr;
        QMetaObject::invokeMethod(
            transport,
            [&] {
                port = transport->findChild<QSerialPort*>();
                portThread = port ? port->thread() : nullptr;
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(port);
        QCOMPARE(portThread, &workerThread);
        QVERIFY(portThread != mainThread);

        const QByteArray payload = binaryPayload();
        QMetaObject::invokeMethod(
            transport, [transport, payload] { transport->write(payload); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(pty.received().size(), payload.size(), kTimeoutMs);
        QVERIFY(pty.received() == payload);
        pty.send(QByteArrayLiteral("\r\nOK\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArrayLiteral("\r\nOK\r\n"), kTimeoutMs);
        QCOMPARE(deliveredOn, mainThread);
        QVERIFY(mainTicks > 0);

        // Deleted on its own thread, then a bounded join.
        QMetaObject::invokeMethod(
            &anchor,
            [transport, &anchor, mainThread] {
                delete transport;
                anchor.moveToThread(mainThread); // the stack object is destroyed on this thread
            },
            Qt::BlockingQueuedConnection);
        workerThread.quit();
        QVERIFY(workerThread.wait(kTimeoutMs));
    }
};

QTEST_GUILESS_MAIN(TestSerialTransport)
#include "tst_serial_transport.moc"
