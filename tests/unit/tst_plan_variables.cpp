// VariableExpander: ${name} substitution as the runner applies it to plan text.

#include "runner/VariableExpander.h"

#include <QTest>

using eol::core::runner::VariableExpander;

class TestPlanVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsKnownNames();
    void leavesUnknownNamesAndReportsThem();
    void plainTextIsUntouched();
    void findsReferences();
};

void TestPlanVariables::expandsKnownNames()
{
    const QHash<QString, QString> vars = {{QStringLiteral("sec_tag"), QStringLiteral("16842753")},
                                          {QStringLiteral("x"), QStringLiteral("${sec_tag}")}};
    QStringList missing;
    QCOMPARE(VariableExpander::expand(QStringLiteral("AT%KEYGEN=${sec_tag},2,1"), vars, &missing),
             QStringLiteral("AT%KEYGEN=16842753,2,1"));
    QVERIFY(missing.isEmpty());
    // Values are inserted verbatim, never expanded again.
    QCOMPARE(VariableExpander::expand(QStringLiteral("${x}${sec_tag}"), vars, nullptr),
             QStringLiteral("${sec_tag}16842753"));
}

void TestPlanVariables::leavesUnknownNamesAndReportsThem()
{
    QStringList missing;
    const QString out =
        VariableExpander::expand(QStringLiteral("AT+X=${a},${b},${a}"),
                                 {{QStringLiteral("b"), QStringLiteral("2")}}, &missing);
    QCOMPARE(out, QStringLiteral("AT+X=${a},2,${a}"));
    QCOMPARE(missing, QStringList{QStringLiteral("a")});
    QCOMPARE(VariableExpander::expand(QStringLiteral("${a}"), {}, nullptr), QStringLiteral("${a}"));
}

void TestPlanVariables::plainTextIsUntouched()
{
    QStringList missing;
    for (const QString& text : {QStringLiteral("AT+CGSN"), QStringLiteral("cost $5 {x}"),
                                QStringLiteral("open ${ never closed"), QString()}) {
        QCOMPARE(
            VariableExpander::expand(text, {{QStringLiteral("x"), QStringLiteral("1")}}, &missing),
            text);
    }
    QVERIFY(missing.isEmpty());
}

void TestPlanVariables::findsReferences()
{
    const auto refs = VariableExpander::references(QStringLiteral("a${one}b${two}${}"));
    QCOMPARE(refs.size(), 3);
    QCOMPARE(refs[0].name, QStringLiteral("one"));
    QCOMPARE(refs[0].offset, 1);
    QCOMPARE(refs[1].name, QStringLiteral("two"));
    QCOMPARE(refs[2].name, QString());
    QVERIFY(VariableExpander::isValidName(QStringLiteral("_a1")));
    QVERIFY(!VariableExpander::isValidName(QStringLiteral("1a")));
    QVERIFY(!VariableExpander::isValidName(QStringLiteral("a-b")));
    QVERIFY(!VariableExpander::isValidName(QString()));
}

QTEST_GUILESS_MAIN(TestPlanVariables)
#include "tst_plan_variables.moc"
