// The registry's timestamp rule (RunValidator::normaliseUtc): stations send
// "2026-11-22T21:59:15.123Z", taken as is without parsing (a fast path: 14 timestamps per run);
// every other ISO-8601 form is parsed and normalised to that form; nothing invalid slips through
// either path.
#include "registry/RunValidator.h"

#include <QTest>

using eol::registry::RunValidator;

class TstRegistryValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString same = QStringLiteral("=");
        QTest::newRow("canonical") << QStringLiteral("2026-11-22T21:59:15.123Z") << same;
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00.000Z") << same;
        QTest::newRow("no leap day") << QStringLiteral("2026-02-29T00:00:00.000Z") << QString();
        QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00.000Z") << QString();
        // ISO 8601's end-of-day midnight: the slow path takes it as the next day, as before.
        QTest::newRow("hour 24") << QStringLiteral("2026-11-22T24:00:00.000Z")
                                 << QStringLiteral("2026-11-23T00:00:00.000Z");
        QTest::newRow("second 60") << QStringLiteral("2026-11-22T23:59:60.000Z") << QString();
        QTest::newRow("letter") << QStringLiteral("2026-11-2xT21:59:15.123Z") << QString();
        QTest::newRow("offset") << QStringLiteral("2026-11-22T23:59:15.123+02:00")
                                << QStringLiteral("2026-11-22T21:59:15.123Z");
        QTest::newRow("no ms") << QStringLiteral("2026-11-22T21:59:15Z")
                               << QStringLiteral("2026-11-22T21:59:15.000Z");
        QTest::newRow("no zone = UTC") << QStringLiteral("2026-11-22T21:59:15.5")
                                       << QStringLiteral("2026-11-22T21:59:15.500Z");
        QTest::newRow("date only") << QStringLiteral("2026-11-22") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(RunValidator::normaliseUtc(text),
                 expected == QLatin1String("=") ? text : expected);
    }
};

QTEST_GUILESS_MAIN(TstRegistryValidator)
#include "tst_registry_validator.moc"
