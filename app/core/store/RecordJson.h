#pragma once

#include "NoteRecord.h"
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
    /// A QA note: note_id, run_id (null for a device note), serial, author, created_utc, text,
    /// and deleted_utc / deleted_by (null while live), sync_state.
    static QJsonObject note(const NoteRecord& note);
};

} // namespace eol::core::store
