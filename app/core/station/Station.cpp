#include "station/Station.h"

#include "runner/FixtureSlot.h"
#include "store/RunStore.h"
#include "store/StoreWriter.h"

#include <QDir>
#include <QFileInfo>

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
    auto store = store::RunStore::open(databasePath);
    if (!store)
        return store.error();
    auto recovered = store.value()->closeInterruptedRuns();
    if (!recovered)
        return recovered.error();

    std::unique_ptr<Station> station(new Station);
    station->m_databasePath = info.absoluteFilePath();
    station->m_recovered = recovered.value();
    station->m_writerThread.setObjectName(QStringLiteral("record-writer"));
    station->m_writer = new store::StoreWriter(std::move(store).value());
    station->m_writer->moveToThread(&station->m_writerThread);
    connect(&station->m_writerThread, &QThread::finished, station->m_writer,
            &QObject::deleteLater);
    station->m_writerThread.start();
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

bool Station::shutdown(int timeoutMs)
{
    if (m_shutDown)
        return true;
    m_shutDown = true;
    bool clean = true;
    for (auto* slot : std::as_const(m_slots))
        clean = slot->shutdown(timeoutMs) && clean;
    // Posted events run in order: once this blocking no-op has run on the writer thread, every
    // write queued before it has been flushed. Only then is the writer's loop told to quit.
    if (m_writerThread.isRunning())
        QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    clean = m_writerThread.wait(QDeadlineTimer(timeoutMs)) && clean;
    return clean;
}

} // namespace eol::core::station
