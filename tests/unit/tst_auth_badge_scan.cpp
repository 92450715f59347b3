// Badge QR codes through the one scan parser: EOL1|B|<badge id> is a login, validated like
// every scan, and a refusal never repeats the token (it is a login secret).

#include "scan/ScanPayloadParser.h"

#include <QTest>

using eol::core::scan::ScanPayload;
using eol::core::scan::ScanPayloadParser;

class TestAuthBadgeScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgeCodeParses()
    {
        auto p = ScanPayloadParser::parse(QStringLiteral("  EOL1|B|K7PQ2M9XW4RT8YV3DHNA6C5E "));
        QVERIFY(p.ok());
        QCOMPARE(p->kind, ScanPayload::Kind::Badge);
        QCOMPARE(p->badgeId, QStringLiteral("K7PQ2M9XW4RT8YV3DHNA6C5E"));
        QVERIFY(p->serial.isEmpty());
        QVERIFY(p->planId.isEmpty());
    }

    void badBadgeCodesAreRefusedWithoutEchoingTheToken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("too short") << QStringLiteral("EOL1|B|SECRET7");
        QTest::newRow("extra field") << QStringLiteral("EOL1|B|SECRETSECRET|P=x");
        QTest::newRow("bad character") << QStringLiteral("EOL1|B|SECRET SECRET");
        QTest::newRow("slash") << QStringLiteral("EOL1|B|SECRET/SECRET");
        QTest::newRow("empty") << QStringLiteral("EOL1|B|");
    }

    void badBadgeCodesAreRefusedWithoutEchoingTheToken()
    {
        QFETCH(QString, text);
        auto p = ScanPayloadParser::parse(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, QStringLiteral("bad_scan"));
        QVERIFY2(!p.error().message.contains(QStringLiteral("SECRET")),
                 qPrintable(p.error().message));
    }

    void unknownTypeNamesTheBadge()
    {
        auto p = ScanPayloadParser::parse(QStringLiteral("EOL1|X|abc"));
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(QStringLiteral("B (badge)")));
    }
};

QTEST_GUILESS_MAIN(TestAuthBadgeScan)
#include "tst_auth_badge_scan.moc"
