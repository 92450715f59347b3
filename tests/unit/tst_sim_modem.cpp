// Sans-IO tests of the simulated DUT: every personality's bytes, restated here from the
// reference transcripts (/work/shared/reference/modems) rather than imported from the code.

#include "sim/SimConfig.h"
#include "sim/SimIdentity.h"
#include "sim/SimulatedModem.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

using eol::drivers::sim::SimConfig;
using eol::drivers::sim::SimIdentity;
using eol::drivers::sim::SimOutput;
using eol::drivers::sim::SimulatedModem;

namespace {

SimConfig config(const QString& spec)
{
    auto parsed = SimConfig::parse(spec);
    if (!parsed)
        qFatal("bad spec in test: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

QByteArray joined(const QList<SimOutput>& outputs)
{
    QByteArray bytes;
    for (const SimOutput& output : outputs)
        bytes += output.bytes;
    return bytes;
}

QByteArray withIdentity(QByteArray text, const SimIdentity& id)
{
    text.replace("{IMEI}", id.imei.toLatin1());
    text.replace("{IMSI}", id.imsi.toLatin1());
    text.replace("{ICCID}", id.iccid.toLatin1());
    text.replace("{SERIAL}", id.serial.toLatin1());
    return text;
}

QByteArray fromBase64Url(const QByteArray& text)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

PkeyPtr parseSpki(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    PkeyPtr key(d2i_PUBKEY(nullptr, &in, long(der.size())));
    if (key && in != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        key.reset(); // trailing bytes
    return key;
}

QByteArray spkiOf(EVP_PKEY* key)
{
    QByteArray der(i2d_PUBKEY(key, nullptr), '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

bool verifyEs256(EVP_PKEY* key, const QByteArray& data, const QByteArray& rawSignature)
{
    if (rawSignature.size() != 64)
        return false;
    const auto* raw = reinterpret_cast<const unsigned char*>(rawSignature.constData());
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
    unsigned char* der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1 &&
                    EVP_DigestVerify(context, der, size_t(derLength),
                                     reinterpret_cast<const unsigned char*>(data.constData()),
                                     size_t(data.size())) == 1;
    EVP_MD_CTX_free(context);
    OPENSSL_free(der);
    return ok;
}

// Splits '\r\n%KEYGEN: "<a>.<b>"\r\n\r\nOK\r\n' into its two decoded halves.
bool splitKeygen(const QByteArray& answer, QByteArray* der, QByteArray* cose)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\r\\n%KEYGEN: \"([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\"\\r\\n\\r\\nOK\\r\\n$"));
    const auto match = pattern.match(QString::fromLatin1(answer));
    if (!match.hasMatch())
        return false;
    *der = fromBase64Url(match.captured(1).toLatin1());
    *cose = fromBase64Url(match.captured(2).toLatin1());
    return !der->isEmpty() && !cose->isEmpty();
}

} // namespace

class TestSimModem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSpecs();
    void rejectsBadSpecs_data();
    void rejectsBadSpecs();
    void identityIsLuhnValidAndDeterministic();
    void badImeiFailsLuhn();
    void bootBanners_data();
    void bootBanners();
    void sim7080SendsGarbageBeforeRdy();
    void answers_data();
    void answers();
    void buffersPartialLines();
    void keygenPublicKeyIsTheDeviceKey();
    void keygenCsrHasUuidCnAndValidSignature();
    void keygenCsrTakesCnAttribute();
    void keygenRejectsBadParameters();
    void faultNoAnswer();
    void faultNoAnswerForOneCommand();
    void faultCmeError_data();
    void faultCmeError();
    void faultSlowAndLatency();
    void faultUrcStorm();
    void faultUnplug();
    void serialOverride();
};

void TestSimModem::parsesSpecs()
{
    const auto plain = SimConfig::parse(QStringLiteral("nrf91"));
    QVERIFY(plain.ok());
    QCOMPARE(plain->personality, SimConfig::Personality::Nrf91);
    QCOMPARE(plain->seed, 1u);
    QCOMPARE(plain->unplugAfter, -1);

    const auto slow = SimConfig::parse(QStringLiteral("BG96, slow=800"));
    QVERIFY(slow.ok());
    QCOMPARE(slow->personality, SimConfig::Personality::Bg96);
    QCOMPARE(slow->slowMs, 800);

    const auto many = SimConfig::parse(QStringLiteral(
        "sara-r4,bad-imei,seed=7,no-answer=AT+CGSN,cme-error=AT+CCID,latency=20,urc-storm,"
        "unplug=3,serial=SN-XYZ,no-banner"));
    QVERIFY2(many.ok(), qPrintable(many.ok() ? QString() : many.error().message));
    QCOMPARE(many->personality, SimConfig::Personality::SaraR4);
    QVERIFY(many->badImei);
    QCOMPARE(many->seed, 7u);
    QCOMPARE(many->noAnswerCommands, QStringList{QStringLiteral("AT+CGSN")});
    QCOMPARE(many->cmeErrorCommands, QStringList{QStringLiteral("AT+CCID")});
    QCOMPARE(many->latencyMs, 20);
    QVERIFY(many->urcStorm);
    QCOMPARE(many->unplugAfter, 3);
    QCOMPARE(many->serial, QStringLiteral("SN-XYZ"));
    QVERIFY(many->noBanner);

    // The canonical spec parses back to the same configuration.
    const auto again = SimConfig::parse(many->toSpec());
    QVERIFY(again.ok());
    QCOMPARE(again->toSpec(), many->toSpec());
    QCOMPARE(config(QStringLiteral("sim7080,no-answer")).toSpec(),
             QStringLiteral("sim7080,no-answer"));
}

void TestSimModem::rejectsBadSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("mentions");
    const QStringList personalities{QStringLiteral("nrf91"), QStringLiteral("bg96"),
                                    QStringLiteral("sara-r4"), QStringLiteral("sim7080")};
    QTest::newRow("unknown personality")
        << QStringLiteral("esp32") << (QStringList{QStringLiteral("esp32")} + personalities);
    QTest::newRow("empty") << QString() << personalities;
    QTest::newRow("unknown option")
        << QStringLiteral("nrf91,explode")
        << QStringList{QStringLiteral("explode"), QStringLiteral("bad-imei"),
                       QStringLiteral("urc-storm"), QStringLiteral("unplug")};
    QTest::newRow("bad number") << QStringLiteral("bg96,slow=fast")
                                << QStringList{QStringLiteral("slow"), QStringLiteral("fast")};
    QTest::newRow("negative") << QStringLiteral("bg96,unplug=-1")
                              << QStringList{QStringLiteral("unplug")};
    QTest::newRow("missing value")
        << QStringLiteral("bg96,cme-error") << QStringList{QStringLiteral("cme-error")};
    QTest::newRow("value on a flag")
        << QStringLiteral("bg96,urc-storm=2") << QStringList{QStringLiteral("urc-storm")};
}

