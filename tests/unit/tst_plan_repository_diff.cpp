// The semantic plan diff: steps added / removed / moved, per-step fields, limits old → new and
// plan settings — as text for people and JSON for scripts — from two real plan files.

#include "plan/PlanLoader.h"
#include "planrepo/PlanDiff.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using eol::core::planrepo::PlanDiff;

namespace {

QByteArray shipped()
{
    QFile f(QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

eol::core::plan::Plan load(const QByteArray& bytes, const char* name)
{
    auto p = eol::core::plan::PlanLoader::loadBytes(bytes, QLatin1String(name));
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return p.value();
}

/// Moves one step object (as laid out in the shipped plans) to just before another.
QByteArray moveStepBefore(QByteArray json, const QByteArray& id, const QByteArray& beforeId)
{
    auto span = [&json](const QByteArray& stepId) {
        const qsizetype key = json.indexOf(QByteArray("\"id\": \"" + stepId + "\""));
        const qsizetype start = json.lastIndexOf("    {", key);
        const qsizetype end = json.indexOf("\n    }", key) + 6;
        return std::pair{start, end};
    };
    const auto [s, e] = span(id);
    const QByteArray step = json.mid(s, e - s);
    json.remove(s, e - s + 2); // the step and its ",\n"
    const auto [before, unused] = span(beforeId);
    Q_UNUSED(unused);
    json.insert(before, QByteArray(step + ",\n"));
    return json;
}

} // namespace

class TestPlanRepositoryDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalPlansHaveNoDifferences()
    {
        const auto a = load(shipped(), "a");
        const PlanDiff d = PlanDiff::compute(a, a);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.summary(), QStringLiteral("no differences"));
    }

