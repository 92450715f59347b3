#pragma once

#include "BatchOutcome.h"
#include "HttpReply.h"

#include <QDateTime>
#include <QStringList>

namespace eol::core::sync {

/// Maps the registry's answer to one POST /api/v1/runs:batch (or notes:batch) onto the outbox
/// or the notes' sync state (pure: no I/O).
class BatchResponse
{
public:
    enum class Items
    {
        Runs,  ///< results keyed by run_id; created | duplicate -> synced
        Notes, ///< results keyed by note_id; created | duplicate | deleted -> synced
    };
    /// `sentIds` are the ids of the request, in order; `registry` names the server in messages.
    static BatchOutcome interpret(const QStringList& sentIds, const HttpReply& reply,
                                  const QString& registry, const QDateTime& nowUtc,
                                  Items items = Items::Runs);
};

} // namespace eol::core::sync
