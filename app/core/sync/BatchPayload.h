#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

namespace eol::core::store {
class RunStore;
}

namespace eol::core::sync {

/// The body of POST /api/v1/runs:batch: {"runs":[RUN...]}, each RUN the run's JSON exactly as
/// the CLI prints it (store::RecordJson) plus its "steps".
class BatchPayload
{
public:
    static Result<QByteArray> build(const store::RunStore& store, const QStringList& runIds);
};

} // namespace eol::core::sync
