#include "ui/OperatorWindow.h"

#include "cli/PlanLocator.h"
#include "runner/FixtureSlot.h"
#include "scan/ScanPayloadParser.h"
#include "station/Station.h"
#include "ui/PromptDialog.h"
#include "ui/ScanInput.h"
#include "ui/StatsReader.h"
#include "ui/StepTableModel.h"
#include "ui/UiLog.h"
#include "ui/VerdictSound.h"
#include "ui/VerdictView.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace eol::ui {

namespace {

constexpr int kRunPage = 0;
constexpr int kVerdictPage = 1;
constexpr int kElapsedTickMs = 100;
constexpr int kFixturePollMs = 2000;

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

OperatorWindow::OperatorWindow(core::station::Station* station, core::runner::FixtureSlot* slot,
                               StationSettings settings, QWidget* parent)
    : QMainWindow(parent), m_station(station), m_slot(slot), m_settings(std::move(settings))
{
    qRegisterMetaType<eol::ui::TodayStats>();
    setObjectName(QStringLiteral("operatorWindow"));
    setWindowTitle(tr("EOL Station — %1").arg(m_settings.stationId));
    m_model = new StepTableModel(this);
    m_sound = new VerdictSound(m_settings.sounds, this);
    m_tick = new QTimer(this);
    m_tick->setInterval(kElapsedTickMs);
    connect(m_tick, &QTimer::timeout, this, &OperatorWindow::updateElapsed);
    buildUi();

    connect(m_slot, &core::runner::FixtureSlot::runStarted, this, [this] { onRunStarted(); });
    connect(m_slot, &core::runner::FixtureSlot::stepStarted, this,
            [this](const QString& phase, const QString& stepId, const QString&, int index,
                   int total) { onStepStarted(phase, stepId, index, total); });
    connect(m_slot, &core::runner::FixtureSlot::stepFinished, this,
            &OperatorWindow::onStepFinished);
    connect(m_slot, &core::runner::FixtureSlot::promptRequested, this, &OperatorWindow::onPrompt);
    connect(m_slot, &core::runner::FixtureSlot::finished, this, &OperatorWindow::onFinished);

    // Today's counters come from the database, read on their own thread.
    m_statsReader = new StatsReader(m_station->databasePath());
    m_statsReader->moveToThread(&m_statsThread);
    connect(&m_statsThread, &QThread::finished, m_statsReader, &QObject::deleteLater);
    connect(this, &OperatorWindow::statsRequested, m_statsReader, &StatsReader::refresh);
    connect(m_statsReader, &StatsReader::statsReady, this, &OperatorWindow::onStats);
    m_statsThread.setObjectName(QStringLiteral("eol-ui-stats"));
    m_statsThread.start();
    // The sync worker reports after every batch: re-read the backlog, keep its live error.
    connect(m_station, &core::station::Station::syncStatusChanged, this,
            [this](const core::sync::SyncStatus& status) {
                m_sync = status;
                refreshStats();
            });

    auto* fixturePoll = new QTimer(this);
    fixturePoll->setInterval(kFixturePollMs);
    connect(fixturePoll, &QTimer::timeout, this, &OperatorWindow::updateFixtureState);
    fixturePoll->start();

    loadInitialPlan();
    updateFixtureState();
    refreshStats();
    refocusScan();
}

OperatorWindow::~OperatorWindow()
{
    m_statsThread.quit();
    if (!m_statsThread.wait(3000))
        qCWarning(lcUi) << "the statistics reader did not stop within 3 s";
}

void OperatorWindow::buildUi()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* root = new QVBoxLayout(central);
    root->setContentsMargins(14, 10, 14, 6);
    root->setSpacing(8);

    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("banner"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(64);
    root->addWidget(m_message);

    auto* scanRow = new QHBoxLayout;
    auto* scanLabel = new QLabel(tr("Scan:"), central);
    scanLabel->setObjectName(QStringLiteral("scanLabel"));
    m_scan = new ScanInput(central);
    m_scan->setPlaceholderText(tr("scan the unit's QR code or type its serial, then Enter"));
    scanLabel->setBuddy(m_scan);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    root->addLayout(scanRow);
    connect(m_scan, &ScanInput::submitted, this, &OperatorWindow::onScanned);
    connect(m_scan, &ScanInput::spacePressed, this, &OperatorWindow::startPending);
    connect(m_scan, &ScanInput::escapePressed, this, &OperatorWindow::requestAbort);

    m_planLine = new QLabel(central);
    m_planLine->setObjectName(QStringLiteral("planLine"));
    m_planLine->setWordWrap(true);
    root->addWidget(m_planLine);

    m_counters = new QLabel(central);
    m_counters->setObjectName(QStringLiteral("counters"));
    root->addWidget(m_counters);

    m_pages = new QStackedWidget(central);
    root->addWidget(m_pages, 1);

    // Run page: live steps on the left, controls and the latest results on the right.
    auto* runPage = new QWidget(m_pages);
    auto* runLayout = new QHBoxLayout(runPage);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->setSpacing(12);
    m_table = new QTableView(runPage);
    m_table->setObjectName(QStringLiteral("stepTable"));
    m_table->setModel(m_model);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(StepTableModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StepTableModel::StateColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StepTableModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StepTableModel::LimitsColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StepTableModel::TimeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    runLayout->addWidget(m_table, 1);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table,
            [this](const QModelIndex&, int first) { m_table->scrollTo(m_model->index(first, 0)); });

    auto* side = new QWidget(runPage);
    side->setObjectName(QStringLiteral("sidePanel"));
    side->setFixedWidth(330);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(8);
    m_start = new QPushButton(tr("START"), side);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setMinimumHeight(100);
    m_abort = new QPushButton(tr("ABORT  (Esc)"), side);
    m_abort->setObjectName(QStringLiteral("abortButton"));
    m_abort->setMinimumHeight(72);
    for (QPushButton* b : {m_start, m_abort}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
    }
    connect(m_start, &QPushButton::clicked, this, &OperatorWindow::startPending);
    connect(m_abort, &QPushButton::clicked, this, &OperatorWindow::requestAbort);
    m_progress = new QProgressBar(side);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMinimumHeight(40);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_elapsed = new QLabel(side);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_elapsed->setAlignment(Qt::AlignCenter);
    auto* recentTitle = new QLabel(tr("Last results"), side);
    recentTitle->setObjectName(QStringLiteral("sideTitle"));
    m_recent = new QListWidget(side);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    sideLayout->addWidget(m_start);
    sideLayout->addWidget(m_abort);
    sideLayout->addWidget(m_progress);
    sideLayout->addWidget(m_elapsed);
    sideLayout->addWidget(recentTitle);
    sideLayout->addWidget(m_recent, 1);
    runLayout->addWidget(side);
    m_pages->insertWidget(kRunPage, runPage);

    m_verdict = new VerdictView(m_pages);
    m_pages->insertWidget(kVerdictPage, m_verdict);
    setCentralWidget(central);

    auto addStatus = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        statusBar()->addWidget(label);
        return label;
    };
    statusBar()->setSizeGripEnabled(false);
    m_stationLabel = addStatus("statusStation");
    m_fixtureLabel = addStatus("statusFixture");
    m_databaseLabel = addStatus("statusDatabase");
    // The unsynced count stays visible on the right whatever the other labels need.
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("statusSync"));
    statusBar()->addPermanentWidget(m_syncLabel);
    m_stationLabel->setText(
        tr("Station %1 · Operator %2").arg(m_settings.stationId, m_settings.operatorName));
    m_databaseLabel->setText(tr("Database %1").arg(m_station->databasePath()));
    setPhase(Phase::Idle);
}