    void limitsStepsAndSettings()
    {
        const QByteArray base = shipped();
        QByteArray changed = base;
        changed.replace("\"revision\": 1", "\"revision\": 2");
        // limit: low 3300 → 3400 and unit mV → millivolt
        changed.replace(R"("range": {"low": 3300, "high": 4500, "unit": "mV"})",
                        R"("range": {"low": 3400, "high": 4500, "unit": "millivolt"})");
        // a step field: the IMEI read gets more time
        const qsizetype imei = changed.indexOf("\"id\": \"imei\"");
        const qsizetype timeout = changed.indexOf("\"timeout_ms\":", imei);
        const qsizetype comma = changed.indexOf(',', timeout);
        const qsizetype newline = changed.indexOf('\n', timeout);
        changed.replace(timeout, qMin(comma < 0 ? newline : comma, newline) - timeout,
                        "\"timeout_ms\": 4321");
        // a setting
        changed.replace("\"product\": \"nRF9160 asset tracker\"",
                        "\"product\": \"nRF9160 tracker v2\"");
        // a removed step: the ICCID check (its limit goes with it)
        {
            const qsizetype key = changed.indexOf("\"id\": \"iccid_valid\"");
            const qsizetype start = changed.lastIndexOf("    {", key);
            const qsizetype end = changed.indexOf("\n    }", key) + 6;
            changed.remove(start, end - start + 2); // ",\n"
        }
        const auto a = load(base, "a");
        const auto b = load(changed, "b");
        const PlanDiff d = PlanDiff::compute(a, b);
        QCOMPARE(d.fromRevision, 1);
        QCOMPARE(d.toRevision, 2);

        // The range limit changed (both fields), and the ICCID check's limit went away.
        QCOMPARE(d.limits.size(), 2);
        const auto& range = d.limits.at(1).stepId == QLatin1String("battery_range")
                                ? d.limits.at(1)
                                : d.limits.at(0);
        QCOMPARE(range.stepId, QStringLiteral("battery_range"));
        QCOMPARE(range.oldLimit, QStringLiteral("3300 … 4500 mV"));
        QCOMPARE(range.newLimit, QStringLiteral("3400 … 4500 millivolt"));
        QCOMPARE(range.fields.size(), 2);
        QCOMPARE(range.fields.at(0).field, QStringLiteral("low"));
        QCOMPARE(range.fields.at(0).oldValue.toDouble(), 3300.0);
        QCOMPARE(range.fields.at(0).newValue.toDouble(), 3400.0);
        QCOMPARE(range.fields.at(1).field, QStringLiteral("unit"));

        QCOMPARE(d.removed.size(), 1);
        QCOMPARE(d.removed.first().id, QStringLiteral("iccid_valid"));
        QCOMPARE(d.removed.first().kind, QStringLiteral("check"));
        QVERIFY(d.added.isEmpty());
        QVERIFY(d.moved.isEmpty()); // a removal shifts positions but moves nothing

        QCOMPARE(d.changed.size(), 1);
        QCOMPARE(d.changed.first().step.id, QStringLiteral("imei"));
        QCOMPARE(d.changed.first().fields.size(), 1);
        QCOMPARE(d.changed.first().fields.first().field, QStringLiteral("timeout_ms"));
        QCOMPARE(d.changed.first().fields.first().newValue.toInt(), 4321);

        QCOMPARE(d.settings.size(), 1);
        QCOMPARE(d.settings.first().field, QStringLiteral("product"));

        const QString text = d.toText();
        QVERIFY2(text.contains(QStringLiteral("battery_range")) &&
                     text.contains(QStringLiteral("3300 … 4500 mV → 3400 … 4500 millivolt")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- removed  steps #")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("timeout_ms")), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("product: \"nRF9160 asset tracker\" → \"nRF9160 tracker v2\"")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('{'))); // readable, not JSON lines

        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(QStringLiteral("plan_id")).toString(), QStringLiteral("nrf91-tracker"));
        QCOMPARE(json.value(QStringLiteral("limits")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("steps"))
                     .toObject()
                     .value(QStringLiteral("removed"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(json.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("2 limits changed, 1 step removed, 1 step changed, 1 setting "
                                "changed"));
    }

    void addedAndMovedSteps()
    {
        const QByteArray base = shipped();
        QByteArray changed = moveStepBefore(base, "firmware", "imei");
        // a new delay step at the start of the steps
        const qsizetype steps = changed.indexOf("\"steps\": [");
        const qsizetype open = changed.indexOf('\n', steps);
        changed.insert(open + 1, "    {\"id\": \"settle\", \"kind\": \"delay\", "
                                 "\"duration_ms\": 50},\n");
        const auto a = load(base, "a");
        const auto b = load(changed, "b");
        const PlanDiff d = PlanDiff::compute(a, b);
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added.first().id, QStringLiteral("settle"));
        QCOMPARE(d.added.first().position, 1);
        QCOMPARE(d.moved.size(), 1);
        QCOMPARE(d.moved.first().to.id, QStringLiteral("firmware"));
        QVERIFY(d.moved.first().to.position < d.moved.first().from.position);
        QVERIFY(d.limits.isEmpty());
        QVERIFY(d.changed.isEmpty());
        QVERIFY2(d.toText().contains(QStringLiteral("↕ moved    firmware")),
                 qPrintable(d.toText()));
    }

    void limitWording()
    {
        eol::core::plan::CheckSpec c;
        c.kind = eol::core::plan::CheckSpec::Kind::Range;
        c.low = 3.3;
        c.unit = QStringLiteral("V");
        QCOMPARE(PlanDiff::limitText(c), QStringLiteral("≥ 3.3 V"));
        c.low.reset();
        c.high = 4.5;
        QCOMPARE(PlanDiff::limitText(c), QStringLiteral("≤ 4.5 V"));
        c.kind = eol::core::plan::CheckSpec::Kind::Regex;
        c.pattern = QStringLiteral("^mfw_.*$");
        QCOMPARE(PlanDiff::limitText(c), QStringLiteral("matches ^mfw_.*$"));
    }
};

QTEST_GUILESS_MAIN(TestPlanRepositoryDiff)
#include "tst_plan_repository_diff.moc"
