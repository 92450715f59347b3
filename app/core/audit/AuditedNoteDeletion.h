#pragma once

#include "common/Result.h"

#include <QString>

namespace eol::core::store {
class RunStore;
}

namespace eol::core::audit {

/// Deleting a QA note, on the record: RunStore::deleteNote and a `note_deleted` audit row
/// (actor = who deleted it, old value = the note's text, details = run and serial) in one
/// transaction. Every place that deletes notes (the review window, `records note delete`)
/// calls this instead of RunStore::deleteNote.
class AuditedNoteDeletion
{
public:
    static Result<void> run(store::RunStore& store, const QString& noteId, const QString& deletedBy,
                            const QString& stationId = {});
};

} // namespace eol::core::audit
