#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace eol::registry {

/// One run as sent by a station, validated and normalised (timestamps as ISO-8601 UTC with
/// milliseconds, so they sort as text; absent text fields as empty strings).
struct IncomingRun
{
    QString runId;
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
    QString port;
    QString startedUtc;
    QString endedUtc;
    QString state;
    QString verdict;
    QString failingStep;
    QString failureReason;
    QString manufactureDate; ///< YYYY-MM-DD: given, else the UTC date of started_utc
    QJsonObject attributes;
    QJsonArray steps;
    QString publicKeySha256; ///< lower-case hex, from the attributes; empty when none

    /// Serial, IMEI and product: enough to register the device.
    bool hasIdentity() const { return !serial.isEmpty() && !imei.isEmpty() && !product.isEmpty(); }
};

} // namespace eol::registry
