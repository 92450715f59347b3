#pragma once

#include "store/RunRecord.h"
#include "store/StepRecord.h"

#include <QJsonObject>

namespace eol::cli {

/// The machine-readable (--json) shape of records, shared by every subcommand.
class RecordJson
{
public:
    static QJsonObject run(const core::store::RunRecord& run);
    static QJsonObject step(const core::store::StepRecord& step);
};

} // namespace eol::cli
