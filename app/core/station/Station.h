#pragma once

#include "common/Result.h"

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
    /// Stops the slots, then the writer (after it flushed), each with a bounded join.
    bool shutdown(int timeoutMs = 5000);

private:
    explicit Station(const QString& lockPath) : m_lock(lockPath) {}

    QLockFile m_lock;
    QString m_databasePath;
    int m_recovered = 0;
    QThread* m_writerThread = nullptr; ///< leaked on purpose if a slot could not be stopped
    store::StoreWriter* m_writer = nullptr;
    QList<runner::FixtureSlot*> m_slots;
    bool m_shutDown = false;
};

} // namespace eol::core::station
