#pragma once

#include "RunOutcome.h"
#include "RunRequest.h"
#include "store/RunRecord.h"
#include "store/StepRecord.h"
#include "transport/TranscriptEntry.h"

#include <QObject>
#include <QThread>

namespace eol::core::store {
class StoreWriter;
}

namespace eol::core::runner {

class TestRunner;

/// One fixture position of the station: a worker thread hosting that slot's TestRunner (and,
/// during a run, its transport). Lives on the thread that created it (usually the GUI or CLI
/// thread) and forwards the runner's signals there, queued. Several slots run at once.
class FixtureSlot : public QObject
{
    Q_OBJECT
public:
    FixtureSlot(int index, store::StoreWriter* writer, QObject* parent = nullptr);
    ~FixtureSlot() override;

    int index() const { return m_index; }
    /// Asks the runner to stop and joins the worker thread within `timeoutMs`. Never
    /// terminates the thread: returns false if it did not finish in time.
    bool shutdown(int timeoutMs = 5000);

public Q_SLOTS:
    void start(const eol::core::runner::RunRequest& request);
    void abort();
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
    int m_index = 0;
    QThread* m_thread = nullptr;    ///< leaked on purpose if it does not stop within the join bound
    TestRunner* m_runner = nullptr; ///< owned by m_thread's lifetime (deleteLater on finish)
};

} // namespace eol::core::runner
