// CheckEvaluator and P256PublicKey against real identities and keys from modem transcripts.

#include "runner/CheckEvaluator.h"
#include "runner/P256PublicKey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using eol::core::plan::CheckSpec;
using eol::core::runner::CheckEvaluator;
using eol::core::runner::CheckOutcome;
using eol::core::runner::P256PublicKey;
using eol::core::runner::Verdict;

namespace {

QByteArray readShared(const QString& name)
{
    QFile file(QStringLiteral(EOL_SHARED_DIR "/reference/modems/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open reference file %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// The public-key variant of %KEYGEN quoted in the nRF Cloud utils README.
QString keygenPublicKeyPayload()
{
    const QString text =
        QString::fromUtf8(readShared(QStringLiteral("nrf9160_keygen_nrfcloud_utils.txt")));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("%KEYGEN: \"(MFkw[^\"]+)\"")).match(text);
    if (!m.hasMatch())
        qFatal("public-key %%KEYGEN example not found in the reference transcript");
    return m.captured(1);
}

/// The PEM block quoted (indented) for the first, CSR, example of the same file.
QString csrExamplePem()
{
    const QString text =
        QString::fromUtf8(readShared(QStringLiteral("nrf9160_keygen_nrfcloud_utils.txt")));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----"),
                           QRegularExpression::DotMatchesEverythingOption)
            .match(text);
    if (!m.hasMatch())
        qFatal("PEM block not found in the reference transcript");
    QStringList lines;
    for (const QString& line : m.captured(0).split(QLatin1Char('\n')))
        lines.append(line.trimmed());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// A real P-384 public key (openssl ecparam -name secp384r1), and an Ed25519 one.
const char kP384Spki[] =
    "MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEdhmaBTNSkA8CvpQpSf/cG7tUuGBnAcAfbPKk0IAdS28HGLoxLS4y/GxShiOU"
    "Jyaxa5lXO92iZubj98kK+sk91BnQTQCJfKRxgGE/oNoALb+HFqccrSGv5w4tuoX+6+0q";
const char kEd25519Spki[] = "MCowBQYDK2VwAyEAVmwt2C5TC+o/qMMhQDmtpbzqhzclzZhi8V6hWXiAqY0=";

/// Verdicts compared by name: Verdict.h's toString(Verdict) returns QString, which hides
/// QTest's own toString for the enum.
QString verdictName(Verdict verdict)
{
    return eol::core::runner::toString(verdict);
}

CheckSpec spec(CheckSpec::Kind kind, const QString& variable)
{
    CheckSpec s;
    s.kind = kind;
    s.variable = variable;
    return s;
}

CheckOutcome run(const CheckSpec& s, const QString& value)
{
    return CheckEvaluator::evaluate(s, {{s.variable, value}});
}

} // namespace

class TestCheckEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void luhnCheckDigitMatches3gppExample();
    void imei_data();
    void imei();
    void imeiFailureMessage();
    void iccid_data();
    void iccid();
    void range_data();
    void range();
    void equals();
    void regexMustMatchWholeValue();
    void missingVariableIsAnError();
    void p256FromKeygenPayload();
    void p256FromPemMatchesCsr();
    void p256OtherEncodings();
    void p256Rejects_data();
    void p256Rejects();
    void p256CheckPublishesPemAndFingerprint();
};

void TestCheckEvaluator::luhnCheckDigitMatches3gppExample()
{
    // 3GPP TS 23.003 annex B worked example.
    QCOMPARE(CheckEvaluator::luhnCheckDigit(u"26053179311383"), 7);
    QCOMPARE(CheckEvaluator::luhnCheckDigit(u"35502593000000"), 3);
}

void TestCheckEvaluator::imei_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("3GPP example") << "260531793113837" << verdictName(Verdict::Pass);
    QTest::newRow("nRF9160 DK") << "352656109480783" << verdictName(Verdict::Pass);
    QTest::newRow("surrounding whitespace") << " 352656109480783\r" << verdictName(Verdict::Pass);
    QTest::newRow("nRF Cloud fixture, bad Luhn") << "355025930000000" << verdictName(Verdict::Fail);
    QTest::newRow("SARA AN004 sample, bad Luhn") << "352753090000000" << verdictName(Verdict::Fail);
    QTest::newRow("14 digits") << "26053179311383" << verdictName(Verdict::Fail);
    QTest::newRow("16 digits") << "2605317931138370" << verdictName(Verdict::Fail);
    QTest::newRow("letters") << "35265610948078X" << verdictName(Verdict::Fail);
    QTest::newRow("quoted") << "\"352656109480783\"" << verdictName(Verdict::Fail);
    QTest::newRow("empty") << "" << verdictName(Verdict::Fail);
}

