#pragma once

#include "SyncConfig.h"
#include "SyncStatus.h"
#include "store/NoteRecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QLockFile;
class QTimer;

namespace eol::core::store {
class RunStore;
class StoreWriter;
} // namespace eol::core::store

namespace eol::core::sync {

class HttpPoster;

/// Drains the outbox to the registry, oldest first, in batches, then the QA notes whose run the
/// registry already holds. Lives on the "sync" thread and owns the one libcurl handle (created
/// there, in start()). Reads the outbox through its own connection; every outbox change goes
/// through the StoreWriter, so the writer thread stays the one writer. Testing never waits for
/// it: runs only nudge it.
///
/// A pass holds the database's sync lock ("<db>.sync.lock", a QLockFile), so the GUI station's
/// worker and `eol-station sync now` never send the same runs at the same time: a pass that
/// finds the lock taken tries again later, drainNow() waits up to SyncConfig::lockWaitMs and
/// then reports who holds it (SyncStatus::lockedBy).
///
/// Per batch: created/duplicate -> synced; rejected/conflict -> kept with the reason, never
/// resent; 5xx/429/timeouts/connection errors -> retry after exponential backoff with full
/// jitter (Retry-After honoured); any other 4xx -> pending, retry at the maximum delay, and a
/// status that says what to fix.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(SyncConfig config, QString databasePath, store::StoreWriter* writer,
               QObject* parent = nullptr);
    ~SyncWorker() override;

    /// Thread-safe: makes a transfer in flight give up at once; no new one starts.
    void requestStop();

    /// The endpoint for `registryUrl`: <url>/api/v1/runs:batch.
    static QString batchEndpoint(const QString& registryUrl);
    /// The notes endpoint for `registryUrl`: <url>/api/v1/notes:batch.
    static QString notesEndpoint(const QString& registryUrl);
    /// The sync lock file of the database at `databasePath`: "<absolute path>.sync.lock".
    static QString lockFilePath(const QString& databasePath);

public Q_SLOTS:
    /// On the sync thread (connect to QThread::started): handle, read connection, first pass.
    void start();
    /// A run was committed: drain soon, unless backing off.
    void nudge();
    /// Drain now, ignoring a backoff in effect (`eol-station sync now`).
    void drainNow();

Q_SIGNALS:
    void statusChanged(const eol::core::sync::SyncStatus& status);
    /// A drain pass ended: the outbox is empty, or a failure made the worker back off, or sync
    /// is not configured. `status` says which.
    void drainFinished(const eol::core::sync::SyncStatus& status);
    /// A batch of `count` runs is about to be sent (for logs and tests).
    void batchSending(int count);
    /// A batch of `count` notes is about to be sent.
    void notesSending(int count);

private:
    void scheduleDrain(qint64 delayMs);
    void drain();
    /// Takes the sync lock for this pass; false when another process holds it (the pass is
    /// rescheduled, or a drainNow() that waited long enough is finished with lockedBy set).
    bool holdLock();
    void sendRuns(const QByteArray& token, const QStringList& ids);
    void sendNotes(const QByteArray& token, const QList<store::NoteRecord>& notes);
    void onOutboxWritten(quint64 ticket, bool ok, const QString& error);
    void failBatch(const QStringList& ids, const QString& error, qint64 delayMs);
    void finishPass();
    SyncStatus currentStatus() const;
    qint64 backoffMs();

    SyncConfig m_config;
    QString m_databasePath;
    QString m_endpoint;
    QString m_notesEndpoint;
    store::StoreWriter* m_writer;
    std::unique_ptr<store::RunStore> m_reader; ///< sync thread only
    std::unique_ptr<HttpPoster> m_http;        ///< sync thread only
    QTimer* m_timer = nullptr;                 ///< the next drain pass
    QTimer* m_periodic = nullptr;              ///< a pass at least every periodicDrainMs
    std::unique_ptr<QLockFile> m_lock;         ///< held from a pass's first read to its end
    QDateTime m_lockDeadline;                  ///< drainNow(): wait for the lock until then
    QString m_lockedBy;                        ///< the holder, when drainNow() gave up
    QDateTime m_notesHoldUntil;                ///< the registry refused notes (e.g. 404): wait
    std::atomic<bool> m_stop{false};

    int m_failures = 0; ///< consecutive failed sends
    QDateTime m_backoffUntil;
    QDateTime m_lastSuccess;
    QString m_lastError;
    bool m_ignoreBackoff = false;
    bool m_busy = false;
    quint64 m_awaitTicket = 0; ///< the outbox update the drain waits for before going on
    bool m_ticketFailed = false;
    quint64 m_inFlightTicket = 0; ///< the latest pipelined outbox update, not waited for
    bool m_inFlightFailed = false;
    QString m_cursor; ///< the last run sent in this pass: the next batch starts after it
    QElapsedTimer m_progressTimer; ///< since the last progress statusChanged of a long drain
    bool m_continueAfterTicket = false;
    bool m_drainRequested = false;
};

} // namespace eol::core::sync
