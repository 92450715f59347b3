#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace eol::core::store {

/// One test run of one unit, as stored. Exists from the moment the run starts.
struct RunRecord
{
    QString runId; ///< UUID, lower-case, no braces
    QString serial;
    QString imei;
    QString product;
    QString planId;
    int planRevision = 0;
    QString planSha256;
    QString stationId;
    QString operatorName;
    QString batch;
    QString workOrder;
    QString port; ///< transport description, e.g. "/dev/ttyUSB0" or "sim:nrf91"
    QDateTime startedUtc;
    QDateTime endedUtc;  ///< invalid while running
    QString state;       ///< "running" | "finished" | "interrupted"
    QString verdict;     ///< "" while running; pass|skipped|fail|error|aborted; "interrupted"
    QString failingStep; ///< id of the first step that decided a non-pass verdict
    QString failureReason;
    QJsonObject attributes; ///< public_key, iccid, imsi, firmware, ...
};

} // namespace eol::core::store

Q_DECLARE_METATYPE(eol::core::store::RunRecord)