void TestSimModem::rejectsBadSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, mentions);
    const auto parsed = SimConfig::parse(spec);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("bad_settings"));
    for (const QString& word : mentions)
        QVERIFY2(parsed.error().message.contains(word), qPrintable(parsed.error().message));
}

void TestSimModem::identityIsLuhnValidAndDeterministic()
{
    // 3GPP TS 23.003's worked example: 26053179311383 has check digit 7.
    QCOMPARE(SimIdentity::luhnCheckDigit(QStringLiteral("26053179311383")), 7);
    QVERIFY(SimIdentity::luhnValid(QStringLiteral("260531793113837")));
    QVERIFY(!SimIdentity::luhnValid(QStringLiteral("355025930000000"))); // nRF Cloud fixture
    QVERIFY(SimIdentity::luhnValid(QStringLiteral("352656109480783")));  // real nRF9160

    SimulatedModem modem(config(QStringLiteral("nrf91")));
    const SimIdentity& id = modem.identity();
    QCOMPARE(id.imei.size(), 15);
    QVERIFY(id.imei.startsWith(QStringLiteral("35265610")));
    QVERIFY(SimIdentity::luhnValid(id.imei));
    QCOMPARE(id.imsi.size(), 15);
    QVERIFY(id.imsi.startsWith(QStringLiteral("2840112345")));
    QCOMPARE(id.iccid.size(), 19);
    QVERIFY(id.iccid.startsWith(QStringLiteral("8901234567")));
    QVERIFY(SimIdentity::luhnValid(id.iccid));
    QVERIFY(QRegularExpression(QStringLiteral("^SN[0-9]{8}$")).match(id.serial).hasMatch());
    QVERIFY(!QUuid::fromString(id.deviceUuid).isNull());
    QCOMPARE(QUuid::fromString(id.deviceUuid).version(), QUuid::Random);
    QCOMPARE(id.firmware, QStringLiteral("mfw_nrf9160_1.3.5"));
    QCOMPARE(id.publicKeySpkiDer.size(), 91);

    SimulatedModem twin(config(QStringLiteral("bg96")));
    QCOMPARE(twin.identity().imei, id.imei);
    QCOMPARE(twin.identity().iccid, id.iccid);
    QCOMPARE(twin.identity().serial, id.serial);
    QCOMPARE(twin.identity().deviceUuid, id.deviceUuid);
    QVERIFY(twin.identity().publicKeySpkiDer != id.publicKeySpkiDer); // fresh key per instance

    SimulatedModem other(config(QStringLiteral("nrf91,seed=7")));
    QVERIFY(other.identity().imei != id.imei);
    QVERIFY(SimIdentity::luhnValid(other.identity().imei));
}

