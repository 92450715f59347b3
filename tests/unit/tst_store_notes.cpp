// RunStore notes against a real SQLite file: run and device notes, validation, soft delete,
// what a second connection sees on disk, and that a reopened file still holds them.
#include "store/RunStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sqlite3.h>

using eol::core::store::NoteRecord;
using eol::core::store::RunRecord;
using eol::core::store::RunStore;

namespace {

RunRecord makeRun(const QString& serial)
{
    RunRecord r;
    r.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.serial = serial;
    r.product = QStringLiteral("tracker-x");
    r.planId = QStringLiteral("tracker-x-eol");
    r.planRevision = 2;
    r.startedUtc = QDateTime::currentDateTimeUtc();
    return r;
}

QStringList texts(const QList<NoteRecord>& notes)
{
    QStringList out;
    for (const NoteRecord& n : notes)
        out << n.text;
    return out;
}

/// One text cell read through an independent connection, the way another process sees the file.
QString rawText(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    QString out = QStringLiteral("<error>");
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            out = p ? QString::fromUtf8(p) : QStringLiteral("<null>");
        } else if (rc == SQLITE_DONE) {
            out = QStringLiteral("<no row>");
        }
    }
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
    return out;
}

} // namespace

class TstStoreNotes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<RunStore> openStore(QString* pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("notes%1.db").arg(++m_files));
        if (pathOut)
            *pathOut = path;
        auto opened = RunStore::open(path);
        if (!opened)
            qWarning() << opened.error().message;
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void runNoteTakesTheRunsSerial()
    {
        QString path;
        auto store = openStore(&path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), RunStore::latestSchemaVersion());
        const RunRecord run = makeRun(QStringLiteral("SN-1"));
        QVERIFY(store->beginRun(run).ok());

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto added = store->addNote(run.runId, QString(), QStringLiteral("  qa.anna "),
                                    QStringLiteral("  antenna cable loose\nre-seated  "));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        const NoteRecord n = added.value();
        QVERIFY(QUuid::fromString(n.noteId).version() == QUuid::Random);
        QCOMPARE(n.noteId, n.noteId.toLower());
        QCOMPARE(n.runId, run.runId);
        QCOMPARE(n.serial, QStringLiteral("SN-1"));
        QCOMPARE(n.author, QStringLiteral("qa.anna"));
        QCOMPARE(n.text, QStringLiteral("antenna cable loose\nre-seated"));
        QCOMPARE(n.syncState, QStringLiteral("pending"));
        QVERIFY(!n.isDeleted());
        QVERIFY(n.createdUtc >= before);
        QVERIFY(n.createdUtc <= QDateTime::currentDateTimeUtc());

        // On disk, as the rest of the schema: ISO-8601 UTC with milliseconds, pending sync.
        const QString created = rawText(
            path,
            QStringLiteral("SELECT created_utc FROM notes WHERE note_id = '%1'").arg(n.noteId));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                     .match(created)
                     .hasMatch(),
                 qPrintable(created));
        QCOMPARE(created, n.createdUtc.toString(Qt::ISODateWithMs));
        QCOMPARE(rawText(path, QStringLiteral("SELECT serial || '|' || sync_state FROM notes")),
                 QStringLiteral("SN-1|pending"));

        auto listed = store->notesForRun(run.runId);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().noteId, n.noteId);
        QCOMPARE(listed->first().createdUtc, n.createdUtc);

        auto one = store->note(n.noteId);
        QVERIFY(one.ok());
        QCOMPARE(one->text, n.text);
    }

    void validation_data()
    {
        QTest::addColumn<bool>("onRun");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty text") << true << QString() << "qa"
                                    << "   \n\t "
                                    << "note_empty";
        QTest::newRow("no author") << true << QString() << " "
                                   << "x"
                                   << "note_no_author";
        QTest::newRow("too long") << true << QString() << "qa" << QString(4001, u'x')
                                  << "note_too_long";
        QTest::newRow("no target") << false << QString() << "qa"
                                   << "x"
                                   << "note_no_target";
        QTest::newRow("wrong serial") << true << "SN-OTHER"
                                      << "qa"
                                      << "x"
                                      << "note_serial_mismatch";
    }

    void validation()
    {
        QFETCH(bool, onRun);
        QFETCH(QString, serial);
        QFETCH(QString, author);
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto store = openStore();
        QVERIFY(store);
        const RunRecord run = makeRun(QStringLiteral("SN-2"));
        QVERIFY(store->beginRun(run).ok());
        auto r = store->addNote(onRun ? run.runId : QString(), serial, author, text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(store->notesForRun(run.runId)->size(), 0);
        QCOMPARE(store->notesForSerial(QStringLiteral("SN-2"))->size(), 0);
    }

    void lengthIsCountedInCharacters()
    {
        auto store = openStore();
        QVERIFY(store);
        // 4000 characters outside the BMP are 8000 UTF-16 units: still allowed.
        QString emoji;
        for (int i = 0; i < 4000; ++i)
            emoji += QString::fromUcs4(U"\U0001F600", 1);
        auto ok = store->addNote(QString(), QStringLiteral("SN-3"), QStringLiteral("qa"), emoji);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QCOMPARE(store->notesForSerial(QStringLiteral("SN-3"))->first().text, emoji);
        auto tooLong = store->addNote(QString(), QStringLiteral("SN-3"), QStringLiteral("qa"),
                                      emoji + QStringLiteral("x"));
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().message.contains(QStringLiteral("4001")),
                 qPrintable(tooLong.error().message));
    }

    void unknownRunIsAnError()
    {
        auto store = openStore();
        QVERIFY(store);
        auto r = store->addNote(QStringLiteral("00000000-0000-0000-0000-000000000000"), QString(),
                                QStringLiteral("qa"), QStringLiteral("x"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("note_unknown_run"));
        QVERIFY(r.error().message.contains(QStringLiteral("00000000-0000")));
    }

    void deviceNotesAndRunNotesBySerial()
    {
        auto store = openStore();
        QVERIFY(store);
        const RunRecord first = makeRun(QStringLiteral("SN-4"));
        const RunRecord second = makeRun(QStringLiteral("SN-4"));
        const RunRecord other = makeRun(QStringLiteral("SN-5"));
        QVERIFY(store->beginRun(first).ok());
        QVERIFY(store->beginRun(second).ok());
        QVERIFY(store->beginRun(other).ok());
        // A run begun without a serial (the runner learns it from the DUT) gets it at finish;
        // a note written in between is still found by the serial.
        RunRecord late = makeRun(QString());
        QVERIFY(store->beginRun(late).ok());

        QVERIFY(store->addNote(first.runId, {}, QStringLiteral("qa"), QStringLiteral("a")).ok());
        QVERIFY(store
                    ->addNote({}, QStringLiteral("SN-4"), QStringLiteral("qa"),
                              QStringLiteral("device b"))
                    .ok());
        QVERIFY(store
                    ->addNote(second.runId, QStringLiteral("SN-4"), QStringLiteral("qa"),
                              QStringLiteral("c"))
                    .ok());
        QVERIFY(
            store->addNote(other.runId, {}, QStringLiteral("qa"), QStringLiteral("other")).ok());
        auto lateNote = store->addNote(late.runId, {}, QStringLiteral("qa"), QStringLiteral("d"));
        QVERIFY(lateNote.ok());
        QVERIFY(lateNote->serial.isEmpty());
        late.serial = QStringLiteral("SN-4");
        late.verdict = QStringLiteral("pass");
        QVERIFY(store->finishRun(late).ok());

        auto device = store->notesForSerial(QStringLiteral("SN-4"));
        QVERIFY(device.ok());
        QStringList got = texts(*device);
        // Oldest first; notes written within the same millisecond may come in either order.
        for (qsizetype i = 1; i < device->size(); ++i)
            QVERIFY(device->at(i - 1).createdUtc <= device->at(i).createdUtc);
        got.sort();
        QCOMPARE(got, (QStringList{"a", "c", "d", "device b"}));

        QCOMPARE(texts(*store->notesForRun(first.runId)), QStringList{"a"});
        QCOMPARE(texts(*store->notesForRun(other.runId)), QStringList{"other"});
        QCOMPARE(texts(*store->notesForSerial(QStringLiteral("SN-5"))), QStringList{"other"});
        QCOMPARE(store->notesForSerial(QStringLiteral("SN-6"))->size(), 0);
        QCOMPARE(store->notesForSerial(QString())->size(), 0);
    }

    void softDeleteKeepsTheRow()
    {
        QString path;
        auto store = openStore(&path);
        QVERIFY(store);
        const RunRecord run = makeRun(QStringLiteral("SN-7"));
        QVERIFY(store->beginRun(run).ok());
        auto keep = store->addNote(run.runId, {}, QStringLiteral("qa"), QStringLiteral("keep"));
        auto drop = store->addNote(run.runId, {}, QStringLiteral("qa"), QStringLiteral("drop"));
        QVERIFY(keep.ok() && drop.ok());

        // The registry already has it: the deletion has to be sent again.
        sqlite3* raw = nullptr;
        QVERIFY(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE,
                                nullptr) == SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "UPDATE notes SET sync_state = 'synced', sync_attempts = 1",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close_v2(raw);

        auto bad = store->deleteNote(drop->noteId, QStringLiteral("  "));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("note_no_author"));

        QVERIFY(store->deleteNote(drop->noteId, QStringLiteral("qa.lead")).ok());
        QCOMPARE(texts(*store->notesForRun(run.runId)), QStringList{"keep"});
        QCOMPARE(texts(*store->notesForSerial(QStringLiteral("SN-7"))), QStringList{"keep"});

        auto gone = store->note(drop->noteId);
        QVERIFY(gone.ok());
        QVERIFY(gone->isDeleted());
        QCOMPARE(gone->deletedBy, QStringLiteral("qa.lead"));
        QCOMPARE(gone->text, QStringLiteral("drop"));
        QCOMPARE(gone->syncState, QStringLiteral("pending"));
        QCOMPARE(rawText(path, QStringLiteral("SELECT COUNT(*) FROM notes")), QStringLiteral("2"));
        QCOMPARE(rawText(path, QStringLiteral("SELECT sync_state || sync_attempts FROM notes "
                                              "WHERE note_id = '%1'")
                                   .arg(keep->noteId)),
                 QStringLiteral("synced1"));

        auto twice = store->deleteNote(drop->noteId, QStringLiteral("qa.lead"));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("note_already_deleted"));
        auto unknown = store->deleteNote(QStringLiteral("nope"), QStringLiteral("qa"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("note_not_found"));
        QVERIFY(unknown.error().message.contains(QStringLiteral("nope")));
    }

    void notesSurviveReopen()
    {
        QString path;
        QString id;
        {
            auto store = openStore(&path);
            QVERIFY(store);
            auto n = store->addNote({}, QStringLiteral("SN-8"), QStringLiteral("qa"),
                                    QStringLiteral("Zoë: \"RSSI\", -71 dBm; 温度 ok"));
            QVERIFY(n.ok());
            id = n->noteId;
        }
        auto reopened = RunStore::open(path);
        QVERIFY(reopened.ok());
        auto notes = (*reopened)->notesForSerial(QStringLiteral("SN-8"));
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), 1);
        QCOMPARE(notes->first().noteId, id);
        QCOMPARE(notes->first().text, QStringLiteral("Zoë: \"RSSI\", -71 dBm; 温度 ok"));
        QVERIFY(notes->first().runId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstStoreNotes)
#include "tst_store_notes.moc"
