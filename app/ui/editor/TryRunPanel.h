#pragma once

#include "common/Result.h"
#include "plan/Plan.h"
#include "runner/RunOutcome.h"
#include "store/StepRecord.h"
#include "transport/TranscriptEntry.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace eol::core::station {
class Station;
}
namespace eol::core::runner {
class FixtureSlot;
}

namespace eol::ui {
class StepTableModel;
}

namespace eol::ui::editor {

/// Try-out runs from the editor: a port (a serial device found by QSerialPortInfo, or a
/// simulated DUT "sim:<personality>[,fault…]"), "Run this step" / "Run the plan" / Abort, the
/// step verdicts and the live transcript (tx/rx with timestamps).
///
/// Runs go through the real runner (a FixtureSlot on its own thread, a StoreWriter on its own)
/// but into a throw-away record database in a temporary folder, removed when the editor
/// closes: a try-out is never a production record and never reaches the registry.
class TryRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TryRunPanel(QWidget* parent = nullptr);
    ~TryRunPanel() override;

    QString port() const;
    void setPort(const QString& port);
    /// The unit serial the run gets as ${serial} (may stay empty).
    void setSerial(const QString& serial);
    /// Enables the run buttons (the editor disables them while the plan has problems).
    void setRunnable(bool runnable, const QString& why);
    bool isRunning() const { return m_running; }

    /// Starts a try-out of `plan`; `title` says what runs ("the plan", "step 'imei'").
    eol::Result<void> start(const core::plan::Plan& plan, const QString& title);
    void abort();

    /// The last finished run's verdict ("pass", "fail", ...), empty before the first.
    QString verdict() const { return m_verdict; }
    QString verdictText() const;
    QString transcriptText() const;
    StepTableModel* steps() const { return m_steps; }
    /// Where try-out records go (a temporary file), empty before the first run.
    QString scratchDatabase() const;

Q_SIGNALS:
    void runPlanRequested();
    void runStepRequested();
    void runningChanged(bool running);
    void runFinished(const QString& verdict);

private:
    eol::Result<void> ensureStation();
    void refreshPorts();
    void onStepFinished(const core::store::StepRecord& step);
    void onTranscript(const drivers::TranscriptEntry& entry);
    void onPrompt(const QString& stepId, const QString& question);
    void onFinished(const core::runner::RunOutcome& outcome);
    void setRunning(bool running);
    void showVerdict(const QString& verdict, const QString& detail);

    QTemporaryDir m_scratch;
    std::unique_ptr<core::station::Station> m_station;
    core::runner::FixtureSlot* m_slot = nullptr;
    bool m_running = false;
    bool m_runnable = true;
    QString m_verdict;
    QPointer<QMessageBox> m_prompt;

    QComboBox* m_port = nullptr;
    QPushButton* m_refresh = nullptr;
    QLineEdit* m_serial = nullptr;
    QPushButton* m_runStep = nullptr;
    QPushButton* m_runPlan = nullptr;
    QPushButton* m_abort = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_verdictLabel = nullptr;
    StepTableModel* m_steps = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_transcript = nullptr;
};

} // namespace eol::ui::editor