void TestSimModem::badImeiFailsLuhn()
{
    SimulatedModem good(config(QStringLiteral("nrf91,seed=3")));
    SimulatedModem bad(config(QStringLiteral("nrf91,seed=3,bad-imei")));
    QVERIFY(!SimIdentity::luhnValid(bad.identity().imei));
    QCOMPARE(bad.identity().imei.left(14), good.identity().imei.left(14));
    QVERIFY(SimIdentity::luhnValid(bad.identity().iccid));
    bad.boot();
    QCOMPARE(joined(bad.feed("AT+CGSN\r")),
             "\r\n" + bad.identity().imei.toLatin1() + "\r\n\r\nOK\r\n");
}

void TestSimModem::bootBanners_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("banner");
    QTest::newRow("nrf91") << QStringLiteral("nrf91") << QByteArray("\r\nReady\r\n");
    QTest::newRow("bg96") << QStringLiteral("bg96") << QByteArray("\r\nRDY\r\n\r\nAPP RDY\r\n");
    QTest::newRow("sara-r4") << QStringLiteral("sara-r4") << QByteArray();
    QTest::newRow("nrf91 no-banner") << QStringLiteral("nrf91,no-banner") << QByteArray();
    QTest::newRow("sim7080 no-banner") << QStringLiteral("sim7080,no-banner") << QByteArray();
}

void TestSimModem::bootBanners()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, banner);
    SimulatedModem modem(config(spec));
    QCOMPARE(joined(modem.boot()), banner);
}

void TestSimModem::sim7080SendsGarbageBeforeRdy()
{
    SimulatedModem modem(config(QStringLiteral("sim7080")));
    const QByteArray boot = joined(modem.boot());
    const QByteArray banner("\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS Ready\r\n");
    QVERIFY(boot.endsWith(banner));
    const QByteArray garbage = boot.left(boot.size() - banner.size());
    QVERIFY(garbage.contains("NORMAL POWER DOWN"));
    for (const char c : {'\x7e', '\x7d', '\x23', '\xc0', '\x21', '\0'})
        QVERIFY2(garbage.contains(c), qPrintable(QString::number(uchar(c), 16)));
    QVERIFY(!garbage.contains("RDY"));
}