void OperatorWindow::loadInitialPlan()
{
    QString error;
    if (m_settings.planRef.isEmpty() || !setPlan(m_settings.planRef, error)) {
        if (!error.isEmpty())
            qCWarning(lcUi) << "default plan not loaded:" << error;
        setMessage(error.isEmpty()
                       ? tr("Scan the job card to choose what to test.")
                       : tr("Default plan not available (%1). Scan a job card.").arg(error),
                   error.isEmpty() ? Tone::Info : Tone::Bad);
        return;
    }
    setMessage(tr("Scan the unit's QR code to test it."), Tone::Info);
}

void OperatorWindow::setPlanResolver(PlanResolver resolver)
{
    m_planResolver = std::move(resolver);
    m_plan = {};
    updatePlanLine();
    loadInitialPlan();
}

void OperatorWindow::setOperator(const QString& name, bool loginRequired)
{
    m_settings.operatorName = name;
    m_loginRequired = loginRequired;
    m_stationLabel->setText(
        tr("Station %1 · Operator %2")
            .arg(m_settings.stationId, name.isEmpty() ? tr("(nobody logged in)") : name));
}

bool OperatorWindow::setPlan(const QString& ref, QString& error)
{
    auto plan =
        m_planResolver ? m_planResolver(ref) : cli::PlanLocator(m_settings.plansDir).load(ref);
    if (!plan) {
        error = plan.error().message;
        return false;
    }
    m_plan = plan.value();
    updatePlanLine();
    return true;
}

