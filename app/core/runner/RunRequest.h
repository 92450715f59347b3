#pragma once

#include "plan/Plan.h"

#include <QHash>
#include <QMetaType>
#include <QString>

namespace eol::core::runner {

/// Everything one run needs, as a value that can cross threads.
struct RunRequest
{
    plan::Plan plan;
    QString port;   ///< "/dev/ttyUSB0" or "sim:nrf91[,fault...]"
    QString serial; ///< scanned/entered unit serial; may be empty
    QString stationId;
    QString operatorName;
    QString batch;
    QString workOrder;
    /// Pre-set answers to prompt steps (step id -> true = pass). Headless runs use these; a
    /// prompt without an answer is asked through TestRunner::promptRequested if
    /// `interactivePrompts`, otherwise the step ends in `error` with a clear message.
    QHash<QString, bool> promptAnswers;
    bool interactivePrompts = false;
};

} // namespace eol::core::runner

Q_DECLARE_METATYPE(eol::core::runner::RunRequest)
