// The operator screen end to end: real widgets (offscreen), a real Station on a temporary
// SQLite file, the in-process simulated DUT, the plans from testplans/.

#include "runner/FixtureSlot.h"
#include "station/Station.h"
#include "store/RunStore.h"
#include "ui/OperatorWindow.h"
#include "ui/PromptDialog.h"
#include "ui/ScanInput.h"
#include "ui/StationSettings.h"
#include "ui/VerdictView.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using eol::ui::OperatorWindow;

namespace {

constexpr int kRunTimeoutMs = 30000;

/// One station with one slot and its operator window, on a fresh database.
struct Rig
{
    QTemporaryDir dir;
    std::unique_ptr<eol::core::station::Station> station;
    eol::core::runner::FixtureSlot* slot = nullptr;
    std::unique_ptr<OperatorWindow> window;

    QString db() const { return dir.filePath(QStringLiteral("records.db")); }

    bool open(const QString& port, const QString& planRef = {}, bool autoStart = true)
    {
        auto s = eol::core::station::Station::open(db());
        if (!s)
            return false;
        station = std::move(s).value();
        slot = station->addSlot(1);
        eol::ui::StationSettings settings;
        settings.stationId = QStringLiteral("line-test");
        settings.operatorName = QStringLiteral("tester");
        settings.databasePath = db();
        settings.port = port;
        settings.planRef =
            planRef.isEmpty() ? QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json") : planRef;
        settings.plansDir = QStringLiteral(EOL_SOURCE_DIR "/testplans");
        settings.autoStart = autoStart;
        settings.sounds = false;
        window = std::make_unique<OperatorWindow>(station.get(), slot, settings);
        window->resize(1366, 768);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    ~Rig()
    {
        window.reset();
        if (station)
            station->shutdown();
    }

    eol::ui::ScanInput* scanField() const { return window->findChild<eol::ui::ScanInput*>(); }

    void scan(const QString& text)
    {
        auto* field = scanField();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    /// A second, independent connection: what is really on disk.
    QList<eol::core::store::RunRecord> storedRuns() const
    {
        auto store = eol::core::store::RunStore::open(db());
        if (!store)
            return {};
        auto runs = store.value()->listRuns({});
        return runs ? runs.value() : QList<eol::core::store::RunRecord>{};
    }
};

} // namespace

class TestOperatorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerTiming();
    void jobCardThenPass();
    void badImeiFails();
    void promptAnsweredByKey_data();
    void promptAnsweredByKey();
    void escapeAbortsAfterConfirmation();
    void malformedScanStartsNothing();
    void missingPortIsStationError();
    void startButtonWhenAutoStartIsOff();
};

void TestOperatorWindow::scannerTiming()
{
    using eol::ui::ScanInput;
    QVERIFY(ScanInput::looksScanned({3, 5, 4, 6, 2}));
    QVERIFY(!ScanInput::looksScanned({3, 180, 4, 6}));  // a person paused
    QVERIFY(!ScanInput::looksScanned({120, 150, 200})); // a person typing
    QVERIFY(!ScanInput::looksScanned({}));              // one key is no scan
}

void TestOperatorWindow::jobCardThenPass()
{
    Rig rig;
    // The simulated unit reports the serial the plan compares with the scanned label.
    QVERIFY(rig.open(QStringLiteral("sim:nrf91,serial=SN00000001")));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Idle);
    QVERIFY(rig.scanField()->hasFocus());

    rig.scan(QStringLiteral("EOL1|J|P=nrf91-tracker|PLAN=nrf91-tracker|B=B-7|WO=WO-42"));
    QVERIFY2(rig.window->message().contains(QStringLiteral("Job card accepted")),
             qPrintable(rig.window->message()));