void OperatorWindow::setPort(const QString& port)
{
    m_settings.port = port;
    updateFixtureState();
}

QString OperatorWindow::message() const
{
    return m_message->text();
}

void OperatorWindow::setMessage(const QString& text, Tone tone)
{
    static const char* const kTones[] = {"info", "ready", "busy", "bad"};
    m_message->setText(text);
    m_message->setProperty("tone", QLatin1String(kTones[int(tone)]));
    repolish(m_message);
}

void OperatorWindow::setPhase(Phase phase)
{
    m_phase = phase;
    const bool running = phase == Phase::Running;
    m_start->setVisible(!m_settings.autoStart || phase == Phase::Ready);
    m_start->setEnabled(phase == Phase::Ready);
    m_abort->setEnabled(running);
    m_pages->setCurrentIndex(phase == Phase::Verdict ? kVerdictPage : kRunPage);
    if (phase == Phase::Idle) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_runClock.invalidate();
        m_elapsed->clear();
    }
    if (running)
        m_tick->start();
    else
        m_tick->stop();
}

void OperatorWindow::updatePlanLine()
{
    if (m_plan.id.isEmpty()) {
        m_planLine->setText(tr("No plan — scan a job card"));
        return;
    }
    m_planLine->setText(tr("Plan %1 rev %2 · %3 · Batch %4 · Work order %5")
                            .arg(m_plan.id)
                            .arg(m_plan.revision)
                            .arg(m_plan.product, m_batch.isEmpty() ? QStringLiteral("—") : m_batch,
                                 m_workOrder.isEmpty() ? QStringLiteral("—") : m_workOrder));
}

void OperatorWindow::refocusScan()
{
    m_scan->setFocus(Qt::OtherFocusReason);
}

void OperatorWindow::submitScan(const QString& text, bool fromScanner)
{
    onScanned(text.trimmed(), fromScanner);
}

void OperatorWindow::onScanned(const QString& text, bool fromScanner)
{
    // A badge QR is a credential: its id never reaches the log.
    qCDebug(lcUi) << "scan" << (fromScanner ? "(scanner)" : "(typed)")
                  << (text.startsWith(QLatin1String("EOL1|B|")) ? QStringLiteral("EOL1|B|<badge>")
                                                                : text);
    if (m_phase == Phase::Running) {
        setMessage(tr("A test is running — wait for the result before scanning the next unit."),
                   Tone::Busy);
        return;
    }
    if (text.isEmpty()) {
        // Enter on an empty field: the keyboard's START.
        if (m_phase == Phase::Ready)
            startPending();
        return;
    }
    auto scan = core::scan::ScanPayloadParser::parse(text);
    if (!scan) {
        refuseScan(tr("Bad scan — nothing started. %1").arg(scan.error().message));
        return;
    }
    if (scan->kind == core::scan::ScanPayload::Kind::Badge) {
        Q_EMIT badgeScanned(scan->badgeId);
        return;
    }
    if (m_loginRequired && m_settings.operatorName.isEmpty()) {
        refuseScan(tr("Nobody is logged in — nothing started. Scan your badge or press "
                      "Log in first."));
        return;
    }
    if (scan->kind == core::scan::ScanPayload::Kind::JobCard) {
        applyJobCard(scan->planId, scan->planRevision, scan->product, scan->batch, scan->workOrder);
        return;
    }
    if (m_plan.id.isEmpty()) {
        refuseScan(tr("No test plan yet — scan the job card first."));
        return;
    }
    if (!scan->product.isEmpty() && scan->product != m_plan.product && scan->product != m_plan.id) {
        refuseScan(tr("Wrong product — nothing started. This unit is a \"%1\", the station "
                      "tests \"%2\". Scan the right job card or put the unit aside.")
                       .arg(scan->product, m_plan.product));
        return;
    }
    if (!m_plan.serialPattern.isEmpty()) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(m_plan.serialPattern));
        if (!pattern.match(scan->serial).hasMatch()) {
            refuseScan(tr("Serial \"%1\" is not a %2 serial — nothing started. Check the "
                          "label and scan again.")
                           .arg(scan->serial, m_plan.product));
            return;
        }
    }
    if (m_settings.autoStart) {
        startRun(scan->serial);
        return;
    }
    m_pendingSerial = scan->serial;
    m_model->reset(m_plan);
    setPhase(Phase::Ready);
    setMessage(tr("Unit %1 ready — press START (or Enter).").arg(m_pendingSerial), Tone::Ready);
}

