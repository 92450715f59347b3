#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace eol::core::store {

/// The result of one executed step (one row per attempt that decided the step).
struct StepRecord
{
    QString runId;
    int sequence = 0; ///< 0-based order of execution within the run
    QString phase;    ///< "setup" | "steps" | "teardown"
    QString stepId;
    QString name;
    QString kind;    ///< at | check | wait_for | delay | prompt
    QString verdict; ///< pass | skipped | fail | error | aborted
    QDateTime startedUtc;
    double durationMs = 0;
    int attempts = 1;
    QString measured; ///< the value checked / captured, if any
    std::optional<double> low;
    std::optional<double> high;
    QString unit;
    QString message; ///< plain-language reason when not pass
};

} // namespace eol::core::store

Q_DECLARE_METATYPE(eol::core::store::StepRecord)
