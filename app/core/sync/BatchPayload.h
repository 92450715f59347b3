#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

namespace eol::core::store {
class RunStore;
}

namespace eol::core::sync {

/// The body of POST /api/v1/runs:batch: {"runs":[RUN...]}, each RUN the run's JSON exactly as
/// the CLI prints it (store::RecordJson::run) plus its "steps" (RecordJson::step) — written as
/// text directly (JsonText), which is several times faster than a QJsonObject per run; a test
/// keeps the two equal.
class BatchPayload
{
public:
    static Result<QByteArray> build(const store::RunStore& store, const QStringList& runIds);
};

} // namespace eol::core::sync
