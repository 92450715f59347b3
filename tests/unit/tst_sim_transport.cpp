// The simulator as an in-process Transport: asynchronous like a real port, timed by the config.

#include "sim/SimConfig.h"
#include "sim/SimTransport.h"
#include "sim/SimulatedModem.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using eol::drivers::sim::SimConfig;
using eol::drivers::sim::SimTransport;

namespace {

constexpr int kTimeoutMs = 5000;

SimConfig config(const QString& spec)
{
    auto parsed = SimConfig::parse(spec);
    if (!parsed)
        qFatal("bad spec in test: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

QByteArray received(const QSignalSpy& spy)
{
    QByteArray bytes;
    for (const QList<QVariant>& arguments : spy)
        bytes += arguments.at(0).toByteArray();
    return bytes;
}

} // namespace

class TestSimTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAsynchronouslyThenBoots();
    void answersAsynchronously();
    void slowDelaysTheAnswerNotTheEcho();
    void unplugIsReportedOnce();
    void closeEmitsClosedAndDropsPendingOutput();
};

void TestSimTransport::opensAsynchronouslyThenBoots()
{
    SimTransport transport(config(QStringLiteral("bg96")));
    QCOMPARE(transport.description(), QStringLiteral("sim:bg96"));
    QStringList events;
    connect(&transport, &SimTransport::opened, this, [&] { events << QStringLiteral("opened"); });
    connect(&transport, &SimTransport::bytesReceived, this,
            [&](const QByteArray& bytes) { events << QString::fromLatin1(bytes); });
    QSignalSpy bytes(&transport, &SimTransport::bytesReceived);

    transport.open();
    QVERIFY(transport.isOpen());
    QVERIFY(events.isEmpty()); // nothing synchronous
    QTRY_COMPARE_WITH_TIMEOUT(received(bytes), QByteArray("\r\nRDY\r\n\r\nAPP RDY\r\n"),
                              kTimeoutMs);
    QCOMPARE(events.value(0), QStringLiteral("opened"));
}

void TestSimTransport::answersAsynchronously()
{
    SimTransport transport(config(QStringLiteral("nrf91,no-banner")));
    QSignalSpy opened(&transport, &SimTransport::opened);
    QSignalSpy bytes(&transport, &SimTransport::bytesReceived);
    transport.open();
    QVERIFY(opened.wait(kTimeoutMs));

    transport.write("AT+CGSN=1\r");
    QCOMPARE(bytes.size(), 0); // a zero-latency answer still comes from the event loop
    QVERIFY(bytes.wait(kTimeoutMs));
    QCOMPARE(received(bytes),
             "\r\n+CGSN: \"" + transport.identity().imei.toLatin1() + "\"\r\n\r\nOK\r\n");
    QCOMPARE(transport.modem().commandsAnswered(), 1);
}

void TestSimTransport::slowDelaysTheAnswerNotTheEcho()
{
    SimTransport transport(config(QStringLiteral("bg96,no-banner,slow=150")));
    QCOMPARE(transport.description(), QStringLiteral("sim:bg96,slow=150,no-banner"));
    QSignalSpy opened(&transport, &SimTransport::opened);
    QSignalSpy bytes(&transport, &SimTransport::bytesReceived);
    transport.open();
    QVERIFY(opened.wait(kTimeoutMs));

    QElapsedTimer clock;
    clock.start();
    transport.write("AT\r");
    QVERIFY(bytes.wait(kTimeoutMs));
    QCOMPARE(received(bytes), QByteArray("AT\r"));
    QTRY_COMPARE_WITH_TIMEOUT(received(bytes), QByteArray("AT\r\r\nOK\r\n"), kTimeoutMs);
    QVERIFY(clock.elapsed() >= 150);
}

void TestSimTransport::unplugIsReportedOnce()
{
    SimTransport transport(config(QStringLiteral("nrf91,unplug=1,no-banner")));
    QSignalSpy opened(&transport, &SimTransport::opened);
    QSignalSpy bytes(&transport, &SimTransport::bytesReceived);
    QSignalSpy errors(&transport, &SimTransport::errorOccurred);
    transport.open();
    QVERIFY(opened.wait(kTimeoutMs));

    transport.write("AT\rAT\r");
    QVERIFY(errors.wait(kTimeoutMs));
    QCOMPARE(received(bytes), QByteArray("\r\nOK\r\n")); // the answer before the unplug arrives
    QCOMPARE(errors.size(), 1);
    const auto error = errors.at(0).at(0).value<eol::Error>();
    QCOMPARE(error.code, QStringLiteral("unplugged"));
    QCOMPARE(error.message, QStringLiteral("simulated device unplugged"));
    QVERIFY(!transport.isOpen());

    transport.write("AT\r"); // ignored: the port is gone
    transport.open();
    QVERIFY(errors.wait(kTimeoutMs));
    QCOMPARE(errors.at(1).at(0).value<eol::Error>().code, QStringLiteral("port_not_found"));
    QCOMPARE(received(bytes), QByteArray("\r\nOK\r\n"));
}

void TestSimTransport::closeEmitsClosedAndDropsPendingOutput()
{
    SimTransport transport(config(QStringLiteral("sara-r4")));
    QSignalSpy opened(&transport, &SimTransport::opened);
    QSignalSpy closed(&transport, &SimTransport::closed);
    QSignalSpy bytes(&transport, &SimTransport::bytesReceived);
    transport.open();
    QVERIFY(opened.wait(kTimeoutMs));
    transport.write("AT\r");
    transport.close();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!transport.isOpen());

    // Reopening powers the device on again; only the new answer arrives, not the dropped one.
    transport.open();
    QVERIFY(opened.wait(kTimeoutMs));
    transport.write("AT+CGMI\r");
    QTRY_VERIFY_WITH_TIMEOUT(received(bytes).endsWith("OK\r\n"), kTimeoutMs);
    QCOMPARE(received(bytes), QByteArray("\r\nu-blox\r\nOK\r\n"));
}

QTEST_GUILESS_MAIN(TestSimTransport)
#include "tst_sim_transport.moc"
