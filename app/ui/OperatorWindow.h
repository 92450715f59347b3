#pragma once

#include "common/Result.h"
#include "plan/Plan.h"
#include "runner/RunOutcome.h"
#include "sync/SyncStatus.h"
#include "ui/StationSettings.h"
#include "ui/TodayStats.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <functional>

class QLabel;
class QListWidget;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace eol::core::station {
class Station;
}
namespace eol::core::runner {
class FixtureSlot;
}

namespace eol::ui {

class PromptDialog;
class ScanInput;
class StatsReader;
class StepTableModel;
class VerdictSound;
class VerdictView;

/// The line operator's screen for one fixture slot: scan field, active plan, live step list,
/// progress, verdict, today's counters and the station status. Built by main() with the
/// station and the slot it drives; the runner and the writer stay on their own threads.
class OperatorWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Phase
    {
        Idle,
        Ready,
        Running,
        Verdict
    };

    OperatorWindow(core::station::Station* station, core::runner::FixtureSlot* slot,
                   StationSettings settings, QWidget* parent = nullptr);
    ~OperatorWindow() override;

    Phase phase() const { return m_phase; }
    /// The fixture port for the next run (settings, or a test/screenshot override).
    void setPort(const QString& port);
    QString port() const { return m_settings.port; }
    const core::plan::Plan& activePlan() const { return m_plan; }
    /// Feeds a scan as if it came from the scan field.
    void submitScan(const QString& text, bool fromScanner = true);
    /// The banner text currently shown (instruction or error).
    QString message() const;
    VerdictView* verdictView() const { return m_verdict; }
    const TodayStats& todayStats() const { return m_stats; }

    /// Where plans come from: a plan reference (id, name, file) -> a loaded plan. Default:
    /// PlanLocator's files. With station users, main() installs the released-revision resolver
    /// (docs/plan-releases.md). Reloads the default plan through it.
    using PlanResolver = std::function<Result<core::plan::Plan>(const QString& ref)>;
    void setPlanResolver(PlanResolver resolver);
    /// Who the next runs are recorded for. With `loginRequired`, an empty name means nobody is
    /// logged in and scans start nothing (ui/auth/AccessController keeps this up to date).
    void setOperator(const QString& name, bool loginRequired);

public Q_SLOTS:
    /// Starts the pending unit (the START button, Enter or Space).
    void startPending();
    /// Asks the operator to confirm, then aborts the run in progress (Abort button, Esc).
    void requestAbort();
    void refreshStats();

Q_SIGNALS:
    /// A verdict is on screen (after the record was committed, or a not-saved error).
    void verdictShown(const QString& verdict);
    void promptShown(const QString& stepId);
    void statsUpdated();
    /// Internal: asks the stats reader (on its thread) for fresh numbers.
    void statsRequested();
    /// A badge QR (EOL1|B|<badge id>) came through the scan path: a login request.
    void badgeScanned(const QString& badgeId);

private:
    enum class Tone
    {
        Info,
        Ready,
        Busy,
        Bad
    };
    void buildUi();
    void loadInitialPlan();
    void onScanned(const QString& text, bool fromScanner);
    void applyJobCard(const QString& planId, int revision, const QString& product,
                      const QString& batch, const QString& workOrder);
    bool setPlan(const QString& ref, QString& error);
    void refuseScan(const QString& why);
    void startRun(const QString& serial);
    void onRunStarted();
    void onStepStarted(const QString& phase, const QString& stepId, int index, int total);
    void onStepFinished(const core::store::StepRecord& step);
    void onPrompt(const QString& stepId, const QString& question, const QString& imagePath);
    void onFinished(const core::runner::RunOutcome& outcome);
    void onStats(const TodayStats& stats);
    void updateSyncLabel();
    void setMessage(const QString& text, Tone tone);
    void setPhase(Phase phase);
    void updatePlanLine();
    void updateElapsed();
    void updateFixtureState();
    void refocusScan();

    core::station::Station* m_station = nullptr;
    core::runner::FixtureSlot* m_slot = nullptr;
    StationSettings m_settings;
    core::plan::Plan m_plan;
    PlanResolver m_planResolver;
    bool m_loginRequired = false;
    QString m_batch;
    QString m_workOrder;
    QString m_pendingSerial;
    QString m_runningSerial;
    Phase m_phase = Phase::Idle;
    TodayStats m_stats;
    core::sync::SyncStatus m_sync; ///< the sync worker's latest word (live errors, backoff)
    QElapsedTimer m_runClock;

    StepTableModel* m_model = nullptr;
    VerdictSound* m_sound = nullptr;
    QThread m_statsThread;
    StatsReader* m_statsReader = nullptr; ///< lives on m_statsThread
    QPointer<PromptDialog> m_prompt;
    QPointer<QMessageBox> m_abortBox;

    ScanInput* m_scan = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_planLine = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    VerdictView* m_verdict = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_abort = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_counters = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_stationLabel = nullptr;
    QLabel* m_fixtureLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace eol::ui
