#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace eol::registry {

class Database;

/// Applies a batch of QA notes sent by a station (POST /api/v1/notes:batch), idempotent by
/// note_id: a new note is stored (created), a replay changes nothing (duplicate), a known note
/// arriving with a deletion stamp is marked deleted (deleted). A note whose run the registry does
/// not hold yet is answered unknown_run and stored nowhere (the station resends it later). The
/// whole batch is one transaction, like runs.
class NoteIngestor
{
public:
    explicit NoteIngestor(Database& database);
    ~NoteIngestor();

    struct Outcome
    {
        QJsonArray results;         ///< {note_id, status, message?, field?} in request order
        QHash<QString, int> counts; ///< status -> how many
    };

    /// `receivedFrom` is the token name, kept with each note.
    Result<Outcome> ingest(const QJsonArray& notes, const QString& receivedFrom);

private:
    Result<void> prepareAll();

    Database& m_database;
    bool m_prepared = false;
    QSqlQuery m_runSerial;
    QSqlQuery m_note;
    QSqlQuery m_insert;
    QSqlQuery m_markDeleted;
};

} // namespace eol::registry