void OperatorWindow::applyJobCard(const QString& planId, int revision, const QString& product,
                                  const QString& batch, const QString& workOrder)
{
    QString error;
    const core::plan::Plan previous = m_plan;
    if (!setPlan(planId, error)) {
        refuseScan(tr("Job card refused: %1").arg(error));
        return;
    }
    QString refusal;
    if (revision > 0 && m_plan.revision != revision) {
        refusal = tr("the job card asks for plan %1 revision %2, this station has revision %3")
                      .arg(m_plan.id)
                      .arg(revision)
                      .arg(m_plan.revision);
    } else if (!product.isEmpty() && product != m_plan.product && product != m_plan.id) {
        refusal = tr("the job card is for product \"%1\" but plan %2 tests \"%3\"")
                      .arg(product, m_plan.id, m_plan.product);
    }
    if (!refusal.isEmpty()) {
        m_plan = previous;
        updatePlanLine();
        refuseScan(tr("Job card refused: %1").arg(refusal));
        return;
    }
    m_batch = batch;
    m_workOrder = workOrder;
    m_pendingSerial.clear();
    m_model->clear();
    updatePlanLine();
    setPhase(Phase::Idle);
    setMessage(tr("Job card accepted. Scan the unit's QR code to test it."), Tone::Info);
}

void OperatorWindow::refuseScan(const QString& why)
{
    // A refused scan also takes the previous unit's verdict off the screen: a big PASS next
    // to "bad scan" would be read as the new unit's result.
    qCInfo(lcUi) << "scan refused:" << why;
    m_pendingSerial.clear();
    m_model->clear();
    setPhase(Phase::Idle);
    setMessage(why, Tone::Bad);
}

void OperatorWindow::startPending()
{
    if (m_phase != Phase::Ready || m_pendingSerial.isEmpty())
        return;
    startRun(m_pendingSerial);
}

void OperatorWindow::startRun(const QString& serial)
{
    core::runner::RunRequest request;
    request.plan = m_plan;
    request.port = m_settings.port;
    request.serial = serial;
    request.stationId = m_settings.stationId;
    request.operatorName = m_settings.operatorName;
    request.batch = m_batch;
    request.workOrder = m_workOrder;
    request.interactivePrompts = true;

    m_pendingSerial.clear();
    m_runningSerial = serial;
    m_model->reset(m_plan);
    m_progress->setRange(0, qMax(1, m_model->rowCount()));
    m_progress->setValue(0);
    m_runClock.start();
    updateElapsed();
    setPhase(Phase::Running);
    setMessage(tr("Testing %1 — leave the unit in the fixture.").arg(serial), Tone::Busy);
    qCInfo(lcUi) << "starting" << serial << "plan" << m_plan.id << "on" << request.port;
    m_slot->start(request);
}

void OperatorWindow::onRunStarted()
{
    qCDebug(lcUi) << "run started";
}

