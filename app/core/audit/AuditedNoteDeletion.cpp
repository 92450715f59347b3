#include "audit/AuditedNoteDeletion.h"

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "store/RunStore.h"

namespace eol::core::audit {

Result<void> AuditedNoteDeletion::run(store::RunStore& store, const QString& noteId,
                                      const QString& deletedBy, const QString& stationId)
{
    AuditLog audit(store, stationId);
    return store.transaction([&]() -> Result<void> {
        // Read first: the audit row keeps the text the deletion hides.
        auto note = store.note(noteId);
        if (!note)
            return note.error();
        if (auto r = store.deleteNote(noteId, deletedBy); !r)
            return r;
        QJsonObject details{
            {QStringLiteral("serial"), note->serial},
            {QStringLiteral("author"), note->author},
            {QStringLiteral("created_utc"), note->createdUtc.toString(Qt::ISODateWithMs)}};
        if (!note->runId.isEmpty())
            details.insert(QStringLiteral("run_id"), note->runId);
        auto a =
            audit.append(deletedBy, AuditAction::kNoteDeleted,
                         QStringLiteral("note %1").arg(noteId), note->text, QString(), details);
        return a ? Result<void>() : Result<void>(a.error());
    });
}

} // namespace eol::core::audit
