#pragma once

#include "RunRecord.h"
#include "RunStore.h"
#include "StepRecord.h"
#include "transport/TranscriptEntry.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace eol::core::store {

/// Owns the station's one writing SQLite connection, on the thread it lives on (the writer
/// thread). Callers on any thread submit writes; queued writes are group-committed: everything
/// that arrived since the last commit is written in one transaction, so a slot never waits on
/// another slot's fsync. Results come back as signals (queued to the caller's thread).
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    /// Takes ownership of an opened store; must be moved to, and used on, the writer thread.
    explicit StoreWriter(std::unique_ptr<RunStore> store, QObject* parent = nullptr);
    ~StoreWriter() override;

    // Thread-safe submitters.
    void beginRun(const RunRecord& run);
    void appendStep(const StepRecord& step);
    void appendTranscript(const QString& runId, const QList<drivers::TranscriptEntry>& entries);
    /// Final verdict + outbox row. `runFinished` is emitted after the commit (or its failure).
    void finishRun(const RunRecord& run);

    // Thread-safe submitters for the registry sync worker (which only reads the store itself).
    // Each returns a ticket; `outboxWritten(ticket, ...)` reports its commit. Tickets grow in
    // submission order and writes commit in that order.
    quint64 markSynced(const QStringList& runIds);
    quint64 markRejected(const QString& runId, const QString& state, const QString& reason,
                         const QString& field);
    quint64 markAttempt(const QStringList& runIds, const QString& error,
                        const QDateTime& nextAttemptUtc);
    quint64 markNotesSynced(const QList<NoteRecord>& sent);
    quint64 markNoteRejected(const QString& noteId, const QString& error);
    quint64 markNotesAttempt(const QStringList& noteIds, const QString& error);

Q_SIGNALS:
    /// The final record of `runId` is durable on disk (ok) or could not be written (error).
    void runFinished(const QString& runId, bool ok, const QString& errorMessage);
    /// A write other than finishRun failed; the message says which run and what.
    void writeFailed(const QString& runId, const QString& errorMessage);
    /// A sync state update (markSynced / markRejected / markAttempt and the notes' ones) was
    /// committed (ok) or not.
    void outboxWritten(quint64 ticket, bool ok, const QString& errorMessage);

private:
    /// One submitted write, applied on the writer thread; reported once its transaction ends.
    struct PendingWrite
    {
        QString runId;
        bool isFinish = false;
        std::function<Result<void>(RunStore&)> apply;
        quint64 outboxTicket = 0; ///< non-zero for the sync worker's outbox updates
    };

    /// Queues a write; with `wantsTicket` it gets a ticket that outboxWritten() reports.
    quint64 submit(PendingWrite write, bool wantsTicket = false);
    quint64 submitOutbox(const QString& runId, std::function<Result<void>(RunStore&)> apply);
    void flush();
    void report(const PendingWrite& write, const Result<void>& result);

    std::unique_ptr<RunStore> m_store;
    QMutex m_mutex;
    std::vector<PendingWrite> m_pending;      // guarded by m_mutex
    bool m_flushScheduled = false;            // guarded by m_mutex
    quint64 m_lastTicket = 0;                 // guarded by m_mutex
    QHash<QString, QString> m_incompleteRuns; // run id -> first lost write; writer thread only
};

} // namespace eol::core::store
