#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eol::core::review {

/// One line of the review table: the columns QA filters and sorts on, without steps,
/// transcript or attributes (those come with RunDetail when a run is opened).
struct ReviewRunRow
{
    QString runId;
    QString startedKey; ///< started_utc exactly as stored: the keyset cursor of the next page
    QDateTime startedUtc;
    QDateTime endedUtc; ///< invalid while running
    QString serial;
    QString imei;
    QString iccid;
    QString product;
    QString planId;
    int planRevision = 0;
    QString stationId;
    QString operatorName;
    QString batch;
    QString workOrder;
    QString state;   ///< running | finished | interrupted
    QString verdict; ///< empty while running
    QString failingStep;
    QString failureReason;
    bool firstRun = true; ///< the serial's first run (schema 004 `first_run`)
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::ReviewRunRow)
