// Unit tests of the sans-IO AT codec. Every case is fed twice, as one buffer and byte by byte,
// and both runs must give the same events. Wire constants are restated here on purpose: the
// tests pin the protocol, not the codec's own tables.

#include "at/AtCodec.h"

#include <QFile>
#include <QTest>
#include <variant>

using eol::drivers::at::AtCodec;
using eol::drivers::at::AtEvent;
using eol::drivers::at::AtResponse;

namespace {

struct Begin
{
    QByteArray command;
};
struct Abandon
{
};
struct Bytes
{
    QByteArray data;
};
using Step = std::variant<Begin, Abandon, Bytes>;

QString statusName(AtResponse::Status s)
{
    switch (s) {
    case AtResponse::Status::Ok:
        return QStringLiteral("Ok");
    case AtResponse::Status::Error:
        return QStringLiteral("Error");
    case AtResponse::Status::CmeError:
        return QStringLiteral("CmeError");
    case AtResponse::Status::CmsError:
        return QStringLiteral("CmsError");
    case AtResponse::Status::Timeout:
        return QStringLiteral("Timeout");
    case AtResponse::Status::TransportError:
        return QStringLiteral("TransportError");
    }
    return QStringLiteral("?");
}

/// One comparable line per event, e.g. "response AT+CGSN Ok [] 352656109480783".
QString describe(const AtEvent& e)
{
    switch (e.kind) {
    case AtEvent::Kind::Response:
        return QStringLiteral("response ") + e.response.command + u' ' +
               statusName(e.response.status) + QStringLiteral(" [") + e.response.errorText +
               QStringLiteral("] ") + e.response.lines.join(u'|');
    case AtEvent::Kind::Urc:
        return QStringLiteral("urc ") + e.line;
    case AtEvent::Kind::Stray:
        return QStringLiteral("stray ") + e.line;
    case AtEvent::Kind::Overflow:
        return QStringLiteral("overflow");
    }
    return QStringLiteral("?");
}

QList<AtEvent> run(const QList<Step>& steps, bool byteByByte, int maxLine = 0,
                   const QStringList& urcPrefixes = {})
{
    AtCodec codec;
    if (maxLine > 0)
        codec.setMaxLineLength(maxLine);
    codec.setUrcPrefixes(urcPrefixes);
    QList<AtEvent> events;
    for (const Step& step : steps) {
        if (const auto* b = std::get_if<Begin>(&step)) {
            codec.beginCommand(b->command);
        } else if (std::holds_alternative<Abandon>(step)) {
            codec.abandonCommand();
        } else {
            const QByteArray& data = std::get<Bytes>(step).data;
            if (byteByByte) {
                for (qsizetype i = 0; i < data.size(); ++i)
                    events += codec.feed(data.mid(i, 1));
            } else {
                events += codec.feed(data);
            }
        }
    }
    return events;
}

QStringList describeAll(const QList<AtEvent>& events)
{
    QStringList out;
    for (const AtEvent& e : events)
        out << describe(e);
    return out;
}

/// Runs the script whole and byte by byte; both must give `expected`.
void check(const QList<Step>& steps, const QStringList& expected, int maxLine = 0,
           const QStringList& urcPrefixes = {})
{
    const QStringList whole = describeAll(run(steps, false, maxLine, urcPrefixes));
    QCOMPARE(whole, expected);
    const QStringList single = describeAll(run(steps, true, maxLine, urcPrefixes));
    QCOMPARE(single, expected);
}

QByteArray readReference(const QString& name)
{
    QFile f(QStringLiteral(EOL_SHARED_DIR "/reference/modems/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed();
}

} // namespace

class TestAtCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoOffNrf91()
    {
        // nRF9160: no echo, "\r\n<info>\r\n\r\nOK\r\n".
        check({Begin{"AT+CGSN"}, Bytes{"\r\n352656109480783\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT+CGSN Ok [] 352656109480783")});
    }

    void echoOnBg96()
    {
        check({Begin{"AT+GSN"}, Bytes{"AT+GSN\r\r\n\r\n868446031448729\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT+GSN Ok [] 868446031448729")});
        // Echo without the extra CR, and an echo in another letter case.
        check({Begin{"at&f"}, Bytes{"AT&F\r\nOK\r\n"}}, {QStringLiteral("response at&f Ok [] ")});
    }

    void bg95RawCapture()
    {
        // Verbatim bytes of the BG95-M3 capture: echo "CMD\r\r\n", empty line before OK.
        check({Begin{"AT+CFUN=0"}, Bytes{"AT+CFUN=0\r\r\nOK\r\n"}, Begin{"ATI"},
               Bytes{"ATI\r\r\nQuectel\r\nBG95-M3\r\nRevision: BG95M3LAR02A03\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT+CFUN=0 Ok [] "),
               QStringLiteral("response ATI Ok [] Quectel|BG95-M3|Revision: BG95M3LAR02A03")});
    }

    void ate0EchoedOnceThenEchoOff()
    {
        // SIM7080G: "ATE0" is itself echoed, the following commands are not.
        check({Begin{"AT"}, Bytes{"AT\r\r\nOK\r\n"}, Begin{"ATE0"}, Bytes{"ATE0\r\r\nOK\r\n"},
               Begin{"AT+IPR=921600"}, Bytes{"\r\nOK\r\n"}, Begin{"AT+GMR"},
               Bytes{"\r\nRevision:1951B16SIM7080\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT Ok [] "), QStringLiteral("response ATE0 Ok [] "),
               QStringLiteral("response AT+IPR=921600 Ok [] "),
               QStringLiteral("response AT+GMR Ok [] Revision:1951B16SIM7080")});
    }

    void echoIsOnlyTheFirstLine()
    {
        // A line equal to the command after an info line is data, not echo.
        check({Begin{"ATI"}, Bytes{"\r\nX\r\nATI\r\n\r\nOK\r\n"}},
              {QStringLiteral("response ATI Ok [] X|ATI")});
    }

    void finalResultCodes_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("statusText");
        QTest::newRow("ERROR bg96 echo")
            << QByteArray("AT+CIMI") << QByteArray("AT+CIMI\r\r\n\r\nERROR\r\n")
            << QStringLiteral("response AT+CIMI Error [] ") << QStringLiteral("ERROR");
        QTest::newRow("CME 23") << QByteArray("AT+CGSN") << QByteArray("\r\n+CME ERROR: 23\r\n")
                                << QStringLiteral("response AT+CGSN CmeError [23] ")
                                << QStringLiteral("+CME ERROR: 23");
        QTest::newRow("CME text") << QByteArray("AT+CPIN?")
                                  << QByteArray("\r\n+CME ERROR: SIM not inserted\r\n")
                                  << QStringLiteral(
                                         "response AT+CPIN? CmeError [SIM not inserted] ")
                                  << QStringLiteral("+CME ERROR: SIM not inserted");
        QTest::newRow("CME text sim7080")
            << QByteArray("AT+SHCHEAD") << QByteArray("\r\n+CME ERROR: operation not allowed\r\n")
            << QStringLiteral("response AT+SHCHEAD CmeError [operation not allowed] ")
            << QStringLiteral("+CME ERROR: operation not allowed");
        QTest::newRow("CMS 500") << QByteArray("AT+CMGS=\"+4912345\"")
                                 << QByteArray("\r\n+CMS ERROR: 500\r\n")
                                 << QStringLiteral("response AT+CMGS=\"+4912345\" CmsError [500] ")
                                 << QStringLiteral("+CMS ERROR: 500");
        QTest::newRow("NO CARRIER") << QByteArray("ATD*99#") << QByteArray("\r\nNO CARRIER\r\n")
                                    << QStringLiteral("response ATD*99# Error [NO CARRIER] ")
                                    << QStringLiteral("NO CARRIER");
        QTest::newRow("SARA ERROR")
            << QByteArray("AT+UDOPN=9") << QByteArray("\r\nERROR\r\n")
            << QStringLiteral("response AT+UDOPN=9 Error [] ") << QStringLiteral("ERROR");
    }

