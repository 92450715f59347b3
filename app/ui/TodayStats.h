#pragma once

#include "store/OutboxSummary.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace eol::ui {

/// Today's counters and the latest results, as read from the record database (a value that
/// crosses from the reader thread to the GUI).
struct TodayStats
{
    struct Result
    {
        QDateTime startedUtc;
        QString serial;
        QString verdict;
        QString failingStep;
    };

    bool ok = false;
    QString error;                     ///< why the database could not be read
    int unitsTested = 0;               ///< distinct serials with a closed run since local midnight
    int passed = 0;                    ///< runs that passed today
    int failed = 0;                    ///< runs that failed today (the DUT was bad)
    int stationErrors = 0;             ///< error / aborted / interrupted runs today
    int firstPassUnits = 0;            ///< units whose first run today passed
    int unsynced = -1;                 ///< outbox rows not yet sent to the registry
    core::store::OutboxSummary outbox; ///< backlog age, refused runs, last sync error
    QList<Result> recent;              ///< newest first, at most 20

    /// First-pass yield in percent; negative when nothing was tested today.
    double firstPassYield() const
    {
        return unitsTested > 0 ? 100.0 * firstPassUnits / unitsTested : -1.0;
    }
};

} // namespace eol::ui

Q_DECLARE_METATYPE(eol::ui::TodayStats)
