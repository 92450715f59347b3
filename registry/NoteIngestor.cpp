#include "registry/NoteIngestor.h"

#include "registry/Database.h"
#include "registry/RegistryLog.h"
#include "registry/RunValidator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace eol::registry {

namespace {

constexpr int kMaxText = 10000;
constexpr int kMaxAuthor = 200;

/// One note as a station sends it, validated (timestamps normalised to UTC with ms).
struct IncomingNote
{
    QString noteId;
    QString runId;
    QString serial;
    QString author;
    QString text;
    QString createdUtc;
    QString deletedUtc;
    QString deletedBy;
};

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// Optional text: absent/null -> "", string -> itself; anything else fails.
bool readText(const QJsonObject& o, const char* key, QString& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out.clear();
        return true;
    }
    if (!v.isString())
        return false;
    out = v.toString();
    return true;
}

/// On failure the Error's code is the offending field.
Result<IncomingNote> validate(const QJsonValue& value)
{
    if (!value.isObject())
        return makeError(QString(), QStringLiteral("each note must be a JSON object"));
    const QJsonObject o = value.toObject();
    IncomingNote n;
    for (const auto& [key, target] : {std::pair<const char*, QString*>{"note_id", &n.noteId},
                                      {"run_id", &n.runId},
                                      {"serial", &n.serial},
                                      {"author", &n.author},
                                      {"text", &n.text},
                                      {"deleted_by", &n.deletedBy}}) {
        if (!readText(o, key, *target))
            return makeError(QLatin1String(key),
                             QString(QLatin1String(key) % QStringLiteral(" must be a string")));
    }
    const QUuid id = QUuid::fromString(n.noteId);
    if (id.isNull())
        return makeError(QStringLiteral("note_id"),
                         QStringLiteral("note_id is missing or not a UUID: the station's note id "
                                        "is the key that makes resending safe"));
    n.noteId = id.toString(QUuid::WithoutBraces);
    if (n.runId.isEmpty() && n.serial.trimmed().isEmpty())
        return makeError(QStringLiteral("serial"),
                         QStringLiteral("a note needs a run_id (run note) or a serial (device "
                                        "note)"));
    if (n.author.trimmed().isEmpty() || n.author.size() > kMaxAuthor)
        return makeError(QStringLiteral("author"),
                         QStringLiteral("author is missing or longer than 200 characters"));
    if (n.text.trimmed().isEmpty())
        return makeError(QStringLiteral("text"),
                         QStringLiteral("text is missing: a note needs some text"));
    if (n.text.size() > kMaxText)
        return makeError(QStringLiteral("text"),
                         QStringLiteral("text is longer than 10000 characters"));
    QString created;
    if (!readText(o, "created_utc", created) ||
        (n.createdUtc = RunValidator::normaliseUtc(created)).isEmpty())
        return makeError(QStringLiteral("created_utc"),
                         QStringLiteral("created_utc is missing or not an ISO-8601 timestamp"));
    QString deleted;
    if (!readText(o, "deleted_utc", deleted))
        return makeError(QStringLiteral("deleted_utc"),
                         QStringLiteral("deleted_utc must be a string"));
    if (!deleted.isEmpty() && (n.deletedUtc = RunValidator::normaliseUtc(deleted)).isEmpty())
        return makeError(QStringLiteral("deleted_utc"),
                         QStringLiteral("deleted_utc is not an ISO-8601 timestamp"));
    return n;
}

} // namespace

NoteIngestor::NoteIngestor(Database& database) : m_database(database) {}

NoteIngestor::~NoteIngestor() = default;

Result<void> NoteIngestor::prepareAll()
{
    if (m_prepared)
        return {};
    const Result<void> prepared = m_database.prepare({
        {&m_runSerial, "SELECT serial FROM runs WHERE run_id = ?"},
        {&m_note, "SELECT serial, run_id, author, text, created_utc, deleted_utc FROM notes "
                  "WHERE note_id = ?"},
        {&m_insert, "INSERT INTO notes (note_id, serial, run_id, author, text, created_utc, "
                    "deleted_utc, deleted_by, received_utc, received_from) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_markDeleted, "UPDATE notes SET deleted_utc = ?, deleted_by = ? WHERE note_id = ? "
                         "AND deleted_utc IS NULL"},
        },
        QStringLiteral("cannot prepare a note statement"));
    if (!prepared)
        return prepared;
    m_prepared = true;
    return {};
}

