#pragma once

#include "RunOutcome.h"
#include "RunRequest.h"
#include "Verdict.h"
#include "at/AtResponse.h"
#include "plan/Plan.h"
#include "store/RunRecord.h"
#include "store/StepRecord.h"
#include "transport/TranscriptEntry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QEventLoop;

namespace eol::drivers {
class Transport;
namespace at {
class AtCommandSession;
} // namespace at
} // namespace eol::drivers

namespace eol::core::store {
class StoreWriter;
}

namespace eol::core::runner {

/// Executes one plan against one DUT: setup -> steps -> teardown (teardown always runs, also
/// after a failure or an abort). Lives on its fixture slot's worker thread; the transport is
/// created on that thread when a run starts. Every step result is handed to the StoreWriter as
/// it completes; the outcome is announced only after the final record is committed.
class TestRunner : public QObject
{
    Q_OBJECT
public:
    explicit TestRunner(store::StoreWriter* writer, QObject* parent = nullptr);
    ~TestRunner() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start(const eol::core::runner::RunRequest& request);
    /// Ends the current step as `aborted`; teardown still runs; the run is stored as aborted.
    void abort();
    /// Answer to a promptRequested(); ignored if that prompt is not pending.
    void answerPrompt(const QString& stepId, bool pass);

Q_SIGNALS:
    void runStarted(const eol::core::store::RunRecord& record);
    void stepStarted(const QString& phase, const QString& stepId, const QString& name, int index,
                     int total);
    void stepFinished(const eol::core::store::StepRecord& step);
    void promptRequested(const QString& stepId, const QString& question, const QString& imagePath);
    void transcriptChunk(const eol::drivers::TranscriptEntry& entry);
    void finished(const eol::core::runner::RunOutcome& outcome);

private:
    struct StepResult
    {
        Verdict verdict = Verdict::Pass;
        QString measured;
        QString message;
        std::optional<double> low;
        std::optional<double> high;
        QString unit;
    };
    enum class Phase
    {
        Setup,
        Steps,
        Teardown
    };

    void execute();
    bool openTransport();
    /// Returns false when the phase stopped early (a stopping failure or an abort).
    bool runPhase(Phase phase, const QList<plan::Step>& steps, int& index, int total);
    StepResult runStepWithPolicy(const plan::Step& step, int& attempts);
    StepResult runStep(const plan::Step& step);
    StepResult runAt(const plan::Step& step);
    StepResult runCheck(const plan::Step& step);
    StepResult runWaitFor(const plan::Step& step);
    StepResult runDelay(const plan::Step& step);
    StepResult runPrompt(const plan::Step& step);
    std::optional<drivers::at::AtResponse> exchange(const QString& command, int timeoutMs);
    bool waitMs(int ms);
    /// Runs this thread's event loop until `done()` or the timeout (ms; -1 = none) or an abort
    /// that applies to the current phase. Returns done().
    bool waitUntil(const std::function<bool()>& done, int timeoutMs);
    void wake();
    /// The slot is being shut down (bounded join): every wait ends, teardown included.
    static bool shuttingDown();
    bool abortApplies() const { return (m_abortRequested && !m_inTeardown) || shuttingDown(); }
    /// Why the current step was cut short.
    static QString abortReason();
    /// A check needs a variable no earlier step captured: a plan bug, or (if an earlier step
    /// failed) simply not evaluable in this run.
    std::optional<StepResult> uncapturedInput(const plan::Step& step) const;
    void captureNamedGroups(const QRegularExpressionMatch& match, const QRegularExpression& re);
    void flushTranscript();
    void finish();
    QString expandOrExplain(const QString& text, const plan::Step& step, QString* error,
                            bool intoRegex = false) const;

    store::StoreWriter* m_writer = nullptr;
    RunRequest m_request;
    store::RunRecord m_record;
    QList<store::StepRecord> m_steps;
    QHash<QString, QString> m_variables;
    QStringList m_capturedNames;
    std::unique_ptr<drivers::Transport> m_transport;
    std::unique_ptr<drivers::at::AtCommandSession> m_session;
    QString m_transportError;
    QList<QString> m_urcBacklog; ///< unsolicited lines not yet consumed by a wait_for
    bool m_anyByteSinceOpen = false;
    QList<drivers::TranscriptEntry> m_pendingTranscript;
    QHash<quint64, drivers::at::AtResponse> m_responses;
    QHash<QString, std::pair<bool, QString>> m_commits; ///< run id -> (ok, error) from writer
    QEventLoop* m_waitLoop = nullptr; ///< the wait in progress, quit by abort/prompt/response
    bool m_running = false;
    bool m_abortRequested = false;
    bool m_inTeardown = false;
    bool m_abortedBeforeTeardown = false;
    QString m_pendingPromptStep;
    std::optional<bool> m_promptAnswer;
    QElapsedTimer m_clock;
    Phase m_phase = Phase::Setup;
};

} // namespace eol::core::runner
