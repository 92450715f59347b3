#pragma once

#include "ui/TodayStats.h"

#include <QObject>
#include <QString>
#include <memory>

struct sqlite3;

namespace eol::core::store {
class RunStore;
}

namespace eol::ui {

/// Reads today's counters from the record database on its own thread, through its own
/// read-only connections (the writer thread keeps the only write connection).
class StatsReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRecentResults = 20;

    explicit StatsReader(QString databasePath, QObject* parent = nullptr);
    ~StatsReader() override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statsReady(const eol::ui::TodayStats& stats);

private:
    bool ensureOpen(QString& error);
    bool readCounters(TodayStats& stats, QString& error);

    QString m_databasePath;
    sqlite3* m_db = nullptr; ///< read-only, for the day's aggregate query
    std::unique_ptr<core::store::RunStore> m_store;
};

} // namespace eol::ui