void TestSimModem::answers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const auto row = [](const char* name, const char* spec, const QByteArray& input,
                        const QByteArray& expected) {
        QTest::newRow(name) << QString::fromLatin1(spec) << input << expected;
    };

    // nRF9160, at_client: no echo, "\r\n<info>\r\n\r\nOK\r\n", CMEE 0.
    row("nrf91 AT", "nrf91", "AT\r", "\r\nOK\r\n");
    row("nrf91 CFUN=4", "nrf91", "AT+CFUN=4\r", "\r\nOK\r\n");
    row("nrf91 CFUN? after boot", "nrf91", "AT+CFUN?\r", "\r\n+CFUN: 0\r\n\r\nOK\r\n");
    row("nrf91 CFUN? after =4", "nrf91", "AT+CFUN=4\rAT+CFUN?\r",
        "\r\nOK\r\n\r\n+CFUN: 4\r\n\r\nOK\r\n");
    row("nrf91 CFUN=1 URCs", "nrf91", "AT+CFUN=1\r",
        "\r\nOK\r\n\r\n+CEREG: 2\r\n\r\n+CEREG: 1,\"002F\",\"0012BEEF\",7\r\n");
    row("nrf91 CGSN", "nrf91", "AT+CGSN\r", "\r\n{IMEI}\r\n\r\nOK\r\n");
    row("nrf91 CGSN=1", "nrf91", "AT+CGSN=1\r", "\r\n+CGSN: \"{IMEI}\"\r\n\r\nOK\r\n");
    row("nrf91 CGMI", "nrf91", "AT+CGMI\r", "\r\nNordic Semiconductor ASA\r\n\r\nOK\r\n");
    row("nrf91 cgmi lower case", "nrf91", "at+cgmi\r",
        "\r\nNordic Semiconductor ASA\r\n\r\nOK\r\n");
    row("nrf91 CGMM", "nrf91", "AT+CGMM\r", "\r\nnRF9160-SICA\r\n\r\nOK\r\n");
    row("nrf91 CGMR", "nrf91", "AT+CGMR\r", "\r\nmfw_nrf9160_1.3.5\r\n\r\nOK\r\n");
    row("nrf91 CIMI", "nrf91", "AT+CIMI\r", "\r\n{IMSI}\r\n\r\nOK\r\n");
    row("nrf91 XICCID", "nrf91", "AT%XICCID\r", "\r\n%XICCID: {ICCID}F\r\n\r\nOK\r\n");
    row("nrf91 HWVERSION", "nrf91", "AT%HWVERSION\r",
        "\r\n%HWVERSION: nRF9160 SICA B0A\r\n\r\nOK\r\n");
    row("nrf91 XVBAT", "nrf91", "AT%XVBAT\r", "\r\n%XVBAT: 4464\r\n\r\nOK\r\n");
    row("nrf91 DEVSN", "nrf91", "AT+DEVSN?\r", "\r\n+DEVSN: \"{SERIAL}\"\r\n\r\nOK\r\n");
    row("nrf91 CMEE?", "nrf91", "AT+CMEE?\r", "\r\n+CMEE: 0\r\n\r\nOK\r\n");
    row("nrf91 unknown, CMEE 0", "nrf91", "AT+FOO\r", "\r\nERROR\r\n");
    row("nrf91 unknown, CMEE 1", "nrf91", "AT+CMEE=1\rAT+FOO\r", "\r\nOK\r\n\r\n+CME ERROR: 4\r\n");
    row("nrf91 CRLF terminator", "nrf91", "AT+CGMM\r\n", "\r\nnRF9160-SICA\r\n\r\nOK\r\n");

    // Quectel BG96: echo is the command plus its CR; CMEE 1.
    row("bg96 ATI", "bg96", "ATI\r",
        "ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n");
    row("bg96 ATI with CRLF", "bg96", "ATI\r\n",
        "ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n");
    row("bg96 QGMR", "bg96", "AT+QGMR\r",
        "AT+QGMR\r\r\nBG96MAR02A07M1G_01.019.01.019\r\n\r\nOK\r\n");
    row("bg96 GSN", "bg96", "AT+GSN\r", "AT+GSN\r\r\n{IMEI}\r\n\r\nOK\r\n");
    row("bg96 CGSN", "bg96", "AT+CGSN\r", "AT+CGSN\r\r\n{IMEI}\r\n\r\nOK\r\n");
    row("bg96 CIMI", "bg96", "AT+CIMI\r", "AT+CIMI\r\r\n{IMSI}\r\n\r\nOK\r\n");
    row("bg96 QCCID", "bg96", "AT+QCCID\r", "AT+QCCID\r\r\n+QCCID: {ICCID}F\r\n\r\nOK\r\n");
    row("bg96 CPIN?", "bg96", "AT+CPIN?\r", "AT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n");
    row("bg96 CSQ", "bg96", "AT+CSQ\r", "AT+CSQ\r\r\n+CSQ: 23,99\r\n\r\nOK\r\n");
    row("bg96 DEVSN", "bg96", "AT+DEVSN?\r", "AT+DEVSN?\r\r\n+DEVSN: \"{SERIAL}\"\r\n\r\nOK\r\n");
    row("bg96 CPIN=pin URCs", "bg96", "AT+CPIN=8417\r",
        "AT+CPIN=8417\r\r\nOK\r\n\r\n+CPIN: READY\r\n\r\n+QUSIM: 1\r\n\r\n+QIND: SMS DONE\r\n");
    row("bg96 ATE0 then quiet", "bg96", "ATE0\rATI\r",
        "ATE0\r\r\nOK\r\n\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n");
    row("bg96 ATE0 ATE1", "bg96", "ATE0\rATE1\rAT\r", "ATE0\r\r\nOK\r\n\r\nOK\r\nAT\r\r\nOK\r\n");
    row("bg96 unknown numeric", "bg96", "AT+FOO\r", "AT+FOO\r\r\n+CME ERROR: 4\r\n");
    row("bg96 unknown text", "bg96", "AT+CMEE=2\rAT+FOO\r",
        "AT+CMEE=2\r\r\nOK\r\nAT+FOO\r\r\n+CME ERROR: operation not supported\r\n");

    // u-blox SARA-R410M: no echo, one CRLF between info and OK, CMEE 2.
    row("sara AT", "sara-r4", "AT\r", "\r\nOK\r\n");
    row("sara CGMI", "sara-r4", "AT+CGMI\r", "\r\nu-blox\r\nOK\r\n");
    row("sara CGMM", "sara-r4", "AT+CGMM\r", "\r\nSARA-R410M-02B\r\nOK\r\n");
    row("sara CGMR", "sara-r4", "AT+CGMR\r",
        "\r\nL0.0.00.00.05.06 [Feb 03 2018 13:00:41]\r\nOK\r\n");
    row("sara CGSN", "sara-r4", "AT+CGSN\r", "\r\n{IMEI}\r\nOK\r\n");
    row("sara CGSN=1", "sara-r4", "AT+CGSN=1\r", "\r\n+CGSN: \"{IMEI}\"\r\nOK\r\n");
    row("sara CIMI", "sara-r4", "AT+CIMI\r", "\r\n{IMSI}\r\nOK\r\n");
    row("sara CCID", "sara-r4", "AT+CCID\r", "\r\n+CCID: {ICCID}\r\nOK\r\n");
    row("sara CEREG?", "sara-r4", "AT+CEREG?\r", "\r\n+CEREG: 2,1,\"D0B\",\"C45C010\",8\r\nOK\r\n");
    row("sara CSQ", "sara-r4", "AT+CSQ\r", "\r\n+CSQ: 18,99\r\nOK\r\n");
    row("sara DEVSN", "sara-r4", "AT+DEVSN?\r", "\r\n+DEVSN: \"{SERIAL}\"\r\nOK\r\n");
    row("sara unknown", "sara-r4", "AT+UDOPN=9\r", "\r\n+CME ERROR: operation not supported\r\n");
    row("sara unknown CMEE 0", "sara-r4", "AT+CMEE=0\rAT+UDOPN=9\r", "\r\nOK\r\n\r\nERROR\r\n");

    // SIMCom SIM7080G: echo on after boot, ATE0 echoed itself, CMEE 2, bare ICCID.
    row("sim7080 CGMR", "sim7080", "AT+CGMR\r",
        "AT+CGMR\r\r\nRevision:1951B16SIM7080\r\n\r\nOK\r\n");
    row("sim7080 CGMI", "sim7080", "AT+CGMI\r", "AT+CGMI\r\r\nSIMCOM_Ltd\r\n\r\nOK\r\n");
    row("sim7080 ATI", "sim7080", "ATI\r", "ATI\r\r\nR1951.07\r\n\r\nOK\r\n");
    row("sim7080 CGSN", "sim7080", "AT+CGSN\r", "AT+CGSN\r\r\n{IMEI}\r\n\r\nOK\r\n");
    row("sim7080 GSN", "sim7080", "AT+GSN\r", "AT+GSN\r\r\n{IMEI}\r\n\r\nOK\r\n");
    row("sim7080 CIMI", "sim7080", "AT+CIMI\r", "AT+CIMI\r\r\n{IMSI}\r\n\r\nOK\r\n");
    row("sim7080 CCID bare", "sim7080", "AT+CCID\r", "AT+CCID\r\r\n{ICCID}\r\n\r\nOK\r\n");
    row("sim7080 CPIN?", "sim7080", "AT+CPIN?\r", "AT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n");
    row("sim7080 DEVSN", "sim7080", "AT+DEVSN?\r",
        "AT+DEVSN?\r\r\n+DEVSN: \"{SERIAL}\"\r\n\r\nOK\r\n");
    row("sim7080 CNACT URC after OK", "sim7080", "AT+CNACT=0,1\r",
        "AT+CNACT=0,1\r\r\nOK\r\n\r\n+APP PDP: 0,ACTIVE\r\n");
    row("sim7080 unknown", "sim7080", "AT+SHCHEAD\r",
        "AT+SHCHEAD\r\r\n+CME ERROR: operation not allowed\r\n");
    row("sim7080 ATE0 echoed, ATE1 not", "sim7080", "ATE0\rAT+CGMR\rATE1\rAT\r",
        "ATE0\r\r\nOK\r\n"
        "\r\nRevision:1951B16SIM7080\r\n\r\nOK\r\n"
        "\r\nOK\r\n"
        "AT\r\r\nOK\r\n");
}

