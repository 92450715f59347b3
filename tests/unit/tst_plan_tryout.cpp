// TryoutPlan: the plan the editor runs for "Run this step" holds the setup, the earlier steps
// that capture what the step needs (transitively), and the step; nothing else.

#include "plan/PlanLoader.h"
#include "plan/TryoutPlan.h"

#include <QTest>

using eol::core::plan::Plan;
using eol::core::plan::PlanLoader;
using eol::core::plan::TryoutPlan;

namespace {

Plan shipped(const char* name)
{
    auto plan =
        PlanLoader::loadFile(QStringLiteral(EOL_SOURCE_DIR "/testplans/") + QLatin1String(name));
    if (!plan)
        qFatal("%s", qPrintable(plan.error().message));
    return plan.value();
}

QStringList idsOf(const QList<eol::core::plan::Step>& steps)
{
    QStringList ids;
    for (const auto& s : steps)
        ids << s.id;
    return ids;
}

} // namespace

class TestPlanTryout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void includesWhatTheStepNeeds_data();
    void includesWhatTheStepNeeds();
    void followsChainsAndTheLatestProducer();
    void unknownStepIsAnError();
};

void TestPlanTryout::includesWhatTheStepNeeds_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QStringList>("steps");
    const QStringList setup = {"boot", "at_sync", "verbose_errors"};
    QTest::newRow("a command alone") << "imsi" << setup << QStringList{"imsi"};
    QTest::newRow("a check and its capture")
        << "battery_range" << setup << QStringList({"battery", "battery_range"});
    // ${sec_tag} is declared under variables: nothing else is needed.
    QTest::newRow("declared variable") << "public_key" << setup << QStringList{"public_key"};
    // `serial` is a built-in; dut_serial comes from the step before.
    QTest::newRow("built-in and capture")
        << "serial_matches_label" << setup << QStringList({"dut_serial", "serial_matches_label"});
    QTest::newRow("a setup step: the setup up to it")
        << "at_sync" << QStringList({"boot", "at_sync"}) << QStringList{};
    QTest::newRow("a teardown step") << "modem_off" << setup << QStringList{"modem_off"};
}

void TestPlanTryout::includesWhatTheStepNeeds()
{
    QFETCH(QString, step);
    QFETCH(QStringList, setup);
    QFETCH(QStringList, steps);
    const auto tryout = TryoutPlan::forStep(shipped("nrf91.json"), step);
    QVERIFY2(tryout.ok(), qPrintable(tryout.ok() ? QString() : tryout.error().message));
    QCOMPARE(idsOf(tryout->setup), setup);
    QCOMPARE(idsOf(tryout->steps), steps);
    QVERIFY(tryout->teardown.isEmpty());
    QCOMPARE(tryout->id, QStringLiteral("nrf91-tracker"));
}

void TestPlanTryout::followsChainsAndTheLatestProducer()
{
    // c needs y; y's step needs x (in its command); x is captured twice: the later capture wins.
    const QByteArray json = R"json({"format": 1, "id": "t", "revision": 1, "product": "P",
      "steps": [
        {"id": "x1", "kind": "at", "command": "AT+X", "expect": "(?<x>\\d+)"},
        {"id": "other", "kind": "at", "command": "AT+O", "expect": "(?<o>\\d+)"},
        {"id": "x2", "kind": "wait_for", "pattern": "X: (?<x>\\d+)"},
        {"id": "y", "kind": "at", "command": "AT+Y=${x}", "expect": "(?<y>\\d+)"},
        {"id": "key", "kind": "check", "variable": "y", "p256_public_key": true},
        {"id": "c", "kind": "check", "if_set": "o", "variable": "y_sha256", "regex": ".+"}
      ]})json";
    auto plan = PlanLoader::loadBytes(json, QStringLiteral("t.json"));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    const auto tryout = TryoutPlan::forStep(plan.value(), QStringLiteral("c"));
    QVERIFY(tryout.ok());
    QCOMPARE(idsOf(tryout->steps), QStringList({"other", "x2", "y", "key", "c"}));
    QCOMPARE(TryoutPlan::inputsOf(plan->steps.at(5)), QStringList({"y_sha256", "o"}));
    QCOMPARE(TryoutPlan::outputsOf(plan->steps.at(4)), QStringList({"y_pem", "y_sha256"}));
}

void TestPlanTryout::unknownStepIsAnError()
{
    const auto tryout = TryoutPlan::forStep(shipped("bg96.json"), QStringLiteral("nope"));
    QVERIFY(!tryout.ok());
    QCOMPARE(tryout.error().code, QStringLiteral("step_not_found"));
}

QTEST_GUILESS_MAIN(TestPlanTryout)
#include "tst_plan_tryout.moc"