void TestCheckEvaluator::imei()
{
    QFETCH(QString, value);
    QFETCH(QString, verdict);
    const CheckOutcome out = run(spec(CheckSpec::Kind::ImeiLuhn, QStringLiteral("imei")), value);
    QVERIFY2(verdictName(out.verdict) == verdict, qPrintable(out.message));
    QVERIFY(!out.message.isEmpty());
}

void TestCheckEvaluator::imeiFailureMessage()
{
    const CheckOutcome out = run(spec(CheckSpec::Kind::ImeiLuhn, QStringLiteral("imei")),
                                 QStringLiteral("355025930000000"));
    QCOMPARE(verdictName(out.verdict), verdictName(Verdict::Fail));
    QCOMPARE(out.measured, QStringLiteral("355025930000000"));
    QCOMPARE(out.message,
             QStringLiteral("IMEI 355025930000000 fails the Luhn check (check digit should be 3)"));
}

void TestCheckEvaluator::iccid_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("BG96 forum, F filler")
        << "8949227002805216770F" << verdictName(Verdict::Pass) << "valid";
    QTest::newRow("lower-case filler")
        << "8949227002805216770f" << verdictName(Verdict::Pass) << "valid";
    QTest::newRow("19 digits bare")
        << "8949227002805216770" << verdictName(Verdict::Pass) << "valid";
    QTest::newRow("20 digits") << "89014103211118510720" << verdictName(Verdict::Pass) << "valid";
    QTest::newRow("Nordic doc sample, bad Luhn")
        << "8901234567012345678F" << verdictName(Verdict::Fail) << "check digit should be 1";
    QTest::newRow("wrong check digit")
        << "8949227002805216771" << verdictName(Verdict::Fail) << "Luhn";
    QTest::newRow("not 89") << "8849227002805216770" << verdictName(Verdict::Fail)
                            << "does not start with 89";
    QTest::newRow("18 digits") << "894922700280521677" << verdictName(Verdict::Fail)
                               << "19-20 digits";
    QTest::newRow("21 digits") << "894922700280521677000" << verdictName(Verdict::Fail)
                               << "19-20 digits";
    QTest::newRow("filler in the middle")
        << "89492270028F5216770" << verdictName(Verdict::Fail) << "19-20 digits";
    QTest::newRow("two fillers") << "8949227002805216770FF" << verdictName(Verdict::Fail)
                                 << "19-20 digits";
}

void TestCheckEvaluator::iccid()
{
    QFETCH(QString, value);
    QFETCH(QString, verdict);
    QFETCH(QString, messagePart);
    const CheckOutcome out = run(spec(CheckSpec::Kind::IccidLuhn, QStringLiteral("iccid")), value);
    QVERIFY2(verdictName(out.verdict) == verdict, qPrintable(out.message));
    QVERIFY2(out.message.contains(messagePart), qPrintable(out.message));
}

