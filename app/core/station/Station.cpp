#include "station/Station.h"

#include "runner/FixtureSlot.h"
#include "store/RunStore.h"
#include "store/StoreWriter.h"
#include "sync/SyncConfig.h"
#include "sync/SyncWorker.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStation, "eol.core.station")

namespace eol::core::station {

Result<std::unique_ptr<Station>> Station::open(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return makeError(QStringLiteral("store_open_failed"),
                         QStringLiteral("cannot create the folder %1 for the record database — "
                                        "check the path and permissions")
                             .arg(info.absolutePath()));
    }
    std::unique_ptr<Station> station(
        new Station(info.absoluteFilePath() + QStringLiteral(".lock")));
    // A lock left by a crashed process is stale (its pid is gone) and is taken over.
    station->m_lock.setStaleLockTime(0);
    if (!station->m_lock.tryLock(500)) {
        qint64 pid = 0;
        QString host;
        QString app;
        station->m_lock.getLockInfo(&pid, &host, &app);
        return makeError(QStringLiteral("store_in_use"),
                         QStringLiteral("the record database %1 is in use by another station "
                                        "process (pid %2 on %3) — one station per database: "
                                        "stop it, or give this one its own --db")
                             .arg(info.absoluteFilePath())
                             .arg(pid)
                             .arg(host));
    }
    auto store = store::RunStore::open(databasePath);
    if (!store)
        return store.error();
    // Only now, holding the lock, is a run still "running" certainly dead.
    auto recovered = store.value()->closeInterruptedRuns();
    if (!recovered)
        return recovered.error();

    station->m_databasePath = info.absoluteFilePath();
    station->m_recovered = recovered.value();
    station->m_writerThread = new QThread;
    station->m_writerThread->setObjectName(QStringLiteral("record-writer"));
    station->m_writer = new store::StoreWriter(std::move(store).value());
    station->m_writer->moveToThread(station->m_writerThread);
    connect(station->m_writerThread, &QThread::finished, station->m_writer, &QObject::deleteLater);
    station->m_writerThread->start();
    return station;
}

Station::~Station()
{
    shutdown();
}

runner::FixtureSlot* Station::addSlot(int index)
{
    auto* slot = new runner::FixtureSlot(index, m_writer, this);
    m_slots.append(slot);
    return slot;
}

void Station::startSync(const sync::SyncConfig& config)
{
    if (m_syncThread || !m_writer)
        return;
    m_syncThread = new QThread;
    m_syncThread->setObjectName(QStringLiteral("sync"));
    m_syncWorker = new sync::SyncWorker(config, m_databasePath, m_writer);
    m_syncWorker->moveToThread(m_syncThread);
    connect(m_syncThread, &QThread::started, m_syncWorker, &sync::SyncWorker::start);
    connect(m_syncThread, &QThread::finished, m_syncWorker, &QObject::deleteLater);
    // A committed run is the cue to sync; the runner itself never waits for the network.
    connect(m_writer, &store::StoreWriter::runFinished, m_syncWorker,
            [worker = m_syncWorker](const QString&, bool ok, const QString&) {
                if (ok)
                    worker->nudge();
            });
    connect(m_syncWorker, &sync::SyncWorker::statusChanged, this, &Station::syncStatusChanged);
    m_syncThread->start();
}

bool Station::shutdown(int timeoutMs)
{
    if (m_shutDown || !m_writerThread) // never started (open failed) or already stopped
        return true;
    m_shutDown = true;
    bool slotsStopped = true;
    for (auto* slot : std::as_const(m_slots))
        slotsStopped = slot->shutdown(timeoutMs) && slotsStopped;
    if (!slotsStopped) {
        // A runner still alive may still submit writes: keep the writer (and its thread).
        qCWarning(lcStation) << "leaving the record writer running for a slot that did not stop";
        m_writerThread = nullptr;
        return false;
    }
    if (m_syncThread) {
        // The worker submits its last outbox updates to the writer before its thread ends, so
        // it stops first. A request in flight gives up at once (its runs stay pending).
        m_syncWorker->requestStop();
        m_syncThread->quit();
        if (m_syncThread->wait(QDeadlineTimer(timeoutMs))) {
            delete m_syncThread;
        } else {
            qCWarning(lcStation) << "the sync worker did not stop within" << timeoutMs << "ms";
        }
        m_syncThread = nullptr;
        m_syncWorker = nullptr;
    }
    // Posted events run in order: once this no-op has run on the writer thread, every write
    // queued before it has been flushed. Then the writer's loop is told to quit.
    QMetaObject::invokeMethod(
        m_writer, [thread = m_writerThread] { thread->quit(); }, Qt::QueuedConnection);
    if (!m_writerThread->wait(QDeadlineTimer(timeoutMs))) {
        qCWarning(lcStation) << "the record writer did not finish within" << timeoutMs
                             << "ms; leaving it to complete its last transaction";
        m_writerThread = nullptr;
        return false;
    }
    delete m_writerThread;
    m_writerThread = nullptr;
    m_lock.unlock();
    return true;
}

} // namespace eol::core::station