void TestSimModem::answers()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    SimulatedModem modem(config(spec));
    modem.boot();
    QCOMPARE(joined(modem.feed(input)), withIdentity(expected, modem.identity()));
}

void TestSimModem::buffersPartialLines()
{
    SimulatedModem modem(config(QStringLiteral("nrf91")));
    modem.boot();
    QVERIFY(modem.feed("AT+CG").isEmpty());
    QVERIFY(modem.feed("M").isEmpty());
    QCOMPARE(joined(modem.feed("M\r")), QByteArray("\r\nnRF9160-SICA\r\n\r\nOK\r\n"));
    QVERIFY(modem.feed("\n").isEmpty()); // the LF of a CRLF terminator
    QVERIFY(modem.feed("\r").isEmpty()); // empty lines are ignored
    QCOMPARE(modem.commandsAnswered(), 1);
}

void TestSimModem::keygenPublicKeyIsTheDeviceKey()
{
    SimulatedModem modem(config(QStringLiteral("nrf91")));
    modem.boot();
    const QByteArray answer = joined(modem.feed("AT%KEYGEN=16,2,1\r"));
    QVERIFY2(!answer.contains('='), answer.constData()); // base64url without padding
    QByteArray der;
    QByteArray cose;
    QVERIFY2(splitKeygen(answer, &der, &cose), answer.constData());

    QCOMPARE(der, modem.identity().publicKeySpkiDer);
    const PkeyPtr key = parseSpki(der);
    QVERIFY(key);
    QCOMPARE(EVP_PKEY_get_base_id(key.get()), EVP_PKEY_EC);
    QCOMPARE(EVP_PKEY_get_bits(key.get()), 256);
    char group[64] = {};
    QVERIFY(EVP_PKEY_get_group_name(key.get(), group, sizeof group, nullptr) == 1);
    QCOMPARE(QByteArray(group), QByteArray("prime256v1"));

    // COSE_Sign1 = tag 18 [protected {1: -7}, unprotected, payload, signature], ES256 over
    // Sig_structure with the device key; the payload names the message type, UUID, sec_tag
    // and the DER's SHA-256, like the real modem's.
    const QCborValue sign1 = QCborValue::fromCbor(cose);
    QVERIFY(sign1.isTag());
    QCOMPARE(sign1.tag(), QCborTag(18));
    const QCborArray parts = sign1.taggedValue().toArray();
    QCOMPARE(parts.size(), 4);
    const QByteArray protectedHeader = parts.at(0).toByteArray();
    QCOMPARE(QCborValue::fromCbor(protectedHeader).toMap().value(1).toInteger(), -7);
    const QByteArray payload = parts.at(2).toByteArray();
    const QCborValue message = QCborValue::fromCbor(payload);
    QCOMPARE(message.tag(), QCborTag(55799));
    const QCborArray fields = message.taggedValue().toArray();
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0).toInteger(), 8);
    QCOMPARE(fields.at(1).toByteArray(),
             QUuid::fromString(modem.identity().deviceUuid).toRfc4122());
    QCOMPARE(QCborValue::fromCbor(fields.at(2).toByteArray()).toInteger(), 16);
    QCOMPARE(fields.at(3).toByteArray(), QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    const QByteArray toBeSigned =
        QCborArray{QStringLiteral("Signature1"), protectedHeader, QByteArray(), payload}
            .toCborValue()
            .toCbor();
    QVERIFY(verifyEs256(key.get(), toBeSigned, parts.at(3).toByteArray()));
}