void TestCheckEvaluator::range_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("message");
    const double none = qQNaN();
    QTest::newRow("inside") << "4464" << 3300.0 << 4500.0 << verdictName(Verdict::Pass)
                            << "battery_mv 4464 mV is within 3300..4500 mV";
    QTest::newRow("low edge") << "3300" << 3300.0 << 4500.0 << verdictName(Verdict::Pass) << "";
    QTest::newRow("high edge") << "4500" << 3300.0 << 4500.0 << verdictName(Verdict::Pass) << "";
    QTest::newRow("above") << "4501" << 3300.0 << 4500.0 << verdictName(Verdict::Fail)
                           << "battery_mv 4501 mV is above the upper limit 4500 mV";
    QTest::newRow("below") << "3299.5" << 3300.0 << 4500.0 << verdictName(Verdict::Fail)
                           << "battery_mv 3299.5 mV is below the lower limit 3300 mV";
    QTest::newRow("low only, pass") << "9999" << 3300.0 << none << verdictName(Verdict::Pass)
                                    << "battery_mv 9999 mV is at least 3300 mV";
    QTest::newRow("low only, fail") << "-1" << 3300.0 << none << verdictName(Verdict::Fail) << "";
    QTest::newRow("high only, pass") << "-40" << none << 4500.0 << verdictName(Verdict::Pass)
                                     << "battery_mv -40 mV is at most 4500 mV";
    QTest::newRow("high only, fail")
        << "4500.01" << none << 4500.0 << verdictName(Verdict::Fail) << "";
    QTest::newRow("no bounds") << "12" << none << none << verdictName(Verdict::Pass) << "";
    QTest::newRow("whitespace") << " 4464\r\n"
                                << 3300.0 << 4500.0 << verdictName(Verdict::Pass) << "";
    QTest::newRow("exponent") << "4.4e3" << 3300.0 << 4500.0 << verdictName(Verdict::Pass) << "";
    QTest::newRow("not a number") << "4464mV" << 3300.0 << 4500.0 << verdictName(Verdict::Fail)
                                  << "battery_mv '4464mV' is not a number";
    QTest::newRow("empty") << "" << 3300.0 << 4500.0 << verdictName(Verdict::Fail)
                           << "is not a number";
    QTest::newRow("nan") << "nan" << none << none << verdictName(Verdict::Fail)
                         << "is not a number";
    QTest::newRow("comma decimal")
        << "4,5" << none << none << verdictName(Verdict::Fail) << "is not a number";
    QTest::newRow("low above high")
        << "4000" << 4500.0 << 3300.0 << verdictName(Verdict::Error) << "low 4500 above high 3300";
}

void TestCheckEvaluator::range()
{
    QFETCH(QString, value);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, verdict);
    QFETCH(QString, message);
    CheckSpec s = spec(CheckSpec::Kind::Range, QStringLiteral("battery_mv"));
    if (!qIsNaN(low))
        s.low = low;
    if (!qIsNaN(high))
        s.high = high;
    s.unit = QStringLiteral("mV");
    const CheckOutcome out = run(s, value);
    QVERIFY2(verdictName(out.verdict) == verdict, qPrintable(out.message));
    if (!message.isEmpty())
        QVERIFY2(out.message.contains(message), qPrintable(out.message));
}

void TestCheckEvaluator::equals()
{
    CheckSpec s = spec(CheckSpec::Kind::Equals, QStringLiteral("dut_serial"));
    s.other = QStringLiteral("serial");
    const QHash<QString, QString> same = {
        {QStringLiteral("dut_serial"), QStringLiteral("SN00000001")},
        {QStringLiteral("serial"), QStringLiteral("SN00000001")}};
    QCOMPARE(verdictName(CheckEvaluator::evaluate(s, same).verdict), verdictName(Verdict::Pass));

    const QHash<QString, QString> different = {
        {QStringLiteral("dut_serial"), QStringLiteral("SN00000002")},
        {QStringLiteral("serial"), QStringLiteral("SN00000001")}};
    const CheckOutcome mismatch = CheckEvaluator::evaluate(s, different);
    QCOMPARE(verdictName(mismatch.verdict), verdictName(Verdict::Fail));
    QCOMPARE(mismatch.measured, QStringLiteral("SN00000002"));
    QCOMPARE(mismatch.message,
             QStringLiteral("dut_serial 'SN00000002' does not match serial 'SN00000001'"));

    // Case matters: serials are identifiers, not words.
    const QHash<QString, QString> caseDiffers = {
        {QStringLiteral("dut_serial"), QStringLiteral("sn00000001")},
        {QStringLiteral("serial"), QStringLiteral("SN00000001")}};
    QCOMPARE(verdictName(CheckEvaluator::evaluate(s, caseDiffers).verdict),
             verdictName(Verdict::Fail));

    const CheckOutcome noOther =
        CheckEvaluator::evaluate(s, {{QStringLiteral("dut_serial"), QStringLiteral("SN00000001")}});
    QCOMPARE(verdictName(noOther.verdict), verdictName(Verdict::Error));
    QVERIFY(noOther.message.contains(QStringLiteral("'serial' is not set")));
}

