#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace eol::core::review {

/// What QA is looking at. Every empty field matches every run. One filter type is shared by the
/// review view, its charts and `eol-station records export`, so the spreadsheet a customer gets
/// holds exactly the runs QA had on screen.
struct ReviewFilter
{
    QDateTime fromUtc; ///< runs started at or after (invalid = open)
    QDateTime toUtc;   ///< runs started before (invalid = open)
    QString product;
    QString planId;
    int planRevision = -1; ///< -1 = any revision
    /// Any of pass, skipped, fail, error, aborted, interrupted; empty = every verdict.
    QStringList verdicts;
    QString failingStep; ///< the id of the step that decided the verdict
    QString batch;       ///< matches the batch or the work order
    QString operatorName;
    QString stationId;
    QString search; ///< serial, IMEI or ICCID (prefix match)
};

} // namespace eol::core::review
