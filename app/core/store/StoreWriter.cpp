#include "StoreWriter.h"

#include "StoreLog.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace eol::core::store {

StoreWriter::StoreWriter(std::unique_ptr<RunStore> store, QObject* parent)
    : QObject(parent), m_store(std::move(store))
{
}

StoreWriter::~StoreWriter()
{
    // Whatever was submitted but not yet written still goes to disk: the caller was promised it.
    flush();
}

void StoreWriter::beginRun(const RunRecord& run)
{
    submit({run.runId, false, [run](RunStore& s) { return s.beginRun(run); }});
}

void StoreWriter::appendStep(const StepRecord& step)
{
    submit({step.runId, false, [step](RunStore& s) { return s.appendSteps({step}); }});
}

void StoreWriter::appendTranscript(const QString& runId,
                                   const QList<drivers::TranscriptEntry>& entries)
{
    submit({runId, false,
            [runId, entries](RunStore& s) { return s.appendTranscript(runId, entries); }});
}

void StoreWriter::finishRun(const RunRecord& run)
{
    submit({run.runId, true, [run](RunStore& s) { return s.finishRun(run); }});
}

quint64 StoreWriter::markSynced(const QStringList& runIds)
{
    return submitOutbox(runIds.value(0), [runIds](RunStore& s) { return s.markSynced(runIds); });
}

quint64 StoreWriter::markRejected(const QString& runId, const QString& state, const QString& reason,
                                  const QString& field)
{
    return submitOutbox(runId, [runId, state, reason, field](RunStore& s) {
        return s.markRejected(runId, state, reason, field);
    });
}

quint64 StoreWriter::markAttempt(const QStringList& runIds, const QString& error,
                                 const QDateTime& nextAttemptUtc)
{
    return submitOutbox(runIds.value(0), [runIds, error, nextAttemptUtc](RunStore& s) {
        return s.markAttempt(runIds, error, nextAttemptUtc);
    });
}

quint64 StoreWriter::markNotesSynced(const QList<NoteRecord>& sent)
{
    return submitOutbox(QString(), [sent](RunStore& s) { return s.markNotesSynced(sent); });
}

quint64 StoreWriter::markNoteRejected(const QString& noteId, const QString& error)
{
    return submitOutbox(QString(),
                        [noteId, error](RunStore& s) { return s.markNoteRejected(noteId, error); });
}

quint64 StoreWriter::markNotesAttempt(const QStringList& noteIds, const QString& error)
{
    return submitOutbox(
        QString(), [noteIds, error](RunStore& s) { return s.markNotesAttempt(noteIds, error); });
}

quint64 StoreWriter::submitOutbox(const QString& runId,
                                  std::function<Result<void>(RunStore&)> apply)
{
    return submit(PendingWrite{runId, false, std::move(apply), 0}, true);
}

quint64 StoreWriter::submit(PendingWrite write, bool wantsTicket)
{
    bool schedule = false;
    quint64 ticket = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (wantsTicket) {
            ticket = ++m_lastTicket;
            write.outboxTicket = ticket;
        }
        m_pending.push_back(std::move(write));
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            schedule = true;
        }
    }
    // Everything submitted until the writer thread gets to this event joins the same commit.
    if (schedule)
        QMetaObject::invokeMethod(
            this, [this] { flush(); }, Qt::QueuedConnection);
    return ticket;
}

void StoreWriter::flush()
{
    std::vector<PendingWrite> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_flushScheduled = false;
    }
    if (batch.empty() || !m_store)
        return;

    // Group commit: one transaction (one fsync) for the whole batch. Each write is a savepoint
    // inside it; the first failure aborts the batch so that nothing is reported twice.
    const auto whole = m_store->transaction([&]() -> Result<void> {
        for (const PendingWrite& w : batch) {
            if (auto r = w.apply(*m_store); !r)
                return r;
        }
        return {};
    });
    if (whole || batch.size() == 1) {
        for (const PendingWrite& w : batch)
            report(w, whole);
        return;
    }

    // Something in the batch failed and the batch was rolled back: retry each write in its own
    // transaction, in submission order, so one bad write does not lose the others.
    qCWarning(lcStore) << "group commit of" << batch.size()
                       << "writes failed, retrying one by one:" << whole.error().message;
    for (const PendingWrite& w : batch)
        report(w, m_store->transaction([&] { return w.apply(*m_store); }));
}

void StoreWriter::report(const PendingWrite& write, const Result<void>& result)
{
    if (write.outboxTicket != 0) {
        if (!result)
            qCWarning(lcStore) << "outbox update failed:" << result.error().message;
        Q_EMIT outboxWritten(write.outboxTicket, result.ok(),
                             result.ok() ? QString() : result.error().message);
        return;
    }
    if (write.isFinish) {
        // A verdict whose steps or transcript did not all reach the disk is not a complete
        // record: the caller must not present it as saved.
        const QString lost = m_incompleteRuns.take(write.runId);
        if (result && !lost.isEmpty()) {
            Q_EMIT runFinished(write.runId, false,
                               QStringLiteral("the verdict was saved but part of the run's record "
                                              "was not: %1")
                                   .arg(lost));
            return;
        }
        Q_EMIT runFinished(write.runId, result.ok(),
                           result.ok() ? QString() : result.error().message);
        return;
    }
    if (!result) {
        qCWarning(lcStore) << "write for run" << write.runId << "failed:" << result.error().message;
        if (!m_incompleteRuns.contains(write.runId))
            m_incompleteRuns.insert(write.runId, result.error().message);
        Q_EMIT writeFailed(write.runId, result.error().message);
    }
}

} // namespace eol::core::store