void TestSimModem::keygenCsrHasUuidCnAndValidSignature()
{
    SimulatedModem modem(config(QStringLiteral("nrf91")));
    modem.boot();
    QByteArray der;
    QByteArray cose;
    const QByteArray answer = joined(modem.feed("AT%KEYGEN=16842753,2,0\r"));
    QVERIFY2(splitKeygen(answer, &der, &cose), answer.constData());

    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    X509_REQ* request = d2i_X509_REQ(nullptr, &in, long(der.size()));
    QVERIFY(request != nullptr);
    EVP_PKEY* key = X509_REQ_get0_pubkey(request);
    QVERIFY(key != nullptr);
    QCOMPARE(X509_REQ_verify(request, key), 1);
    QCOMPARE(spkiOf(key), modem.identity().publicKeySpkiDer);
    char cn[128] = {};
    QVERIFY(X509_NAME_get_text_by_NID(X509_REQ_get_subject_name(request), NID_commonName, cn,
                                      sizeof cn) > 0);
    QCOMPARE(QString::fromUtf8(cn), modem.identity().deviceUuid);
    X509_REQ_free(request);

    const QCborArray fields =
        QCborValue::fromCbor(QCborValue::fromCbor(cose).taggedValue().toArray().at(2).toByteArray())
            .taggedValue()
            .toArray();
    QCOMPARE(fields.at(0).toInteger(), 9);
    QCOMPARE(QCborValue::fromCbor(fields.at(2).toByteArray()).toInteger(), 16842753);
}

