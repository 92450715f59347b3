#pragma once

#include "SyncConfig.h"
#include "SyncStatus.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QTimer;

namespace eol::core::store {
class RunStore;
class StoreWriter;
} // namespace eol::core::store

namespace eol::core::sync {

class HttpPoster;

/// Drains the outbox to the registry, oldest first, in batches. Lives on the "sync" thread and
/// owns the one libcurl handle (created there, in start()). Reads the outbox through its own
/// connection; every outbox change goes through the StoreWriter, so the writer thread stays the
/// one writer. Testing never waits for it: runs only nudge it.
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

private:
    void scheduleDrain(qint64 delayMs);
    void drain();
    void onOutboxWritten(quint64 ticket, bool ok, const QString& error);
    void failBatch(const QStringList& ids, const QString& error, qint64 delayMs);
    void finishPass();
    SyncStatus currentStatus() const;
    qint64 backoffMs();

    SyncConfig m_config;
    QString m_databasePath;
    QString m_endpoint;
    store::StoreWriter* m_writer;
    std::unique_ptr<store::RunStore> m_reader; ///< sync thread only
    std::unique_ptr<HttpPoster> m_http;        ///< sync thread only
    QTimer* m_timer = nullptr;                 ///< the next drain pass
    QTimer* m_periodic = nullptr;              ///< a pass at least every periodicDrainMs
    std::atomic<bool> m_stop{false};

    int m_failures = 0; ///< consecutive failed sends
    QDateTime m_backoffUntil;
    QDateTime m_lastSuccess;
    QString m_lastError;
    bool m_ignoreBackoff = false;
    bool m_busy = false;
    quint64 m_awaitTicket = 0; ///< the last outbox update of the batch just answered
    bool m_ticketFailed = false;
    bool m_continueAfterTicket = false;
    bool m_drainRequested = false;
};

} // namespace eol::core::sync
