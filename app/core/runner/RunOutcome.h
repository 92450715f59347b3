#pragma once

#include "store/RunRecord.h"
#include "store/StepRecord.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace eol::core::runner {

/// A finished run as the runner saw it. `committed` is true only when the final record is
/// durable in the store: a verdict may be shown to an operator only then.
struct RunOutcome
{
    store::RunRecord record;
    QList<store::StepRecord> steps;
    bool committed = false;
    QString commitError;
};

} // namespace eol::core::runner

Q_DECLARE_METATYPE(eol::core::runner::RunOutcome)