    // When the verdict appears, the record must already be on disk (separate connection).
    QList<eol::core::store::RunRecord> atVerdict;
    QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
    connect(rig.window.get(), &OperatorWindow::verdictShown, this,
            [&] { atVerdict = rig.storedRuns(); });
    rig.scan(QStringLiteral("EOL1|U|SN00000001"));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Running);
    QVERIFY(!rig.window->verdictView()->isVisible());
    QVERIFY(verdict.wait(kRunTimeoutMs));
    QCOMPARE(verdict.first().first().toString(), QStringLiteral("pass"));
    QVERIFY(rig.window->verdictView()->isVisible());
    QCOMPARE(rig.window->verdictView()->headline(), QStringLiteral("PASS"));

    QCOMPARE(atVerdict.size(), 1);
    const auto& r = atVerdict.first();
    QCOMPARE(r.verdict, QStringLiteral("pass"));
    QCOMPARE(r.state, QStringLiteral("finished"));
    QCOMPARE(r.serial, QStringLiteral("SN00000001"));
    QCOMPARE(r.batch, QStringLiteral("B-7"));
    QCOMPARE(r.workOrder, QStringLiteral("WO-42"));
    QCOMPARE(r.operatorName, QStringLiteral("tester"));

    // Identity on screen.
    const auto labels = rig.window->verdictView()->findChildren<QLabel*>();
    bool imeiShown = false;
    for (QLabel* l : labels)
        imeiShown = imeiShown || (l->text() == r.imei && !r.imei.isEmpty());
    QVERIFY(imeiShown);

    // Counters from the database.
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->todayStats().passed, 1, 5000);
    QCOMPARE(rig.window->todayStats().unitsTested, 1);
    QCOMPARE(rig.window->todayStats().firstPassUnits, 1);
    QCOMPARE(rig.window->todayStats().unsynced, 1);
    QCOMPARE(rig.window->todayStats().recent.size(), 1);

    // The next scan clears the verdict.
    rig.scan(QStringLiteral("SN00000001"));
    QVERIFY(!rig.window->verdictView()->isVisible());
    QVERIFY(verdict.wait(kRunTimeoutMs));
}

void TestOperatorWindow::badImeiFails()
{
    Rig rig;
    QVERIFY(rig.open(QStringLiteral("sim:nrf91,bad-imei")));
    QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
    rig.scan(QStringLiteral("SN00000002"));
    QVERIFY(verdict.wait(kRunTimeoutMs));
    QCOMPARE(verdict.first().first().toString(), QStringLiteral("fail"));
    QCOMPARE(rig.window->verdictView()->headline(), QStringLiteral("FAIL"));
    QVERIFY2(rig.window->verdictView()->reason().contains(QStringLiteral("IMEI check digit")),
             qPrintable(rig.window->verdictView()->reason()));
    const auto runs = rig.storedRuns();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().verdict, QStringLiteral("fail"));
    QCOMPARE(runs.first().failingStep, QStringLiteral("imei_valid"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->todayStats().failed, 1, 5000);
    QCOMPARE(rig.window->todayStats().firstPassUnits, 0);
}

void TestOperatorWindow::promptAnsweredByKey_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("P passes") << int(Qt::Key_P) << QStringLiteral("pass");
    QTest::newRow("F fails") << int(Qt::Key_F) << QStringLiteral("fail");
}

void TestOperatorWindow::promptAnsweredByKey()
{
    QFETCH(int, key);
    QFETCH(QString, expected);
    QTemporaryDir plans;
    const QString planPath = plans.filePath(QStringLiteral("prompt.json"));
    {
        QFile f(planPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({
  "format": 1,
  "id": "prompt-test",
  "revision": 1,
  "product": "prompt test",
  "serial_pattern": "^SN\\d{8}$",
  "setup": [
    {"id": "boot", "name": "Wait for the modem to boot", "kind": "wait_for", "pattern": "^Ready$", "timeout_ms": 5000}
  ],
  "steps": [
    {"id": "led", "name": "Status LED is green", "kind": "prompt", "question": "Is the status LED green?"}
  ]
})json");
    }
    Rig rig;
    QVERIFY(rig.open(QStringLiteral("sim:nrf91"), planPath));
    QCOMPARE(rig.window->activePlan().id, QStringLiteral("prompt-test"));
    QSignalSpy prompt(rig.window.get(), &OperatorWindow::promptShown);
    QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
    rig.scan(QStringLiteral("SN00000003"));
    QVERIFY(prompt.wait(kRunTimeoutMs));
    QCOMPARE(prompt.first().first().toString(), QStringLiteral("led"));
    auto* dialog = rig.window->findChild<eol::ui::PromptDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->question(), QStringLiteral("Is the status LED green?"));

    // Enter and Space must not answer (a scanner's Enter would otherwise pass the unit).
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Space);
    QVERIFY(dialog->isVisible());
    QCOMPARE(verdict.count(), 0);

    QTest::keyClick(dialog, Qt::Key(key));
    QVERIFY(verdict.wait(kRunTimeoutMs));
    QCOMPARE(verdict.first().first().toString(), expected);
    const auto runs = rig.storedRuns();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().verdict, expected);
}

