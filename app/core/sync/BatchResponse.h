#pragma once

#include "BatchOutcome.h"
#include "HttpReply.h"

#include <QDateTime>
#include <QStringList>

namespace eol::core::sync {

/// Maps the registry's answer to one POST /api/v1/runs:batch onto the outbox (pure: no I/O).
class BatchResponse
{
public:
    /// `sentIds` are the run ids of the request, in order; `registry` names the server in
    /// messages.
    static BatchOutcome interpret(const QStringList& sentIds, const HttpReply& reply,
                                  const QString& registry, const QDateTime& nowUtc);
};

} // namespace eol::core::sync