    void finalResultCodes()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, statusText);
        check({Begin{command}, Bytes{bytes}}, {expected});
        const QList<AtEvent> events = run({Begin{command}, Bytes{bytes}}, false);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().response.statusText(), statusText);
    }

    void urcsBeforeInsideAndAfter()
    {
        // BG96 boot banner before any command, then the CPIN dialogue with URCs after OK.
        check({Bytes{"\r\nRDY\r\n\r\nAPP RDY\r\n"}, Begin{"AT+CPIN=8417"},
               Bytes{"AT+CPIN=8417\r\r\n\r\nOK\r\n\r\n+CPIN: READY\r\n\r\n+QUSIM: 1\r\n"},
               Bytes{"\r\n+QIND: SMS DONE\r\n"}},
              {QStringLiteral("urc RDY"), QStringLiteral("urc APP RDY"),
               QStringLiteral("response AT+CPIN=8417 Ok [] "), QStringLiteral("urc +CPIN: READY"),
               QStringLiteral("urc +QUSIM: 1"), QStringLiteral("urc +QIND: SMS DONE")});
    }

    void urcInsideResponseIsSeparated()
    {
        // nRF9160: a +CEREG URC lands between the info line and OK of AT+CGSN=1.
        check({Begin{"AT+CGSN=1"},
               Bytes{"\r\n+CGSN: \"352656100885188\"\r\n\r\n+CEREG: 1,\"002F\",\"0012BEEF\",7\r\n"
                     "\r\nOK\r\n"}},
              {QStringLiteral("urc +CEREG: 1,\"002F\",\"0012BEEF\",7"),
               QStringLiteral("response AT+CGSN=1 Ok [] +CGSN: \"352656100885188\"")});
        // ...and before the info line, and a plain boot line inside a response.
        check({Begin{"AT%XICCID"},
               Bytes{"\r\n+CEREG: 2\r\n\r\n%XICCID: 8901234567012345678F\r\n\r\nSMS Ready\r\n"
                     "\r\nOK\r\n"}},
              {QStringLiteral("urc +CEREG: 2"), QStringLiteral("urc SMS Ready"),
               QStringLiteral("response AT%XICCID Ok [] %XICCID: 8901234567012345678F")});
    }

    void ownPrefixIsInformation()
    {
        // "+CPIN: READY" answers AT+CPIN?; the same line is a URC for any other command.
        check({Begin{"AT+CPIN?"}, Bytes{"\r\n+CPIN: READY\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT+CPIN? Ok [] +CPIN: READY")});
        check({Begin{"AT+GMR"}, Bytes{"\r\n+CPIN: READY\r\nRevision:1951B16SIM7080\r\nOK\r\n"}},
              {QStringLiteral("urc +CPIN: READY"),
               QStringLiteral("response AT+GMR Ok [] Revision:1951B16SIM7080")});
        check({Begin{"AT+QCCID"}, Bytes{"\r\n+QCCID: 8949227002805216770F\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT+QCCID Ok [] +QCCID: 8949227002805216770F")});
        // Test form, lower case command, concatenated command line.
        check({Begin{"at+cgsn=?"}, Bytes{"\r\n+CGSN: (0-3,255)\r\n\r\nOK\r\n"}},
              {QStringLiteral("response at+cgsn=? Ok [] +CGSN: (0-3,255)")});
        check({Begin{"AT+CMEE=1;+CFUN?"}, Bytes{"\r\n+CFUN: 1\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT+CMEE=1;+CFUN? Ok [] +CFUN: 1")});
    }

    void configuredUrcPrefixes()
    {
        const QStringList prefixes = {QStringLiteral("Call Ready"), QStringLiteral("PB DONE")};
        check(
            {Begin{"ATI"}, Bytes{"\r\nSIM7080 R1951.07\r\n\r\nPB DONE\r\n\r\nOK\r\n"}},
            {QStringLiteral("urc PB DONE"), QStringLiteral("response ATI Ok [] SIM7080 R1951.07")},
            0, prefixes);
        // Without the prefix it is information.
        check({Begin{"ATI"}, Bytes{"\r\nSIM7080 R1951.07\r\n\r\nPB DONE\r\n\r\nOK\r\n"}},
              {QStringLiteral("response ATI Ok [] SIM7080 R1951.07|PB DONE")});
    }

    void urcAfterOkNoCommand()
    {
        // SIM7080G: "+APP PDP: 0,ACTIVE" right after OK, in the same chunk.
        check({Begin{"AT+CNACT=0,1"}, Bytes{"\r\nOK\r\n\r\n+APP PDP: 0,ACTIVE\r\n"}},
              {QStringLiteral("response AT+CNACT=0,1 Ok [] "),
               QStringLiteral("urc +APP PDP: 0,ACTIVE")});
    }

    void okInsidePayloadIsNotFinal()
    {
        check({Begin{"AT%KEYGEN=16,2,1"},
               Bytes{"\r\n%KEYGEN: \"MFkwEwOKxyzOK.0oRDOK\"\r\nOKxyz\r\n OK-ish\r\nERRORS\r\n"
                     "+CME ERRORS\r\nOK\r\n"}},
              {QStringLiteral("response AT%KEYGEN=16,2,1 Ok [] %KEYGEN: "
                              "\"MFkwEwOKxyzOK.0oRDOK\"|OKxyz|OK-ish|ERRORS|+CME ERRORS")});
    }

    void realKeygenLineIntact()
    {
        const QByteArray payload =
            readReference(QStringLiteral("nrf9160_keygen_csr_16842753.b64url"));
        QVERIFY2(payload.size() > 500, "reference %KEYGEN payload missing");
        const QByteArray line = "%KEYGEN: \"" + payload + "\"";
        QVERIFY(line.size() > 580);
        check(
            {Begin{"AT%KEYGEN=16842753,2,0"}, Bytes{"\r\n" + line + "\r\nOK\r\n"}},
            {QStringLiteral("response AT%KEYGEN=16842753,2,0 Ok [] ") + QString::fromLatin1(line)});
    }

    void nrfCredentialSequence()
    {
        // The nRFCloud utils session, no echo, one command after the other.
        const QByteArray cmng =
            "%CMNG: "
            "16842753,0,\"2C43952EE9E000FF2ACC4E2ED0897C0A72AD5FA72C3D934E81741CBD54F05BD1\"";
        check({Begin{"AT+CFUN=4"}, Bytes{"\r\nOK\r\n"}, Begin{"AT+CGMR"},
               Bytes{"\r\nmfw_nrf9160_1.3.5\r\n\r\nOK\r\n"}, Begin{"AT%CMNG=1,16842753,0"},
               Bytes{"\r\n" + cmng + "\r\n\r\nOK\r\n"}},
              {QStringLiteral("response AT+CFUN=4 Ok [] "),
               QStringLiteral("response AT+CGMR Ok [] mfw_nrf9160_1.3.5"),
               QStringLiteral("response AT%CMNG=1,16842753,0 Ok [] ") + QString::fromLatin1(cmng)});
    }

    void garbageBeforeRdy()
    {
        // SIM7080G: leftover PPP/LCP frame bytes and NULs before the boot banner.
        const QByteArray ppp("\x7e\xff\x7d\x23\xc0\x21\x7d\x25\x7d\x28\x7d\x20\x7d\x20\x7d\x24"
                             "\x23\x5b\x7e",
                             19);
        const QByteArray nul("\x00\x00", 2);
        const QStringList boot = {QStringLiteral("urc RDY"), QStringLiteral("urc +CFUN: 1"),
                                  QStringLiteral("urc +CPIN: READY"),
                                  QStringLiteral("urc SMS Ready")};
        const QByteArray banner = "RDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS Ready\r\n";

        // Garbage glued to RDY: the clean RDY must come out.
        check({Bytes{"\r\nNORMAL POWER DOWN\r\n" + nul + ppp + banner}},
              QStringList{QStringLiteral("urc NORMAL POWER DOWN")} + boot);
        // Garbage on its own line: reported as stray, never as a URC.
        const QList<AtEvent> events = run({Bytes{nul + ppp + "\r\n" + banner}}, false);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.first().kind, AtEvent::Kind::Stray);
        QCOMPARE(describeAll(events.mid(1)), boot);
        QCOMPARE(describeAll(run({Bytes{nul + ppp + "\r\n" + banner}}, true)), describeAll(events));
        // A frame cut short (no closing flag) and bare NULs.
        check({Bytes{QByteArray("\x7e\xff\x7d\x23\xc0\x21", 6) + "RDY\r\n"}},
              {QStringLiteral("urc RDY")});
        check({Bytes{QByteArray("\x00\x7e\x7d\xc0", 4) + "RDY\r\n"}}, {QStringLiteral("urc RDY")});
        check({Bytes{nul + "RDY" + nul + "\r\n"}}, {QStringLiteral("urc RDY")});
        // NULs inside a response do not break it.
        check({Begin{"AT"}, Bytes{nul + "\r\nOK\r\n" + nul}},
              {QStringLiteral("response AT Ok [] ")});
    }

    void utf8IsNotGarbage()
    {
        check({Begin{"AT+COPS?"}, Bytes{"\r\n+COPS: 0,0,\"T\xc3\xa9l\xc3\xa9 2\"\r\nOK\r\n"}},
              {QStringLiteral("response AT+COPS? Ok [] +COPS: 0,0,\"T\u00e9l\u00e9 2\"")});
    }

    void saraWithoutLeadingCrlf()
    {
        // SARA-R410M: info line and OK separated by one CRLF only, and a bare "OK\r\n".
        check({Begin{"AT+CEREG?"}, Bytes{"\r\n+CEREG: 2,1,\"D0B\",\"C45C010\",8\r\n"},
               Bytes{"\r\nOK\r\n"}, Begin{"AT+USORD=0,5"}, Bytes{"+USORD: 0,5,\"hello\"\r\nOK\r\n"},
               Bytes{"\r\n+UUSORF: 0,171\r\n"}, Begin{"AT+CGSN=2"},
               Bytes{"+CGSN: \"3575200701207601\"\r\nOK\r\n"}},
              {QStringLiteral("response AT+CEREG? Ok [] +CEREG: 2,1,\"D0B\",\"C45C010\",8"),
               QStringLiteral("response AT+USORD=0,5 Ok [] +USORD: 0,5,\"hello\""),
               QStringLiteral("urc +UUSORF: 0,171"),
               QStringLiteral("response AT+CGSN=2 Ok [] +CGSN: \"3575200701207601\"")});
    }

    void lineTerminators()
    {
        // Lone CR, lone LF, CRLF and CR CR LF all end a line; partial lines are held.
        check({Begin{"AT+CGMI"}, Bytes{"\rNordic Semiconductor ASA\r"}, Bytes{"\nOK"}}, {});
        check({Begin{"AT+CGMI"}, Bytes{"\nNordic Semiconductor ASA\nOK\n"}},
              {QStringLiteral("response AT+CGMI Ok [] Nordic Semiconductor ASA")});
        check({Begin{"AT+CGMI"}, Bytes{"\rNordic Semiconductor ASA\r\r\n\rOK"}, Bytes{"\r"}},
              {QStringLiteral("response AT+CGMI Ok [] Nordic Semiconductor ASA")});
    }

    void overflow()
    {
        const QByteArray longLine(150, 'A');
        check({Begin{"AT+X"}, Bytes{"\r\n" + longLine + "\r\nshort\r\nOK\r\n"}},
              {QStringLiteral("overflow"), QStringLiteral("response AT+X Ok [] short")}, 100);
        // Exactly at the limit passes; one over overflows once, then resynchronises.
        check({Bytes{QByteArray(100, 'B') + "\r\n" + QByteArray(101, 'C') + "\r\nRDY\r\n"}},
              {QStringLiteral("urc ") + QString(100, u'B'), QStringLiteral("overflow"),
               QStringLiteral("urc RDY")},
              100);
        // The default limit is 64 KiB.
        AtCodec codec;
        QCOMPARE(codec.maxLineLength(), 64 * 1024);
        const QList<AtEvent> events = codec.feed(QByteArray(64 * 1024 + 1, 'D'));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, AtEvent::Kind::Overflow);
        QVERIFY(events.first().line.startsWith(QStringLiteral("DDDD")));
    }

    void strayLateReplyAfterAbandon()
    {
        // AT+CGSN timed out mid-line; its late tail and OK answer nothing, and the next command
        // gets only its own reply.
        check({Begin{"AT+CGSN"}, Bytes{"\r\n3526"}, Abandon{}, Bytes{"56109480783\r\n\r\nOK\r\n"},
               Begin{"AT+CGMR"}, Bytes{"\r\nmfw_nrf9160_1.3.5\r\n\r\nOK\r\n"}},
              {QStringLiteral("stray 352656109480783"), QStringLiteral("stray OK"),
               QStringLiteral("response AT+CGMR Ok [] mfw_nrf9160_1.3.5")});
        // A late OK with nothing in flight; a URC in the late reply is still a URC.
        check({Begin{"AT+CFUN=1"}, Abandon{}, Bytes{"\r\n+CEREG: 2\r\n\r\nOK\r\n"},
               Bytes{"\r\nOK\r\n"}},
              {QStringLiteral("urc +CEREG: 2"), QStringLiteral("stray OK"),
               QStringLiteral("stray OK")});
        AtCodec codec;
        codec.beginCommand("AT");
        QVERIFY(codec.commandInFlight());
        codec.abandonCommand();
        QVERIFY(!codec.commandInFlight());
    }

    void pendingLinesForTimeoutReports()
    {
        AtCodec codec;
        codec.beginCommand("ATI");
        QVERIFY(codec.feed("ATI\r\r\nQuectel\r\nBG9").isEmpty());
        QCOMPARE(codec.pendingLines(), QStringList{QStringLiteral("Quectel")});
    }

    void statusTexts()
    {
        AtResponse r;
        r.status = AtResponse::Status::Timeout;
        r.timeoutMs = 500;
        QCOMPARE(r.statusText(),
                 QStringLiteral("timeout after 500 ms with no byte from the device"));
        r.anyByteReceived = true;
        QVERIFY(r.statusText().startsWith(QStringLiteral("timeout after 500 ms: the device sent")));
        r.status = AtResponse::Status::TransportError;
        r.errorText = QStringLiteral("/dev/ttyUSB0 unplugged");
        QCOMPARE(r.statusText(), QStringLiteral("transport error: /dev/ttyUSB0 unplugged"));
        r.status = AtResponse::Status::Ok;
        QCOMPARE(r.statusText(), QStringLiteral("OK"));
        QVERIFY(r.ok());
    }
};

QTEST_GUILESS_MAIN(TestAtCodec)
#include "tst_at_codec.moc"
