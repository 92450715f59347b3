// The runner on its fixture-slot thread against the in-process simulated DUT, with a real
// SQLite store on its writer thread: sequencing, on-fail policies, teardown, abort, prompts,
// parallel slots, and "verdict only after commit".

#include "plan/PlanLoader.h"
#include "runner/FixtureSlot.h"
#include "station/Station.h"
#include "store/RunStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eol::core;

namespace {

plan::Plan planFrom(const QByteArray& stepsJson, const QByteArray& teardownJson = "[]",
                    const QByteArray& setupJson = "[]")
{
    const QByteArray doc =
        R"({"format": 1, "id": "runner-test", "revision": 1, "product": "tracker",
        "setup": )" +
        setupJson + R"(, "steps": )" + stepsJson + R"(, "teardown": )" + teardownJson + "}";
    auto plan = plan::PlanLoader::loadBytes(doc, QStringLiteral("runner-test.json"));
    if (!plan)
        qFatal("test plan does not load: %s", qPrintable(plan.error().message));
    return plan.value();
}

const QByteArray kImeiSteps = R"([
    {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "^(?<imei>\\d{15})$", "timeout_ms": 2000},
    {"id": "imei_ok", "name": "IMEI valid", "kind": "check", "variable": "imei", "imei_luhn": true}
])";

const QByteArray kTeardown = R"([
    {"id": "off", "name": "Radio off", "kind": "at", "command": "AT+CFUN=4", "timeout_ms": 2000}
])";

} // namespace

class TestTestRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<station::Station> m_station;
    QString m_dbPath;
    int m_dbCount = 0;

    runner::RunOutcome runToEnd(runner::FixtureSlot* slot, const runner::RunRequest& request)
    {
        QSignalSpy finished(slot, &runner::FixtureSlot::finished);
        slot->start(request);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<runner::RunOutcome>();
    }

    runner::RunRequest request(const plan::Plan& plan,
                               const QString& port = QStringLiteral("sim:nrf91"))
    {
        runner::RunRequest r;
        r.plan = plan;
        r.port = port;
        r.stationId = QStringLiteral("st-1");
        r.operatorName = QStringLiteral("ana");
        return r;
    }

    static QStringList stepIds(const runner::RunOutcome& o)
    {
        QStringList ids;
        for (const auto& s : o.steps)
            ids << s.stepId + QLatin1Char('=') + s.verdict;
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A fresh database per test: no test depends on another's records.
        m_dbPath = m_dir.filePath(QStringLiteral("runner-%1.db").arg(++m_dbCount));
        auto station = station::Station::open(m_dbPath);
        QVERIFY2(station.ok(), station.ok() ? "" : qPrintable(station.error().message));
        m_station = std::move(station).value();
    }
    void cleanup() { m_station.reset(); }

    void passingRunIsCommittedBeforeItIsAnnounced()
    {
        auto* slot = m_station->addSlot(1);
        const auto outcome = runToEnd(slot, request(planFrom(kImeiSteps, kTeardown)));
        QVERIFY(outcome.committed);
        QCOMPARE(outcome.record.verdict, QStringLiteral("pass"));
        QCOMPARE(stepIds(outcome), QStringList({"imei=pass", "imei_ok=pass", "off=pass"}));
        QCOMPARE(outcome.record.imei.size(), 15);
        // A second, independent connection already sees the final record and its outbox row.
        auto reader = store::RunStore::open(m_dbPath);
        QVERIFY(reader.ok());
        auto stored = reader.value()->run(outcome.record.runId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->verdict, QStringLiteral("pass"));
        QCOMPARE(stored->state, QStringLiteral("finished"));
        QCOMPARE(stored->imei, outcome.record.imei);
        QCOMPARE(reader.value()->steps(outcome.record.runId)->size(), 3);
        QCOMPARE(reader.value()->outboxCount().value(), 1);
    }

    void failureStopsStepsButTeardownRuns()
    {
        auto* slot = m_station->addSlot(1);
        const QByteArray steps = R"([
            {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "^(?<imei>\\d{15})$"},
            {"id": "imei_ok", "name": "IMEI valid", "kind": "check", "variable": "imei", "imei_luhn": true},
            {"id": "fw", "name": "Firmware", "kind": "at", "command": "AT+CGMR", "expect": "mfw"}
        ])";
        const auto outcome = runToEnd(
            slot, request(planFrom(steps, kTeardown), QStringLiteral("sim:nrf91,bad-imei")));
        QVERIFY(outcome.committed);
        QCOMPARE(outcome.record.verdict, QStringLiteral("fail"));
        QCOMPARE(outcome.record.failingStep, QStringLiteral("imei_ok"));
        QVERIFY(outcome.record.failureReason.contains(QStringLiteral("Luhn")));
        QCOMPARE(stepIds(outcome), QStringList({"imei=pass", "imei_ok=fail", "off=pass"}));
    }

    void continuePolicyRunsTheRestAndRetryCountsAttempts()
    {
        auto* slot = m_station->addSlot(1);
        const QByteArray steps = R"([
            {"id": "fw", "name": "Firmware", "kind": "at", "command": "AT+CGMR", "expect": "nonsense", "on_fail": "continue"},
            {"id": "cimi", "name": "IMSI", "kind": "at", "command": "AT+CIMI", "expect": "\\d+",
             "on_fail": {"retry": 2, "delay_ms": 10}},
            {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "^(?<imei>\\d{15})$"}
        ])";
        const auto outcome =
            runToEnd(slot, request(planFrom(steps), QStringLiteral("sim:nrf91,cme-error=AT+CIMI")));
        QVERIFY(outcome.committed);
        QCOMPARE(stepIds(outcome), QStringList({"fw=fail", "cimi=fail"}));
        QCOMPARE(outcome.steps.at(1).attempts, 3);
        QVERIFY(outcome.steps.at(1).message.contains(QStringLiteral("after 3 attempts")));
        QCOMPARE(outcome.record.failingStep, QStringLiteral("fw"));
    }

    void abortEndsTheRunAsAbortedAfterTeardown()
    {
        auto* slot = m_station->addSlot(1);
        const QByteArray steps = R"([
            {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "\\d{15}"},
            {"id": "wait", "name": "Long soak", "kind": "delay", "duration_ms": 60000},
            {"id": "fw", "name": "Firmware", "kind": "at", "command": "AT+CGMR"}
        ])";
        QSignalSpy finished(slot, &runner::FixtureSlot::finished);
        QSignalSpy started(slot, &runner::FixtureSlot::stepStarted);
        slot->start(request(planFrom(steps, kTeardown)));
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 2, 10000); // in the long delay now
        slot->abort();
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().first().value<runner::RunOutcome>();
        QVERIFY(outcome.committed);
        QCOMPARE(outcome.record.verdict, QStringLiteral("aborted"));
        QCOMPARE(stepIds(outcome), QStringList({"imei=pass", "wait=aborted", "off=pass"}));
    }

    void promptIsAnsweredInteractivelyOrFailsClearlyHeadless()
    {
        auto* slot = m_station->addSlot(1);
        const QByteArray steps = R"([
            {"id": "led", "name": "LED check", "kind": "prompt", "question": "Is the LED green?"}
        ])";
        auto req = request(planFrom(steps));
        req.interactivePrompts = true;
        QSignalSpy prompt(slot, &runner::FixtureSlot::promptRequested);
        QSignalSpy finished(slot, &runner::FixtureSlot::finished);
        slot->start(req);
        QVERIFY(prompt.wait(10000));
        QCOMPARE(prompt.first().at(1).toString(), QStringLiteral("Is the LED green?"));
        slot->answerPrompt(QStringLiteral("led"), false);
        QVERIFY(finished.wait(10000));
        auto outcome = finished.first().first().value<runner::RunOutcome>();
        QCOMPARE(outcome.record.verdict, QStringLiteral("fail"));
        QVERIFY(outcome.record.failureReason.contains(QStringLiteral("LED")));

        req.interactivePrompts = false;
        outcome = runToEnd(slot, req);
        QCOMPARE(outcome.record.verdict, QStringLiteral("error"));
        QVERIFY(outcome.record.failureReason.contains(QStringLiteral("--answer led=pass")));

        req.promptAnswers.insert(QStringLiteral("led"), true);
        outcome = runToEnd(slot, req);
        QCOMPARE(outcome.record.verdict, QStringLiteral("pass"));
    }

    void missingPortIsAStationErrorNotAFail()
    {
        auto* slot = m_station->addSlot(1);
        const auto outcome = runToEnd(
            slot, request(planFrom(kImeiSteps, kTeardown), QStringLiteral("/dev/ttyEOLNOPE")));
        QVERIFY(outcome.committed);
        QCOMPARE(outcome.record.verdict, QStringLiteral("error"));
        QCOMPARE(outcome.record.failingStep, QStringLiteral("open_port"));
        QVERIFY(outcome.record.failureReason.contains(QStringLiteral("/dev/ttyEOLNOPE")));
        QCOMPARE(stepIds(outcome), QStringList({"open_port=error", "off=skipped"}));
    }

    void lateAnswerAfterATimeoutIsNotTakenForTheNextCommand()
    {
        // The DUT answers AT+CIMI after 300 ms, but the plan gives it 100 ms: the late IMSI
        // must not be recorded as the IMEI asked for next.
        auto* slot = m_station->addSlot(1);
        const QByteArray steps = R"([
            {"id": "imsi", "name": "IMSI", "kind": "at", "command": "AT+CIMI", "expect": "\\d+",
             "timeout_ms": 100, "on_fail": "continue"},
            {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "^(?<imei>\\d{15})$", "timeout_ms": 2000},
            {"id": "imei_ok", "name": "IMEI valid", "kind": "check", "variable": "imei", "imei_luhn": true}
        ])";
        const auto outcome =
            runToEnd(slot, request(planFrom(steps), QStringLiteral("sim:nrf91,slow=300")));
        QVERIFY(outcome.committed);
        QCOMPARE(stepIds(outcome), QStringList({"imsi=error", "imei=pass", "imei_ok=pass"}));
        QVERIFY2(outcome.record.imei.startsWith(QStringLiteral("35265610")),
                 qPrintable(outcome.record.imei));
    }

    void checkOfAValueAFailedStepDidNotCaptureIsSkipped()
    {
        auto* slot = m_station->addSlot(1);
        const QByteArray steps = R"([
            {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "^(?<imei>\\d{15})$", "on_fail": "continue"},
            {"id": "imei_ok", "name": "IMEI valid", "kind": "check", "variable": "imei", "imei_luhn": true}
        ])";
        const auto outcome =
            runToEnd(slot, request(planFrom(steps), QStringLiteral("sim:nrf91,cme-error=AT+CGSN")));
        QCOMPARE(stepIds(outcome), QStringList({"imei=fail", "imei_ok=skipped"}));
        QCOMPARE(outcome.record.verdict, QStringLiteral("fail"));
        QCOMPARE(outcome.record.failingStep, QStringLiteral("imei"));
    }

    void abortDuringTeardownKeepsTheFailVerdict()
    {
        auto* slot = m_station->addSlot(1);
        const QByteArray teardown = R"([
            {"id": "cool", "name": "Cool down", "kind": "delay", "duration_ms": 700},
            {"id": "off", "name": "Radio off", "kind": "at", "command": "AT+CFUN=4"}
        ])";
        QSignalSpy finished(slot, &runner::FixtureSlot::finished);
        QSignalSpy started(slot, &runner::FixtureSlot::stepStarted);
        slot->start(request(planFrom(kImeiSteps, teardown), QStringLiteral("sim:nrf91,bad-imei")));
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() &&
                                     started.last().at(0).toString() == QLatin1String("teardown"),
                                 10000);
        slot->abort();
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().first().value<runner::RunOutcome>();
        QCOMPARE(outcome.record.verdict, QStringLiteral("fail"));
        QCOMPARE(outcome.record.failingStep, QStringLiteral("imei_ok"));
        QCOMPARE(stepIds(outcome),
                 QStringList({"imei=pass", "imei_ok=fail", "cool=pass", "off=pass"}));
    }

    void shutdownMidRunIsRecordedAsAbortedByTheStation()
    {
        auto* slot = m_station->addSlot(1);
        const QByteArray steps = R"([
            {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "\\d{15}"},
            {"id": "soak", "name": "Soak", "kind": "delay", "duration_ms": 60000}
        ])";
        QSignalSpy started(slot, &runner::FixtureSlot::stepStarted);
        slot->start(request(planFrom(steps, kTeardown)));
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 2, 10000);
        QVERIFY(m_station->shutdown(5000));
        auto reader = store::RunStore::open(m_dbPath);
        QVERIFY(reader.ok());
        auto runs = reader.value()->listRuns({});
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().verdict, QStringLiteral("aborted"));
        QVERIFY(runs->first().failureReason.contains(QStringLiteral("shut down")));
        const auto steps2 = reader.value()->steps(runs->first().runId);
        QCOMPARE(steps2->size(), 3);
        QCOMPARE(steps2->at(1).verdict, QStringLiteral("aborted"));
        QCOMPARE(steps2->at(2).verdict, QStringLiteral("skipped"));
        QVERIFY(steps2->at(2).message.contains(QStringLiteral("shutting down")));
    }

    void secondStationOnTheSameDatabaseIsRefused()
    {
        auto second = station::Station::open(m_dbPath);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("store_in_use"));
        QVERIFY(second.error().message.contains(QStringLiteral("pid")));
    }

    void severalSlotsRunAtOnceOnTheirOwnThreads()
    {
        QList<runner::FixtureSlot*> slots;
        QList<QSignalSpy*> spies;
        for (int i = 0; i < 4; ++i) {
            slots << m_station->addSlot(i + 1);
            spies << new QSignalSpy(slots.last(), &runner::FixtureSlot::finished);
        }
        const QByteArray steps = R"([
            {"id": "imei", "name": "Read IMEI", "kind": "at", "command": "AT+CGSN", "expect": "^(?<imei>\\d{15})$"},
            {"id": "soak", "name": "Soak", "kind": "delay", "duration_ms": 300}
        ])";
        for (int i = 0; i < slots.size(); ++i)
            slots[i]->start(
                request(planFrom(steps), QStringLiteral("sim:bg96,seed=%1").arg(i + 10)));
        QSet<QString> imeis;
        QDateTime latestStart;
        QDateTime earliestEnd;
        for (auto* spy : std::as_const(spies)) {
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 20000);
            const auto outcome = spy->first().first().value<runner::RunOutcome>();
            QVERIFY(outcome.committed);
            QCOMPARE(outcome.record.verdict, QStringLiteral("pass"));
            imeis.insert(outcome.record.imei);
            if (!latestStart.isValid() || outcome.record.startedUtc > latestStart)
                latestStart = outcome.record.startedUtc;
            if (!earliestEnd.isValid() || outcome.record.endedUtc < earliestEnd)
                earliestEnd = outcome.record.endedUtc;
        }
        // The runs overlapped in time: every one had started before the first one ended.
        QVERIFY(latestStart < earliestEnd);
        QCOMPARE(imeis.size(), 4);
        qDeleteAll(spies);
    }
};

QTEST_GUILESS_MAIN(TestTestRunner)
#include "tst_test_runner.moc"