void TestSimModem::keygenCsrTakesCnAttribute()
{
    SimulatedModem modem(config(QStringLiteral("nrf91")));
    modem.boot();
    QByteArray der;
    QByteArray cose;
    const QByteArray answer = joined(modem.feed("AT%KEYGEN=52,2,0,\"O=Acme,CN=nrf-42\"\r"));
    QVERIFY2(splitKeygen(answer, &der, &cose), answer.constData());
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    X509_REQ* request = d2i_X509_REQ(nullptr, &in, long(der.size()));
    QVERIFY(request != nullptr);
    char cn[128] = {};
    X509_NAME_get_text_by_NID(X509_REQ_get_subject_name(request), NID_commonName, cn, sizeof cn);
    X509_REQ_free(request);
    QCOMPARE(QByteArray(cn), QByteArray("nrf-42"));
}

void TestSimModem::keygenRejectsBadParameters()
{
    SimulatedModem modem(config(QStringLiteral("nrf91")));
    modem.boot();
    QCOMPARE(joined(modem.feed("AT%KEYGEN=16,3,1\r")), QByteArray("\r\nERROR\r\n"));
    QCOMPARE(joined(modem.feed("AT%KEYGEN=16,2\r")), QByteArray("\r\nERROR\r\n"));
    QCOMPARE(joined(modem.feed("AT+CMEE=1\rAT%KEYGEN=x,2,1\r")),
             QByteArray("\r\nOK\r\n\r\n+CME ERROR: 50\r\n"));
}

void TestSimModem::faultNoAnswer()
{
    SimulatedModem modem(config(QStringLiteral("bg96,no-answer")));
    QCOMPARE(joined(modem.boot()), QByteArray("\r\nRDY\r\n\r\nAPP RDY\r\n"));
    QVERIFY(modem.feed("AT\r").isEmpty()); // not even the echo
    QVERIFY(modem.feed("ATI\rAT+CGSN\r").isEmpty());
    QCOMPARE(modem.commandsAnswered(), 0);
}

void TestSimModem::faultNoAnswerForOneCommand()
{
    SimulatedModem modem(config(QStringLiteral("bg96,no-answer=at+cgsn")));
    modem.boot();
    QVERIFY(modem.feed("AT+CGSN\r").isEmpty());
    QCOMPARE(joined(modem.feed("AT+GSN\r")),
             withIdentity("AT+GSN\r\r\n{IMEI}\r\n\r\nOK\r\n", modem.identity()));
    QCOMPARE(modem.commandsAnswered(), 1);

    // Without the "AT" the option names the same command.
    SimulatedModem nrf(config(QStringLiteral("nrf91,no-answer=+CGMR")));
    nrf.boot();
    QVERIFY(nrf.feed("AT+CGMR\r").isEmpty());
    QCOMPARE(joined(nrf.feed("AT\r")), QByteArray("\r\nOK\r\n"));
}