void TestCheckEvaluator::regexMustMatchWholeValue()
{
    CheckSpec s = spec(CheckSpec::Kind::Regex, QStringLiteral("firmware"));
    s.pattern = QStringLiteral("mfw_nrf9160_\\d+\\.\\d+\\.\\d+");
    QCOMPARE(verdictName(run(s, QStringLiteral("mfw_nrf9160_1.3.5")).verdict),
             verdictName(Verdict::Pass));
    const CheckOutcome longer = run(s, QStringLiteral("mfw_nrf9160_1.3.5-FOTA"));
    QCOMPARE(verdictName(longer.verdict), verdictName(Verdict::Fail));
    QCOMPARE(longer.message, QStringLiteral("firmware 'mfw_nrf9160_1.3.5-FOTA' does not match "
                                            "/mfw_nrf9160_\\d+\\.\\d+\\.\\d+/"));
    QCOMPARE(verdictName(run(s, QStringLiteral("mfw_nrf91x1_2.0.2")).verdict),
             verdictName(Verdict::Fail));

    s.pattern = QStringLiteral("(unclosed");
    const CheckOutcome broken = run(s, QStringLiteral("x"));
    QCOMPARE(verdictName(broken.verdict), verdictName(Verdict::Error));
    QVERIFY(broken.message.contains(QStringLiteral("invalid")));
}

void TestCheckEvaluator::missingVariableIsAnError()
{
    for (CheckSpec::Kind kind :
         {CheckSpec::Kind::ImeiLuhn, CheckSpec::Kind::IccidLuhn, CheckSpec::Kind::Regex,
          CheckSpec::Kind::Range, CheckSpec::Kind::Equals, CheckSpec::Kind::P256PublicKey}) {
        const CheckOutcome out = CheckEvaluator::evaluate(
            spec(kind, QStringLiteral("imei")), {{QStringLiteral("imsi"), QStringLiteral("1")}});
        QCOMPARE(verdictName(out.verdict), verdictName(Verdict::Error));
        QVERIFY(out.message.contains(QStringLiteral("variable 'imei' is not set")));
    }
}

