// The simulator on a real pseudo-terminal, talked to through a real QSerialPort.

#include "sim/PtySimServer.h"
#include "sim/SimConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTest>

using eol::drivers::sim::PtySimServer;
using eol::drivers::sim::SimConfig;

namespace {

constexpr int kTimeoutMs = 5000;

SimConfig config(const QString& spec)
{
    auto parsed = SimConfig::parse(spec);
    if (!parsed)
        qFatal("bad spec in test: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

/// A QSerialPort that collects everything it reads.
class Client : public QObject
{
public:
    explicit Client(const QString& path)
    {
        m_port.setPortName(path);
        connect(&m_port, &QSerialPort::readyRead, this, [this] { received += m_port.readAll(); });
    }
    bool open()
    {
        m_port.setBaudRate(QSerialPort::Baud115200);
        return m_port.open(QIODevice::ReadWrite);
    }
    void send(const QByteArray& bytes) { m_port.write(bytes); }
    QSerialPort& port() { return m_port; }
    QByteArray received;

private:
    QSerialPort m_port;
};

} // namespace

class TestSimPtyServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesImeiOverARealSerialPort();
    void ptyIsRawBothWays();
    void publishesAndRemovesLink();
    void survivesClientReconnect();
    void unplugMakesTheSerialPortFail();
};

void TestSimPtyServer::servesImeiOverARealSerialPort()
{
    PtySimServer server(config(QStringLiteral("nrf91")));
    const auto path = server.start();
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().message));
    QVERIFY(path->startsWith(QStringLiteral("/dev/pts/")));
    QCOMPARE(server.slavePath(), path.value());

    QSignalSpy connected(&server, &PtySimServer::clientConnected);
    Client client(path.value());
    QVERIFY2(client.open(), qPrintable(client.port().errorString()));
    QVERIFY(connected.wait(kTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("\r\nReady\r\n"), kTimeoutMs);

    client.received.clear();
    client.send("AT+CGSN\r");
    const QByteArray expected = "\r\n" + server.identity().imei.toLatin1() + "\r\n\r\nOK\r\n";
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("OK\r\n"), kTimeoutMs);
    QCOMPARE(client.received, expected);
}

void TestSimPtyServer::ptyIsRawBothWays()
{
    // bg96 echoes "<cmd>\r" itself; a cooked pty would add its own echo and turn CR into LF.
    PtySimServer server(config(QStringLiteral("bg96,no-banner")));
    const auto path = server.start();
    QVERIFY(path.ok());
    Client client(path.value());
    QVERIFY(client.open());
    client.send("ATI\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("OK\r\n"), kTimeoutMs);
    QCOMPARE(client.received,
             QByteArray("ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n"));
}

void TestSimPtyServer::publishesAndRemovesLink()
{
    const QString link = QDir::temp().filePath(
        QStringLiteral("eol-dut-tst-%1").arg(QCoreApplication::applicationPid()));
    QFile::remove(link);
    PtySimServer server(config(QStringLiteral("sara-r4")));
    server.setLinkPath(link);
    const auto path = server.start();
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().message));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), path.value());

    Client client(link);
    QVERIFY2(client.open(), qPrintable(client.port().errorString()));
    client.send("AT+CGMI\r");
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("OK\r\n"), kTimeoutMs);
    QCOMPARE(client.received, QByteArray("\r\nu-blox\r\nOK\r\n"));

    client.port().close();
    server.stop();
    QVERIFY(!QFileInfo(link).isSymLink());
    QVERIFY(!server.isRunning());
    server.stop(); // idempotent
}

void TestSimPtyServer::survivesClientReconnect()
{
    PtySimServer server(config(QStringLiteral("nrf91")));
    const auto path = server.start();
    QVERIFY(path.ok());
    QSignalSpy disconnected(&server, &PtySimServer::clientDisconnected);
    QSignalSpy connected(&server, &PtySimServer::clientConnected);
    {
        Client first(path.value());
        QVERIFY(first.open());
        QTRY_COMPARE_WITH_TIMEOUT(first.received, QByteArray("\r\nReady\r\n"), kTimeoutMs);
        first.port().close();
    }
    // Noticing the close needs the server to read EIO from the master: not an error.
    QVERIFY(disconnected.wait(kTimeoutMs));

    Client second(path.value());
    QVERIFY(second.open());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, kTimeoutMs);
    second.send("AT\r");
    QTRY_VERIFY_WITH_TIMEOUT(second.received.endsWith("OK\r\n"), kTimeoutMs);
    QCOMPARE(second.received, QByteArray("\r\nOK\r\n")); // booted once: no second banner
    QVERIFY(server.isRunning());
}

void TestSimPtyServer::unplugMakesTheSerialPortFail()
{
    PtySimServer server(config(QStringLiteral("bg96,unplug=1")));
    const auto path = server.start();
    QVERIFY(path.ok());
    QSignalSpy unplugged(&server, &PtySimServer::unplugged);
    Client client(path.value());
    QSignalSpy portErrors(&client.port(), &QSerialPort::errorOccurred);
    QVERIFY(client.open());
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("APP RDY\r\n"), kTimeoutMs);

    client.send("AT+CGSN\r");
    QVERIFY(unplugged.wait(kTimeoutMs));
    QVERIFY(!server.isRunning());
    // The answer that preceded the unplug still arrives, then the port fails.
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("OK\r\n"), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!portErrors.isEmpty() &&
                                 portErrors.last().at(0).value<QSerialPort::SerialPortError>() !=
                                     QSerialPort::NoError,
                             kTimeoutMs);
    const auto error = portErrors.last().at(0).value<QSerialPort::SerialPortError>();
    QVERIFY2(error == QSerialPort::ResourceError || error == QSerialPort::ReadError ||
                 error == QSerialPort::WriteError,
             qPrintable(client.port().errorString()));
}

QTEST_GUILESS_MAIN(TestSimPtyServer)
#include "tst_sim_pty_server.moc"