void TestOperatorWindow::escapeAbortsAfterConfirmation()
{
    Rig rig;
    QVERIFY(rig.open(QStringLiteral("sim:nrf91,latency=300")));
    QSignalSpy steps(rig.slot, &eol::core::runner::FixtureSlot::stepFinished);
    QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
    rig.scan(QStringLiteral("SN00000004"));
    QVERIFY(steps.wait(kRunTimeoutMs));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Running);

    // Esc asks first; Esc again keeps testing.
    QTest::keyClick(rig.scanField(), Qt::Key_Escape);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = rig.window->findChild<QMessageBox*>(QStringLiteral("abortConfirm"))) &&
                box->isVisible());
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!rig.window->findChild<QMessageBox*>(QStringLiteral("abortConfirm")));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Running);

    // Esc, then Enter confirms.
    QTest::keyClick(rig.scanField(), Qt::Key_Escape);
    QTRY_VERIFY((box = rig.window->findChild<QMessageBox*>(QStringLiteral("abortConfirm"))) &&
                box->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(verdict.wait(kRunTimeoutMs));
    QCOMPARE(verdict.first().first().toString(), QStringLiteral("aborted"));
    QCOMPARE(rig.window->verdictView()->headline(), QStringLiteral("ABORTED"));

    const auto runs = rig.storedRuns();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().verdict, QStringLiteral("aborted"));
    // Teardown still ran.
    auto store = eol::core::store::RunStore::open(rig.db());
    QVERIFY(store);
    const auto stored = store.value()->steps(runs.first().runId);
    QVERIFY(stored);
    bool teardown = false;
    for (const auto& s : stored.value())
        teardown = teardown || s.phase == QLatin1String("teardown");
    QVERIFY(teardown);
}

void TestOperatorWindow::malformedScanStartsNothing()
{
    Rig rig;
    QVERIFY(rig.open(QStringLiteral("sim:nrf91")));
    rig.scan(QStringLiteral("EOL1|X|garbage"));
    QVERIFY2(rig.window->message().contains(QStringLiteral("Bad scan")),
             qPrintable(rig.window->message()));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Idle);

    rig.scan(QStringLiteral("XY-12")); // a valid label, but not an nrf91 serial
    QVERIFY2(rig.window->message().contains(QStringLiteral("XY-12")),
             qPrintable(rig.window->message()));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Idle);

    rig.scan(QStringLiteral("EOL1|U|SN00000005|P=other-product"));
    QVERIFY2(rig.window->message().contains(QStringLiteral("Wrong product")),
             qPrintable(rig.window->message()));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Idle);
    QVERIFY(rig.storedRuns().isEmpty());
}

void TestOperatorWindow::missingPortIsStationError()
{
    Rig rig;
    QVERIFY(rig.open(QStringLiteral("/dev/ttyEOLNOPE")));
    QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
    rig.scan(QStringLiteral("SN00000006"));
    QVERIFY(verdict.wait(kRunTimeoutMs));
    QCOMPARE(verdict.first().first().toString(), QStringLiteral("error"));
    QCOMPARE(rig.window->verdictView()->headline(), QStringLiteral("ERROR"));
    const QString reason = rig.window->verdictView()->reason();
    QVERIFY2(reason.contains(QStringLiteral("/dev/ttyEOLNOPE")) &&
                 reason.contains(QStringLiteral("not found")),
             qPrintable(reason));
    const auto runs = rig.storedRuns();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().verdict, QStringLiteral("error"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->todayStats().stationErrors, 1, 5000);
}

void TestOperatorWindow::startButtonWhenAutoStartIsOff()
{
    Rig rig;
    QVERIFY(rig.open(QStringLiteral("sim:nrf91,serial=SN00000007"), {}, false));
    QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
    rig.scan(QStringLiteral("SN00000007"));
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Ready);
    QVERIFY(rig.storedRuns().isEmpty());
    // Space on the empty scan field is START.
    QTest::keyClick(rig.scanField(), Qt::Key_Space);
    QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Running);
    QVERIFY(verdict.wait(kRunTimeoutMs));
    QCOMPARE(verdict.first().first().toString(), QStringLiteral("pass"));
}

QTEST_MAIN(TestOperatorWindow)
#include "tst_operator_window.moc"