void OperatorWindow::onStepStarted(const QString& phase, const QString& stepId, int index,
                                   int total)
{
    m_model->markStarted(phase, stepId);
    if (total > 0)
        m_progress->setRange(0, total);
    m_progress->setValue(qMin(index, m_progress->maximum()));
}

void OperatorWindow::onStepFinished(const core::store::StepRecord& step)
{
    const int row = m_model->markFinished(step);
    m_table->scrollTo(m_model->index(row, 0));
    m_progress->setValue(qMin(m_model->finishedCount(), m_progress->maximum()));
}

void OperatorWindow::onPrompt(const QString& stepId, const QString& question,
                              const QString& imagePath)
{
    auto* dialog = new PromptDialog(stepId, question, imagePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt = dialog;
    connect(dialog, &PromptDialog::answered, m_slot, &core::runner::FixtureSlot::answerPrompt);
    connect(dialog, &PromptDialog::abortRequested, this, &OperatorWindow::requestAbort);
    connect(dialog, &QDialog::finished, this, [this] { refocusScan(); });
    setMessage(tr("Answer the question on screen: P = pass, F = fail."), Tone::Ready);
    dialog->open();
    Q_EMIT promptShown(stepId);
}

void OperatorWindow::requestAbort()
{
    if (m_phase != Phase::Running || m_abortBox)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Abort the test?"),
                                tr("Stop testing %1?\n\nThe unit will NOT be tested; the run is "
                                   "saved as aborted.")
                                    .arg(m_runningSerial),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("abortConfirm"));
    QPushButton* stop = box->addButton(tr("Abort test (Enter)"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("Keep testing (Esc)"), QMessageBox::RejectRole);
    stop->setObjectName(QStringLiteral("confirmAbort"));
    keep->setObjectName(QStringLiteral("keepTesting"));
    box->setDefaultButton(stop);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_abortBox = box;
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        if (box->clickedButton() == stop && m_phase == Phase::Running) {
            qCInfo(lcUi) << "operator aborted the run of" << m_runningSerial;
            setMessage(tr("Aborting — the fixture is being made safe…"), Tone::Busy);
            m_slot->abort();
        }
        refocusScan();
    });
    box->open();
}

void OperatorWindow::onFinished(const core::runner::RunOutcome& outcome)
{
    if (m_prompt)
        m_prompt->done(QDialog::Rejected);
    if (m_abortBox)
        m_abortBox->done(QMessageBox::Cancel);
    m_tick->stop();
    updateElapsed();
    m_progress->setValue(m_progress->maximum());
    QString verdict;
    if (!outcome.committed) {
        // Never show a verdict for a record that is not on disk.
        qCWarning(lcUi) << "run not committed:" << outcome.commitError;
        m_verdict->showStationError(
            tr("ERROR"), tr("Record not saved — test again.\n%1").arg(outcome.commitError));
        m_sound->play(VerdictSound::Kind::Error);
        verdict = QStringLiteral("error");
    } else {
        const auto kind = m_verdict->showOutcome(outcome);
        switch (kind) {
        case VerdictView::Kind::Pass:
            m_sound->play(VerdictSound::Kind::Pass);
            verdict = QStringLiteral("pass");
            break;
        case VerdictView::Kind::Fail:
            m_sound->play(VerdictSound::Kind::Fail);
            verdict = QStringLiteral("fail");
            break;
        case VerdictView::Kind::Aborted:
            m_sound->play(VerdictSound::Kind::Error);
            verdict = QStringLiteral("aborted");
            break;
        case VerdictView::Kind::Error:
            m_sound->play(VerdictSound::Kind::Error);
            verdict = QStringLiteral("error");
            break;
        }
    }
    setPhase(Phase::Verdict);
    setMessage(tr("Done. Take the unit out and scan the next one."), Tone::Info);
    updateFixtureState();
    refreshStats();
    refocusScan();
    Q_EMIT verdictShown(verdict);
}

void OperatorWindow::updateElapsed()
{
    const double s = m_runClock.isValid() ? m_runClock.elapsed() / 1000.0 : 0.0;
    m_elapsed->setText(tr("Elapsed %1 s").arg(s, 0, 'f', 1));
}