void TestCheckEvaluator::p256FromKeygenPayload()
{
    const QString payload = keygenPublicKeyPayload();
    QVERIFY(payload.contains(QLatin1Char('.')));
    const eol::Result<P256PublicKey> key = P256PublicKey::parse(payload);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));

    const QByteArray spki = QByteArray::fromBase64(
        payload.section(QLatin1Char('.'), 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
    QCOMPARE(spki.size(), 91);
    QCOMPARE(key->der(), spki);
    QCOMPARE(key->uncompressedPoint(), spki.right(65));
    QCOMPARE(key->uncompressedPoint().at(0), '\x04');
    QCOMPARE(key->fingerprintSha256(),
             QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
    QVERIFY(key->pem().startsWith(
        QStringLiteral("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")));
    QVERIFY(key->pem().endsWith(QStringLiteral("\n-----END PUBLIC KEY-----\n")));

    // Its own PEM parses back to the same key.
    const eol::Result<P256PublicKey> again = P256PublicKey::parse(key->pem());
    QVERIFY(again.ok());
    QCOMPARE(again->der(), spki);
}

void TestCheckEvaluator::p256FromPemMatchesCsr()
{
    const QString pem = csrExamplePem();
    const eol::Result<P256PublicKey> key = P256PublicKey::parse(pem);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    // The key the README decoded is the one inside the device's real CSR.
    const QByteArray csr = readShared(QStringLiteral("nrf9160_keygen_csr_16842753.der"));
    QVERIFY(csr.contains(key->der()));
    QVERIFY(csr.contains(key->uncompressedPoint()));
    // Our PEM is byte-for-byte what the README shows (same 64-column wrapping).
    QCOMPARE(key->pem(), pem);
}

void TestCheckEvaluator::p256OtherEncodings()
{
    const eol::Result<P256PublicKey> reference = P256PublicKey::parse(keygenPublicKeyPayload());
    QVERIFY(reference.ok());
    const QByteArray der = reference->der();

    const QStringList inputs = {
        QString::fromLatin1(der.toBase64()), // base64, padded
        QString::fromLatin1(der.toBase64(QByteArray::Base64UrlEncoding |
                                         QByteArray::OmitTrailingEquals)),     // bare SPKI
        QString::fromLatin1(reference->uncompressedPoint().toHex()),           // hex point
        QString::fromLatin1(reference->uncompressedPoint().toHex().toUpper()), // upper-case hex
        QLatin1Char('"') + keygenPublicKeyPayload() + QLatin1Char('"'),        // still quoted
    };
    for (const QString& input : inputs) {
        const eol::Result<P256PublicKey> key = P256PublicKey::parse(input);
        QVERIFY2(key.ok(), qPrintable(input + QStringLiteral(": ") +
                                      (key.ok() ? QString() : key.error().message)));
        QCOMPARE(key->der(), der);
        QCOMPARE(key->fingerprintSha256(), reference->fingerprintSha256());
    }
}

void TestCheckEvaluator::p256Rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    const eol::Result<P256PublicKey> reference = P256PublicKey::parse(keygenPublicKeyPayload());
    QByteArray offCurve = reference->uncompressedPoint();
    offCurve[64] = static_cast<char>(offCurve[64] ^ 0x01);
    QByteArray derOffCurve = reference->der();
    derOffCurve[90] = static_cast<char>(derOffCurve[90] ^ 0x01);
    QByteArray trailing = reference->der() + QByteArray(1, '\0');

    QTest::newRow("P-384") << QString::fromLatin1(kP384Spki) << "not P-256";
    QTest::newRow("P-384 PEM")
        << QStringLiteral("-----BEGIN PUBLIC KEY-----\n%1\n%2\n-----END PUBLIC KEY-----\n")
               .arg(QString::fromLatin1(kP384Spki).left(64), QString::fromLatin1(kP384Spki).mid(64))
        << "not P-256";
    QTest::newRow("Ed25519") << QString::fromLatin1(kEd25519Spki) << "not an elliptic-curve P-256";
    QTest::newRow("garbage") << QStringLiteral("hello world!") << "neither PEM";
    QTest::newRow("base64 of garbage")
        << QStringLiteral("aGVsbG8gd29ybGQ") << "not a valid public key";
    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("hex point off the curve")
        << QString::fromLatin1(offCurve.toHex()) << "not a valid public key";
    QTest::newRow("DER point off the curve")
        << QString::fromLatin1(derOffCurve.toBase64()) << "not a valid public key";
    QTest::newRow("trailing bytes")
        << QString::fromLatin1(trailing.toBase64()) << "not a valid public key";
    QTest::newRow("truncated") << QString::fromLatin1(reference->der().left(60).toBase64())
                               << "not a valid public key";
    QTest::newRow("broken PEM")
        << QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
        << "(PEM) is not a valid public key";
}

void TestCheckEvaluator::p256Rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const eol::Result<P256PublicKey> key = P256PublicKey::parse(input);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, QStringLiteral("bad_public_key"));
    QVERIFY2(key.error().message.contains(messagePart), qPrintable(key.error().message));
}

void TestCheckEvaluator::p256CheckPublishesPemAndFingerprint()
{
    const CheckSpec s = spec(CheckSpec::Kind::P256PublicKey, QStringLiteral("public_key"));
    const CheckOutcome out = run(s, keygenPublicKeyPayload());
    QCOMPARE(verdictName(out.verdict), verdictName(Verdict::Pass));
    const eol::Result<P256PublicKey> key = P256PublicKey::parse(keygenPublicKeyPayload());
    QCOMPARE(out.derived.size(), 2);
    QCOMPARE(out.derived.value(QStringLiteral("public_key_pem")), key->pem());
    QCOMPARE(out.derived.value(QStringLiteral("public_key_sha256")),
             QString::fromLatin1(key->fingerprintSha256()));
    QCOMPARE(out.derived.value(QStringLiteral("public_key_sha256")).size(), 64);
    QVERIFY(out.message.contains(QString::fromLatin1(key->fingerprintSha256())));

    const CheckOutcome bad = run(s, QString::fromLatin1(kP384Spki));
    QCOMPARE(verdictName(bad.verdict), verdictName(Verdict::Fail));
    QVERIFY(bad.derived.isEmpty());
    QVERIFY(bad.message.startsWith(QStringLiteral("public_key: ")));
}

QTEST_GUILESS_MAIN(TestCheckEvaluator)
#include "tst_check_evaluator.moc"