void TestSimModem::faultCmeError_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nrf91 CMEE 0") << QStringLiteral("nrf91,cme-error=AT+CGSN")
                                  << QByteArray("AT+CGSN\r") << QByteArray("\r\nERROR\r\n");
    QTest::newRow("nrf91 CMEE 1") << QStringLiteral("nrf91,cme-error=AT+CGSN")
                                  << QByteArray("AT+CMEE=1\rAT+CGSN=1\r")
                                  << QByteArray("\r\nOK\r\n\r\n+CME ERROR: 23\r\n");
    QTest::newRow("bg96 numeric") << QStringLiteral("bg96,cme-error=AT+CGSN")
                                  << QByteArray("AT+CGSN\r")
                                  << QByteArray("AT+CGSN\r\r\n+CME ERROR: 23\r\n");
    QTest::newRow("sara text") << QStringLiteral("sara-r4,cme-error=AT+CCID")
                               << QByteArray("AT+CCID\r")
                               << QByteArray("\r\n+CME ERROR: memory failure\r\n");
}

void TestSimModem::faultCmeError()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    SimulatedModem modem(config(spec));
    modem.boot();
    QCOMPARE(joined(modem.feed(input)), expected);
}

void TestSimModem::faultSlowAndLatency()
{
    SimulatedModem slow(config(QStringLiteral("bg96,slow=800")));
    QCOMPARE(slow.boot().value(0).delayMs, 0);
    const QList<SimOutput> outputs = slow.feed("AT\r");
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(0), (SimOutput{"AT\r", 0})); // the echo is immediate
    QCOMPARE(outputs.at(1), (SimOutput{"\r\nOK\r\n", 800}));

    SimulatedModem both(config(QStringLiteral("nrf91,latency=50,slow=100")));
    QCOMPARE(both.boot(), (QList<SimOutput>{{"\r\nReady\r\n", 50}}));
    QCOMPARE(both.feed("AT\r"), (QList<SimOutput>{{"\r\nOK\r\n", 150}}));
}

void TestSimModem::faultUrcStorm()
{
    SimulatedModem modem(config(QStringLiteral("nrf91,urc-storm")));
    modem.boot();
    const QList<SimOutput> outputs = modem.feed("AT+CGMI\r");
    QCOMPARE(outputs.size(), 3);
    QCOMPARE(outputs.at(0).bytes, QByteArray("\r\n+CEREG: 2\r\n"));
    QCOMPARE(outputs.at(1).bytes, QByteArray("\r\nNordic Semiconductor ASA\r\n"
                                             "\r\n+CEREG: 1,\"002F\",\"0012BEEF\",7\r\n"
                                             "\r\nOK\r\n"));
    QCOMPARE(outputs.at(2).bytes, QByteArray("\r\n+CEREG: 2\r\n"));

    SimulatedModem bg96(config(QStringLiteral("bg96,urc-storm")));
    bg96.boot();
    QCOMPARE(joined(bg96.feed("AT\r")), QByteArray("AT\r"
                                                   "\r\n+QIND: SMS DONE\r\n"
                                                   "\r\n+CPIN: READY\r\n\r\nOK\r\n"
                                                   "\r\n+QUSIM: 1\r\n"));
}

void TestSimModem::faultUnplug()
{
    SimulatedModem modem(config(QStringLiteral("sara-r4,unplug=2")));
    modem.boot();
    QCOMPARE(joined(modem.feed("AT\r")), QByteArray("\r\nOK\r\n"));
    QVERIFY(!modem.unplugged());
    QCOMPARE(joined(modem.feed("AT+CGMI\rAT\r")), QByteArray("\r\nu-blox\r\nOK\r\n"));
    QVERIFY(modem.unplugged());
    QCOMPARE(modem.commandsAnswered(), 2);
    QVERIFY(modem.feed("AT\r").isEmpty());
    QVERIFY(modem.boot().isEmpty());
}

void TestSimModem::serialOverride()
{
    SimulatedModem modem(config(QStringLiteral("sim7080,serial=PCB-0042,no-banner")));
    QVERIFY(modem.boot().isEmpty());
    QCOMPARE(modem.identity().serial, QStringLiteral("PCB-0042"));
    QCOMPARE(joined(modem.feed("ATE0\rAT+DEVSN?\r")),
             QByteArray("ATE0\r\r\nOK\r\n\r\n+DEVSN: \"PCB-0042\"\r\n\r\nOK\r\n"));
}

QTEST_GUILESS_MAIN(TestSimModem)
#include "tst_sim_modem.moc"