Result<NoteIngestor::Outcome> NoteIngestor::ingest(const QJsonArray& notes,
                                                   const QString& receivedFrom)
{
    if (const Result<void> prepared = prepareAll(); !prepared)
        return prepared.error();
    QSqlDatabase& db = m_database.db();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!db.transaction())
        return makeError(
            QStringLiteral("storage_error"),
            QString(QStringLiteral("cannot begin a transaction: ") % db.lastError().text()));
    const auto fail = [&db](const Error& e) {
        db.rollback();
        qCWarning(lcRegistry, "note batch rolled back: %s", qPrintable(e.message));
        return e;
    };
    Outcome outcome;
    for (const QJsonValue& value : notes) {
        QJsonObject result;
        const QJsonValue rawId = value.toObject().value(QStringLiteral("note_id"));
        result.insert(QStringLiteral("note_id"), rawId.isString() ? rawId.toString() : QString());
        QString status;
        QString message;
        const Result<IncomingNote> valid = validate(value);
        if (!valid) {
            status = QStringLiteral("rejected");
            message = valid.error().message;
            result.insert(QStringLiteral("field"), valid.error().code);
        } else {
            IncomingNote n = valid.value();
            bool settled = false;
            if (!n.runId.isEmpty()) {
                m_runSerial.addBindValue(n.runId);
                if (!m_runSerial.exec())
                    return fail(Database::queryError(QStringLiteral("cannot look up the run"), m_runSerial));
                const bool known = m_runSerial.next();
                const QString runSerial = known ? m_runSerial.value(0).toString() : QString();
                m_runSerial.finish();
                if (!known) {
                    // Not refused: the station sends its runs first, so the run is on its way.
                    status = QStringLiteral("unknown_run");
                    message = QString(QStringLiteral("run ") % n.runId %
                                      QStringLiteral(" is not in the registry yet; the note was "
                                                     "not stored — send the run first"));
                    settled = true;
                } else if (!n.serial.isEmpty() && !runSerial.isEmpty() && n.serial != runSerial) {
                    status = QStringLiteral("conflict");
                    message = QString(QStringLiteral("run ") % n.runId %
                                      QStringLiteral(" tested serial ") % runSerial %
                                      QStringLiteral(", the note names serial ") % n.serial);
                    result.insert(QStringLiteral("field"), QStringLiteral("serial"));
                    settled = true;
                } else if (n.serial.isEmpty()) {
                    n.serial = runSerial;
                }
            }
            if (!settled) {
                m_note.addBindValue(n.noteId);
                if (!m_note.exec())
                    return fail(Database::queryError(QStringLiteral("cannot look up the note"), m_note));
                if (m_note.next()) {
                    QString differs;
                    if (m_note.value(0).toString() != n.serial)
                        differs = QStringLiteral("serial");
                    else if (m_note.value(1).toString() != n.runId)
                        differs = QStringLiteral("run_id");
                    else if (m_note.value(2).toString() != n.author)
                        differs = QStringLiteral("author");
                    else if (m_note.value(3).toString() != n.text)
                        differs = QStringLiteral("text");
                    else if (m_note.value(4).toString() != n.createdUtc)
                        differs = QStringLiteral("created_utc");
                    const bool storedDeleted = !m_note.value(5).toString().isEmpty();
                    m_note.finish();
                    if (!differs.isEmpty()) {
                        status = QStringLiteral("conflict");
                        message = QString(QStringLiteral("note ") % n.noteId %
                                          QStringLiteral(" is already stored with a different ") %
                                          differs %
                                          QStringLiteral("; a note is never edited — write a "
                                                         "new one"));
                        result.insert(QStringLiteral("field"), differs);
                    } else if (!n.deletedUtc.isEmpty() && !storedDeleted) {
                        m_markDeleted.addBindValue(n.deletedUtc);
                        m_markDeleted.addBindValue(
                            textOrNull(n.deletedBy.isEmpty() ? receivedFrom : n.deletedBy));
                        m_markDeleted.addBindValue(n.noteId);
                        if (!m_markDeleted.exec())
                            return fail(Database::queryError(QStringLiteral("cannot mark the note deleted"),
                                                 m_markDeleted));
                        m_markDeleted.finish();
                        status = QStringLiteral("deleted");
                    } else {
                        // Also a live replay of a note deleted since: a deletion is final.
                        status = QStringLiteral("duplicate");
                    }
                } else {
                    m_note.finish();
                    for (const QVariant& v :
                         {QVariant(n.noteId), textOrNull(n.serial), textOrNull(n.runId),
                          QVariant(n.author), QVariant(n.text), QVariant(n.createdUtc),
                          textOrNull(n.deletedUtc),
                          textOrNull(n.deletedUtc.isEmpty()
                                         ? QString()
                                         : (n.deletedBy.isEmpty() ? receivedFrom : n.deletedBy)),
                          QVariant(now), textOrNull(receivedFrom)})
                        m_insert.addBindValue(v);
                    if (!m_insert.exec())
                        return fail(Database::queryError(
                            QString(QStringLiteral("cannot store note ") % n.noteId), m_insert));
                    m_insert.finish();
                    status = QStringLiteral("created");
                }
            }
        }
        result.insert(QStringLiteral("status"), status);
        if (!message.isEmpty())
            result.insert(QStringLiteral("message"), message);
        outcome.counts[status] += 1;
        outcome.results.append(result);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return makeError(QStringLiteral("storage_error"),
                         QString(QStringLiteral("cannot commit the note batch: ") % why));
    }
    return outcome;
}

} // namespace eol::registry
