#pragma once

#include "RunRecord.h"
#include "StepRecord.h"

#include <QJsonObject>

namespace eol::core::store {

/// The machine-readable shape of records: the CLI's --json output and the registry sync payload
/// (docs/sync.md) share it, so both always say the same thing.
class RecordJson
{
public:
    static QJsonObject run(const RunRecord& run);
    static QJsonObject step(const StepRecord& step);
};

} // namespace eol::core::store
