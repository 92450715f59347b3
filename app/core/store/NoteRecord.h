#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eol::core::store {

/// A QA note on a run (runId set, serial = that run's serial) or on a device (runId empty,
/// serial set). Notes are never removed: deleting one stamps deletedUtc/deletedBy and keeps the
/// row for the audit trail. Schema: resources/sql/003_notes.sql.
struct NoteRecord
{
    QString noteId; ///< UUID, lower-case, no braces; also the note's id in the registry
    QString runId;  ///< empty for a device note
    QString serial;
    QString author;
    QString text;
    QDateTime createdUtc;
    QDateTime deletedUtc; ///< invalid while the note is live
    QString deletedBy;
    QString syncState; ///< pending | synced | rejected
    QString syncError; ///< why the registry refused it (syncState "rejected")

    bool isDeleted() const { return deletedUtc.isValid(); }
};

} // namespace eol::core::store

Q_DECLARE_METATYPE(eol::core::store::NoteRecord)
