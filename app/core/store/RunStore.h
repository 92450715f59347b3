#pragma once

#include "OutboxEntry.h"
#include "NoteRecord.h"
#include "OutboxSummary.h"
#include "RunFilter.h"
#include "RunRecord.h"
#include "StepRecord.h"
#include "common/Result.h"
#include "transport/TranscriptEntry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace eol::core::store {

/// The station's local record store: one SQLite file (WAL, synchronous=FULL, foreign keys on,
/// versioned migrations from resources/sql applied on open). One connection, used from the one
/// thread that opened it. All writes are transactions; nothing is ever half-written.
class RunStore
{
public:
    /// Opens (creating if needed) the database at `path` and migrates it to the latest schema.
    static Result<std::unique_ptr<RunStore>> open(const QString& path);
    ~RunStore();
    RunStore(const RunStore&) = delete;
    RunStore& operator=(const RunStore&) = delete;

    int schemaVersion() const;
    QString path() const { return m_path; }

    /// Closes every run still in state `running` as `interrupted` (state and verdict), with
    /// ended_utc = now and failure_reason explaining it. Returns how many were closed.
    Result<int> closeInterruptedRuns();

    /// Inserts the run row in state `running`.
    Result<void> beginRun(const RunRecord& run);
    /// Steps and transcript chunks of runs already begun. Batches are one transaction.
    Result<void> appendSteps(const QList<StepRecord>& steps);
    Result<void> appendTranscript(const QString& runId,
                                  const QList<drivers::TranscriptEntry>& entries);
    /// Writes the final verdict, end time, identity, attributes and state `finished`, and inserts
    /// the run's outbox row for the registry sync, in one transaction.
    Result<void> finishRun(const RunRecord& run);

    Result<RunRecord> run(const QString& runId) const;
    Result<QList<RunRecord>> listRuns(const RunFilter& filter) const;
    Result<QList<StepRecord>> steps(const QString& runId) const;
    Result<QList<drivers::TranscriptEntry>> transcript(const QString& runId) const;
    /// Outbox rows still waiting for the registry sync (state `pending`).
    Result<int> outboxCount() const;

    // Registry sync (outbox states: pending, synced, rejected, conflict; see docs/sync.md).
    /// Up to `limit` pending run ids, oldest first (created_utc, then run_id); with
    /// `afterRunId`, only those after that run in this order (the sync worker's cursor, so it
    /// can read the next batch before the last one's outbox update is committed).
    Result<QStringList> pendingOutbox(int limit, const QString& afterRunId = {}) const;
    /// The registry holds these runs ("created" or "duplicate"): pending -> synced.
    Result<void> markSynced(const QStringList& runIds);
    /// The registry refused one run for good: pending -> `state` ("rejected" or "conflict"),
    /// with its reason. Such runs are never resent; they stay visible to QA and the operator.
    Result<void> markRejected(const QString& runId, const QString& state, const QString& reason,
                              const QString& field);
    /// A send that did not settle these runs: attempts + 1, last_error, next_attempt_utc.
    Result<void> markAttempt(const QStringList& runIds, const QString& error,
                             const QDateTime& nextAttemptUtc);
    /// Counts and times of the outbox, for the sync status.
    Result<OutboxSummary> outboxSummary() const;
    /// Outbox rows in `state`, oldest first, at most `limit` (0 = all).
    Result<QList<OutboxEntry>> outboxEntries(const QString& state, int limit) const;
    /// `eol-station sync retry`: refused runs (rejected / conflict) go back to pending, e.g.
    /// after QA fixed the cause in the registry. All or nothing: an unknown id, or a run in any
    /// other state, is an error naming it and nothing changes. Returns the rows as they were.
    Result<QList<OutboxEntry>> requeueRefused(const QStringList& runIds);

    // Notes sync (docs/sync.md "Notes"). Note sync_state: pending, synced, rejected.
    /// Up to `limit` pending notes the registry can take now, oldest first: device notes, and
    /// run notes whose run is synced (a note never overtakes its run).
    Result<QList<NoteRecord>> pendingNotes(int limit) const;
    /// The registry holds these notes as sent: pending -> synced. A note deleted after it was
    /// read for sending stays pending, so its deletion goes out next.
    Result<void> markNotesSynced(const QList<NoteRecord>& sent);
    /// The registry refused the note for good: pending -> rejected with `error`; never resent.
    Result<void> markNoteRejected(const QString& noteId, const QString& error);
    /// A send that did not settle these notes: sync_attempts + 1, sync_error = `error`.
    Result<void> markNotesAttempt(const QStringList& noteIds, const QString& error);

    // QA notes (docs/records.md "Notes"). A note is on a run or on a device; never removed.
    /// Adds a note. Run note: `runId` set (the run must exist), `serial` empty or the run's
    /// serial. Device note: `runId` empty, `serial` required. `text` (trimmed) must be 1..4000
    /// characters, `author` non-empty. The new note is `pending` for the registry sync.
    Result<NoteRecord> addNote(const QString& runId, const QString& serial, const QString& author,
                               const QString& text);
    /// One note by id, deleted or not.
    Result<NoteRecord> note(const QString& noteId) const;
    /// The live (not deleted) notes on one run, oldest first.
    Result<QList<NoteRecord>> notesForRun(const QString& runId) const;
    /// The live notes on a device: device notes on `serial` and notes on that serial's runs,
    /// oldest first.
    Result<QList<NoteRecord>> notesForSerial(const QString& serial) const;
    /// Soft delete: stamps deleted_utc / deleted_by and queues the deletion for the registry
    /// sync. An unknown or already deleted id is an error.
    Result<void> deleteNote(const QString& noteId, const QString& deletedBy);

    /// Runs `body` in one transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when `body` (or
    /// the COMMIT) fails. Nested calls become SAVEPOINTs, so every write method above can be
    /// grouped into one outer transaction (group commit) and still roll back on its own.
    Result<void> transaction(const std::function<Result<void>()>& body);
    /// True while a transaction is open on this connection.
    bool inTransaction() const;

    /// Reads one PRAGMA of this connection (e.g. "journal_mode", "synchronous",
    /// "integrity_check", "foreign_keys"); the first column of the first row, as text.
    /// `name` must be a plain identifier ([a-z_]+); anything else is refused.
    Result<QString> pragma(const QString& name) const;

    /// The latest schema version this build knows (the highest ":/sql/NNN_*.sql").
    static int latestSchemaVersion();

    /// The raw connection, for modules that own tables of this database (auth, audit, planrepo)
    /// and must write in the same transaction() as their audit rows. Same thread rules.
    sqlite3* connection() const { return m_db; }

private:
    RunStore(sqlite3* db, QString path);
    Result<void> migrate();
    Result<void> exec(const char* sql, const QString& what) const;
    /// A cached prepared statement, reset and with bindings cleared.
    Result<sqlite3_stmt*> statement(const char* sql) const;
    Error sqlError(const QString& code, const QString& what) const;
    /// Runs the UPDATE `sql` once per id, all in one transaction: ?1 = the id, ?2, ?3, … =
    /// `values` (text; empty binds NULL). `failure` names what failed, "%1" = the id.
    Result<void> updateEach(const char* sql, const QStringList& ids, const QStringList& values,
                            const QString& failure);

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_schemaVersion = 0;
    int m_savepointDepth = 0;
    mutable std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

} // namespace eol::core::store