void OperatorWindow::updateFixtureState()
{
    const QString& port = m_settings.port;
    QString text;
    bool ok = true;
    if (port.startsWith(QLatin1String("sim:"))) {
        text = tr("Fixture %1 (simulated)").arg(port);
    } else if (QFileInfo::exists(port)) {
        text = tr("Fixture %1 connected").arg(port);
    } else {
        text = tr("Fixture %1 NOT FOUND").arg(port);
        ok = false;
    }
    m_fixtureLabel->setText(text);
    m_fixtureLabel->setProperty("ok", ok);
    repolish(m_fixtureLabel);
}

void OperatorWindow::updateSyncLabel()
{
    // Operator wording: how many records wait, whether that is old, and whether the registry
    // refused any (QA must look). The worker's exact error is in the tooltip.
    constexpr qint64 kWarnAgeS = 3600;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto& o = m_stats.outbox;
    const int unsynced = m_stats.unsynced;
    QStringList parts;
    parts << (unsynced == 0   ? tr("no records waiting for sync")
              : unsynced == 1 ? tr("1 record not yet synced")
                              : tr("%1 records not yet synced").arg(unsynced));
    bool warn = false;
    if (unsynced > 0 && o.oldestPendingUtc.isValid()) {
        const qint64 age = o.oldestPendingUtc.secsTo(now);
        if (age > kWarnAgeS) {
            parts << tr("oldest waiting %1 h — call the line lead").arg(age / 3600);
            warn = true;
        }
    }
    const int refused = o.rejected + o.conflicts;
    if (refused > 0) {
        parts << (refused == 1
                      ? tr("1 record refused by the registry — QA must check")
                      : tr("%1 records refused by the registry — QA must check").arg(refused));
        warn = true;
    }
    const QString error = !m_sync.lastError.isEmpty() ? m_sync.lastError : o.lastError;
    if (unsynced > 0 && !error.isEmpty())
        parts << tr("sync retrying");
    m_syncLabel->setText(parts.join(QStringLiteral(" · ")));
    m_syncLabel->setToolTip(error);
    m_syncLabel->setProperty("ok", !warn);
    repolish(m_syncLabel);
}

void OperatorWindow::refreshStats()
{
    Q_EMIT statsRequested();
}

void OperatorWindow::onStats(const TodayStats& stats)
{
    m_stats = stats;
    if (!stats.ok) {
        m_databaseLabel->setText(
            tr("Database %1 — ERROR: %2").arg(m_station->databasePath(), stats.error));
        m_databaseLabel->setProperty("ok", false);
        m_syncLabel->setText(tr("unsynced records unknown"));
    } else {
        m_databaseLabel->setText(tr("Database %1 — OK").arg(m_station->databasePath()));
        m_databaseLabel->setProperty("ok", true);
        updateSyncLabel();
    }
    repolish(m_databaseLabel);
    const double fpy = stats.firstPassYield();
    m_counters->setText(
        tr("Today — tested %1 · pass %2 · fail %3 · station errors %4 · first-pass yield %5")
            .arg(stats.unitsTested)
            .arg(stats.passed)
            .arg(stats.failed)
            .arg(stats.stationErrors)
            .arg(fpy < 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(fpy, 0, 'f', 1)));
    m_recent->clear();
    for (const auto& r : stats.recent) {
        const QString verdict = r.verdict.toUpper();
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3")
                .arg(r.startedUtc.toLocalTime().toString(QStringLiteral("HH:mm")),
                     verdict.leftJustified(7), r.serial.isEmpty() ? tr("(no serial)") : r.serial),
            m_recent);
        QColor color(0xd0, 0xd0, 0xd0);
        if (r.verdict == QLatin1String("pass"))
            color = QColor(0x4c, 0xe0, 0x6a);
        else if (r.verdict == QLatin1String("fail"))
            color = QColor(0xff, 0x5c, 0x5c);
        else
            color = QColor(0xff, 0xb3, 0x2e);
        item->setForeground(color);
        if (!r.failingStep.isEmpty())
            item->setToolTip(tr("failed at %1").arg(r.failingStep));
    }
    Q_EMIT statsUpdated();
}

} // namespace eol::ui
