#pragma once

#include "store/NoteRecord.h"

#include <QByteArray>
#include <QList>

namespace eol::core::sync {

/// The body of POST /api/v1/notes:batch: {"notes":[NOTE...]}, NOTE = {note_id, run_id, serial,
/// author, text, created_utc, deleted_utc, deleted_by} (absent values as null).
class NotePayload
{
public:
    static QByteArray build(const QList<store::NoteRecord>& notes);
};

} // namespace eol::core::sync
