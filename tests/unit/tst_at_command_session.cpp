// Unit tests of AtCommandSession against an in-test Transport that records writes and lets the
// test inject received bytes and transport errors. Wire constants are restated here.

#include "at/AtCommandSession.h"
#include "transport/Transport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using eol::drivers::TranscriptEntry;
using eol::drivers::Transport;
using eol::drivers::at::AtCommandSession;
using eol::drivers::at::AtResponse;

namespace {

/// A transport the test drives by hand.
class ScriptedTransport : public Transport
{
    Q_OBJECT
public:
    using Transport::Transport;

    void open() override
    {
        m_open = true;
        Q_EMIT opened();
    }
    void close() override
    {
        m_open = false;
        Q_EMIT closed();
    }
    void write(const QByteArray& bytes) override
    {
        writes.append(bytes);
        if (replyOnWrite.contains(bytes))
            Q_EMIT bytesReceived(replyOnWrite.value(bytes));
    }
    bool isOpen() const override { return m_open; }
    QString description() const override { return QStringLiteral("scripted:tst"); }

    void inject(const QByteArray& bytes) { Q_EMIT bytesReceived(bytes); }
    void fail(const QString& message)
    {
        m_open = false;
        Q_EMIT errorOccurred(eol::makeError(QStringLiteral("unplugged"), message));
    }

    QList<QByteArray> writes;
    QHash<QByteArray, QByteArray> replyOnWrite; ///< answer synchronously, inside write()

private:
    bool m_open = true;
};

quint64 idAt(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<quint64>();
}

AtResponse responseAt(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(1).value<AtResponse>();
}

} // namespace

class TestAtCommandSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fifoAndIds()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);

        const quint64 a = session.send(QStringLiteral("AT+CGSN"), 1000);
        const quint64 b = session.send(QStringLiteral("AT+CGMR"), 1000);
        const quint64 c = session.send(QStringLiteral("AT%XICCID"), 1000);
        QVERIFY(a < b && b < c);
        // Nothing is written inside send(); the first command goes out from the event loop.
        QVERIFY(transport.writes.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        QCOMPARE(transport.writes.at(0), QByteArray("AT+CGSN\r"));
        QCOMPARE(session.pendingCount(), 3);

        // One in flight at a time: the next goes out only when the previous completed.
        transport.inject("\r\n352656109480783\r\n\r\nO");
        QCOMPARE(transport.writes.size(), 1);
        transport.inject("K\r\n");
        QCOMPARE(responses.size(), 1);
        QCOMPARE(transport.writes.size(), 2);
        QCOMPARE(transport.writes.at(1), QByteArray("AT+CGMR\r"));

        transport.inject("\r\nmfw_nrf9160_1.3.5\r\n\r\nOK\r\n");
        QCOMPARE(transport.writes.at(2), QByteArray("AT%XICCID\r"));
        transport.inject("\r\n%XICCID: 8901234567012345678F\r\n\r\nOK\r\n");

        QCOMPARE(responses.size(), 3);
        QCOMPARE(idAt(responses, 0), a);
        QCOMPARE(idAt(responses, 1), b);
        QCOMPARE(idAt(responses, 2), c);
        const AtResponse first = responseAt(responses, 0);
        QCOMPARE(first.status, AtResponse::Status::Ok);
        QCOMPARE(first.command, QStringLiteral("AT+CGSN"));
        QCOMPARE(first.lines, QStringList{QStringLiteral("352656109480783")});
        QVERIFY(first.anyByteReceived);
        QVERIFY(first.elapsedUs >= 0);
        QCOMPARE(first.timeoutMs, 1000);
        QCOMPARE(responseAt(responses, 2).lines,
                 QStringList{QStringLiteral("%XICCID: 8901234567012345678F")});
        QCOMPARE(session.pendingCount(), 0);
    }

    void echoAndErrorsThroughTheSession()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        session.setLineEnding("\r\n");
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        session.send(QStringLiteral("AT+CPIN?"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        QCOMPARE(transport.writes.at(0), QByteArray("AT+CPIN?\r\n"));
        transport.inject("AT+CPIN?\r\r\n\r\n+CME ERROR: SIM not inserted\r\n");
        QCOMPARE(responses.size(), 1);
        const AtResponse r = responseAt(responses, 0);
        QCOMPARE(r.status, AtResponse::Status::CmeError);
        QCOMPARE(r.errorText, QStringLiteral("SIM not inserted"));
        QVERIFY(r.lines.isEmpty());
    }

    void synchronousReplyInsideWrite()
    {
        // A simulated DUT may answer from inside write(); the session must be ready for it.
        ScriptedTransport transport;
        transport.replyOnWrite.insert("AT+CGMI\r", "\r\nNordic Semiconductor ASA\r\n\r\nOK\r\n");
        transport.replyOnWrite.insert("AT+CGMM\r", "\r\nnRF9160-SICA\r\n\r\nOK\r\n");
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        session.send(QStringLiteral("AT+CGMI"), 1000);
        session.send(QStringLiteral("AT+CGMM"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, 1000);
        QCOMPARE(responseAt(responses, 0).lines,
                 QStringList{QStringLiteral("Nordic Semiconductor ASA")});
        QCOMPARE(responseAt(responses, 1).lines, QStringList{QStringLiteral("nRF9160-SICA")});
    }

    void timeoutWithoutBytes()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        QSignalSpy stray(&session, &AtCommandSession::strayLine);
        const quint64 id = session.send(QStringLiteral("AT+CGSN"), 50);
        QVERIFY(responses.wait(2000));
        QCOMPARE(idAt(responses, 0), id);
        const AtResponse r = responseAt(responses, 0);
        QCOMPARE(r.status, AtResponse::Status::Timeout);
        QVERIFY(!r.anyByteReceived);
        QVERIFY2(r.elapsedUs >= 50 * 1000, qPrintable(QString::number(r.elapsedUs)));
        QCOMPARE(r.statusText(),
                 QStringLiteral("timeout after 50 ms with no byte from the device"));

        // The late reply answers nothing and is not given to the next command.
        transport.inject("\r\n352656109480783\r\n\r\nOK\r\n");
        QCOMPARE(responses.size(), 1);
        QCOMPARE(stray.size(), 2);
        QCOMPARE(stray.at(1).at(0).toString(), QStringLiteral("OK"));
    }

    void lateReplyIsNotCreditedToTheNextCommand()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        session.setLateReplyGraceMs(5000);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        session.send(QStringLiteral("AT+CIMI"), 50);
        const quint64 imei = session.send(QStringLiteral("AT+CGSN"), 2000);
        QVERIFY(responses.wait(2000)); // AT+CIMI timed out
        QCOMPARE(responseAt(responses, 0).status, AtResponse::Status::Timeout);
        // AT+CGSN is held back while the IMSI may still be on its way...
        QCOMPARE(transport.writes.size(), 1);
        transport.inject("\r\n284011234580687\r\n\r\nOK\r\n");
        // ...and written once the abandoned command's final result code arrived.
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 2, 2000);
        QCOMPARE(transport.writes.at(1), QByteArray("AT+CGSN\r"));
        transport.inject("\r\n352656101576604\r\n\r\nOK\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, 2000);
        QCOMPARE(idAt(responses, 1), imei);
        QCOMPARE(responseAt(responses, 1).lines, QStringList{QStringLiteral("352656101576604")});
    }

    void silentDeviceReleasesTheQueueAfterTheGrace()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        session.setLateReplyGraceMs(100);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        session.send(QStringLiteral("AT+CIMI"), 50);
        session.send(QStringLiteral("AT+CGSN"), 2000);
        QVERIFY(responses.wait(2000));
        QCOMPARE(transport.writes.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 2, 2000);
        transport.inject("\r\n352656101576604\r\n\r\nOK\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, 2000);
        QCOMPARE(responseAt(responses, 1).status, AtResponse::Status::Ok);
    }

    void timeoutWithPartialBytes()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        session.send(QStringLiteral("ATI"), 80);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        transport.inject("ATI\r\r\nQuectel\r\nBG9");
        QVERIFY(responses.wait(2000));
        const AtResponse r = responseAt(responses, 0);
        QCOMPARE(r.status, AtResponse::Status::Timeout);
        QVERIFY(r.anyByteReceived);
        QCOMPARE(r.lines, QStringList{QStringLiteral("Quectel")});
        QVERIFY(r.statusText().contains(QStringLiteral("sent bytes")));
    }

    void timeoutRunsFromTheWrite()
    {
        // B has the shorter timeout but is queued behind A: if B's clock started at send() it
        // would time out first.
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        const quint64 a = session.send(QStringLiteral("AT+CFUN=1"), 150);
        const quint64 b = session.send(QStringLiteral("AT+CFUN?"), 50);
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, 3000);
        QCOMPARE(idAt(responses, 0), a);
        QCOMPARE(idAt(responses, 1), b);
        QCOMPARE(transport.writes,
                 (QList<QByteArray>{QByteArray("AT+CFUN=1\r"), QByteArray("AT+CFUN?\r")}));
        QVERIFY(responseAt(responses, 1).elapsedUs >= 50 * 1000);
    }

    void transportErrorCompletesEverything()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        const quint64 a = session.send(QStringLiteral("AT+CGSN"), 5000);
        const quint64 b = session.send(QStringLiteral("AT+CGMR"), 5000);
        const quint64 c = session.send(QStringLiteral("AT+CIMI"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        const QString message =
            QStringLiteral("/dev/ttyUSB0 was unplugged; reconnect the fixture cable");
        transport.fail(message);
        QCOMPARE(responses.size(), 3);
        const QList<quint64> ids = {idAt(responses, 0), idAt(responses, 1), idAt(responses, 2)};
        QCOMPARE(ids, (QList<quint64>{a, b, c}));
        for (int i = 0; i < 3; ++i) {
            const AtResponse r = responseAt(responses, i);
            QCOMPARE(r.status, AtResponse::Status::TransportError);
            QCOMPARE(r.errorText, message);
        }
        QCOMPARE(responseAt(responses, 2).command, QStringLiteral("AT+CIMI"));
        QCOMPARE(transport.writes.size(), 1);

        // Later commands fail at once with a message naming the transport.
        const quint64 d = session.send(QStringLiteral("AT"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 4, 1000);
        QCOMPARE(idAt(responses, 3), d);
        QCOMPARE(responseAt(responses, 3).status, AtResponse::Status::TransportError);
        QVERIFY(responseAt(responses, 3).errorText.contains(QStringLiteral("scripted:tst")));
    }

    void urcsDeliveredSeparately()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        QSignalSpy urcs(&session, &AtCommandSession::urcReceived);
        transport.inject("\r\nRDY\r\n\r\nAPP RDY\r\n");
        QCOMPARE(urcs.size(), 2);
        session.send(QStringLiteral("AT+CGSN=1"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        transport.inject("\r\n+CGSN: \"352656100885188\"\r\n\r\n+CEREG: 2\r\n\r\nOK\r\n"
                         "\r\n+CEREG: 1,\"002F\",\"0012BEEF\",7\r\n");
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responseAt(responses, 0).lines,
                 QStringList{QStringLiteral("+CGSN: \"352656100885188\"")});
        QCOMPARE(urcs.size(), 4);
        QCOMPARE(urcs.at(0).at(0).toString(), QStringLiteral("RDY"));
        QCOMPARE(urcs.at(2).at(0).toString(), QStringLiteral("+CEREG: 2"));
        QCOMPARE(urcs.at(3).at(0).toString(), QStringLiteral("+CEREG: 1,\"002F\",\"0012BEEF\",7"));
    }

    void configuredUrcPrefix()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        session.setUrcPrefixes({QStringLiteral("PB DONE")});
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        QSignalSpy urcs(&session, &AtCommandSession::urcReceived);
        session.send(QStringLiteral("ATI"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        transport.inject("\r\nR1951.07\r\n\r\nPB DONE\r\n\r\nOK\r\n");
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responseAt(responses, 0).lines, QStringList{QStringLiteral("R1951.07")});
        QCOMPARE(urcs.size(), 1);
    }

    void transcriptBothDirections()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy entries(&session, &AtCommandSession::transcript);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
        session.send(QStringLiteral("AT+CGSN"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        const QByteArray chunk1("\r\n352656109480783\r\n");
        const QByteArray chunk2("\x00\r\nOK\r\n", 7);
        transport.inject(chunk1);
        transport.inject(chunk2);
        QCOMPARE(responses.size(), 1);
        const qint64 after = QDateTime::currentMSecsSinceEpoch() * 1000 + 1000;

        QCOMPARE(entries.size(), 3);
        const auto e0 = entries.at(0).at(0).value<TranscriptEntry>();
        const auto e1 = entries.at(1).at(0).value<TranscriptEntry>();
        const auto e2 = entries.at(2).at(0).value<TranscriptEntry>();
        QCOMPARE(e0.direction, TranscriptEntry::Direction::ToDevice);
        QCOMPARE(e0.bytes, QByteArray("AT+CGSN\r"));
        QCOMPARE(e1.direction, TranscriptEntry::Direction::FromDevice);
        QCOMPARE(e1.bytes, chunk1);
        QCOMPARE(e2.direction, TranscriptEntry::Direction::FromDevice);
        QCOMPARE(e2.bytes, chunk2); // raw, NUL included
        QVERIFY(e0.utcMicros >= before && e0.utcMicros <= after);
        QVERIFY(e0.utcMicros <= e1.utcMicros && e1.utcMicros <= e2.utcMicros);
    }

    void cancelAllDropsPending()
    {
        ScriptedTransport transport;
        AtCommandSession session(&transport);
        QSignalSpy responses(&session, &AtCommandSession::responseReady);
        QSignalSpy stray(&session, &AtCommandSession::strayLine);
        session.send(QStringLiteral("AT+CGSN"), 100);
        session.send(QStringLiteral("AT+CGMR"), 100);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 1, 1000);
        session.cancelAll();
        QCOMPARE(session.pendingCount(), 0);
        transport.inject("\r\n352656109480783\r\n\r\nOK\r\n");
        QCOMPARE(stray.size(), 2);
        // No timeout fires for the cancelled command: a new one completes normally.
        const quint64 id = session.send(QStringLiteral("AT"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(transport.writes.size(), 2, 1000);
        transport.inject("\r\nOK\r\n");
        QCOMPARE(responses.size(), 1);
        QCOMPARE(idAt(responses, 0), id);
        QCOMPARE(responseAt(responses, 0).status, AtResponse::Status::Ok);
        QVERIFY(!responses.wait(250));
        QCOMPARE(transport.writes.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAtCommandSession)
#include "tst_at_command_session.moc"
