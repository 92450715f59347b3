#pragma once

#include "common/Result.h"
#include "sync/SyncStatus.h"

#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace eol::core::store {
class StoreWriter;
}
namespace eol::core::runner {
class FixtureSlot;
}
namespace eol::core::sync {
class SyncWorker;
struct SyncConfig;
} // namespace eol::core::sync

namespace eol::core::station {

/// The station's long-lived parts, built once by main(): the record store on its writer
/// thread (opened, migrated, and with runs left `running` by a crash closed as `interrupted`)
/// and the fixture slots. No singletons: whoever needs the writer or a slot is handed it.
class Station : public QObject
{
    Q_OBJECT
public:
    /// Opens the store for this station process. One station per database: a second process
    /// is refused (the lock names it) instead of closing the first one's live runs.
    static Result<std::unique_ptr<Station>> open(const QString& databasePath);
    ~Station() override;

    QString databasePath() const { return m_databasePath; }
    /// How many interrupted runs were found and closed when the store was opened.
    int recoveredInterruptedRuns() const { return m_recovered; }
    store::StoreWriter* writer() const { return m_writer; }
    /// Creates fixture slot `index` (owned by the station).
    runner::FixtureSlot* addSlot(int index);
    const QList<runner::FixtureSlot*>& slots() const { return m_slots; }
    /// Starts the registry sync worker on its own "sync" thread: every committed run nudges it,
    /// and it drains periodically. Testing never waits for it. Call once, after open().
    void startSync(const sync::SyncConfig& config);
    /// The sync worker (lives on the sync thread; use queued calls), or null before startSync.
    sync::SyncWorker* syncWorker() const { return m_syncWorker; }
    /// Stops the slots, then the sync worker (an HTTP request in flight is abandoned — its runs
    /// stay pending), then the writer (after it flushed), each with a bounded join.
    bool shutdown(int timeoutMs = 5000);

Q_SIGNALS:
    /// The sync worker's latest status (queued from the sync thread).
    void syncStatusChanged(const eol::core::sync::SyncStatus& status);

private:
    explicit Station(const QString& lockPath) : m_lock(lockPath) {}

    QLockFile m_lock;
    QString m_databasePath;
    int m_recovered = 0;
    QThread* m_writerThread = nullptr; ///< leaked on purpose if a slot could not be stopped
    store::StoreWriter* m_writer = nullptr;
    QList<runner::FixtureSlot*> m_slots;
    QThread* m_syncThread = nullptr; ///< leaked on purpose if it could not be stopped
    sync::SyncWorker* m_syncWorker = nullptr;
    bool m_shutDown = false;
};

} // namespace eol::core::station
