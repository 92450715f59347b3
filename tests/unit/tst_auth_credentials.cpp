// PIN hashing: scrypt through OpenSSL, parameters carried in the encoding, constant-time
// verification, malformed or tampered encodings refused without running the KDF.

#include "auth/CredentialHash.h"

#include <QRegularExpression>
#include <QTest>

using eol::core::auth::CredentialHash;

class TestAuthCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashVerifiesOnlyTheRightPin()
    {
        auto h = CredentialHash::hash("4711");
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message));
        QVERIFY(CredentialHash::verify("4711", h.value()));
        QVERIFY(!CredentialHash::verify("4712", h.value()));
        QVERIFY(!CredentialHash::verify("", h.value()));
        QVERIFY(!CredentialHash::verify("47110", h.value()));
        // The PIN itself is nowhere in the stored text.
        QVERIFY(!h.value().contains(QStringLiteral("4711")));
    }

    void encodingCarriesParametersAndSalt()
    {
        auto h = CredentialHash::hash("123456");
        QVERIFY(h.ok());
        static const QRegularExpression phc(
            QStringLiteral("^\\$scrypt\\$ln=15,r=8,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(phc.match(h.value()).hasMatch(), qPrintable(h.value()));
        const auto params = CredentialHash::paramsOf(h.value());
        QVERIFY(params.has_value());
        QCOMPARE(params->log2N, 15);
        QCOMPARE(params->r, 8);
        QCOMPARE(params->p, 1);
        // A fresh salt every time: the same PIN never gives the same string.
        auto again = CredentialHash::hash("123456");
        QVERIFY(again.ok());
        QVERIFY(again.value() != h.value());
        QVERIFY(CredentialHash::verify("123456", again.value()));
    }

    void olderParametersStillVerifyAndAskForRehash()
    {
        const CredentialHash::Params cheap{12, 8, 1};
        auto h = CredentialHash::hash("2468", cheap);
        QVERIFY(h.ok());
        QVERIFY(h.value().startsWith(QStringLiteral("$scrypt$ln=12,r=8,p=1$")));
        QVERIFY(CredentialHash::verify("2468", h.value()));
        QVERIFY(CredentialHash::needsRehash(h.value()));
        QVERIFY(!CredentialHash::needsRehash(h.value(), cheap));
        auto current = CredentialHash::hash("2468");
        QVERIFY(current.ok());
        QVERIFY(!CredentialHash::needsRehash(current.value()));
    }

    void malformedOrTamperedEncodingsAreRefused_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain pin") << QStringLiteral("4711");
        QTest::newRow("other kdf")
            << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2g");
        // ln=30 would ask for 128 GiB: refused before scrypt runs.
        QTest::newRow("huge cost") << QStringLiteral("$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$"
                                                     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("bad base64") << QStringLiteral("$scrypt$ln=15,r=8,p=1$!!!!$????");
        QTest::newRow("short key")
            << QStringLiteral("$scrypt$ln=15,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA");
    }

    void malformedOrTamperedEncodingsAreRefused()
    {
        QFETCH(QString, encoded);
        QVERIFY(!CredentialHash::verify("4711", encoded));
        QVERIFY(!CredentialHash::paramsOf(encoded).has_value());
        QVERIFY(CredentialHash::needsRehash(encoded));
    }

    void flippedKeyBitIsRefused()
    {
        auto h = CredentialHash::hash("9999");
        QVERIFY(h.ok());
        QString tampered = h.value();
        const qsizetype last = tampered.size() - 2;
        tampered[last] =
            tampered.at(last) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!CredentialHash::verify("9999", tampered));
    }

    void outOfRangeParametersAreRefusedWhenHashing()
    {
        auto h = CredentialHash::hash("4711", CredentialHash::Params{4, 8, 1});
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, QStringLiteral("auth_bad_kdf_params"));
    }

    void badgeDigestIsStableHexAndNotTheId()
    {
        const QString d = CredentialHash::badgeDigest(QStringLiteral("K7PQ2M9XW4RT8YV3"));
        QCOMPARE(d.size(), 64);
        QCOMPARE(d, CredentialHash::badgeDigest(QStringLiteral("K7PQ2M9XW4RT8YV3")));
        QVERIFY(d != CredentialHash::badgeDigest(QStringLiteral("K7PQ2M9XW4RT8YV4")));
        QVERIFY(!d.contains(QStringLiteral("K7PQ")));
    }
};

QTEST_GUILESS_MAIN(TestAuthCredentials)
#include "tst_auth_credentials.moc"
