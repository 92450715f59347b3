#include "ReviewWorker.h"

#include "ReviewExport.h"
#include "ReviewUiLog.h"
#include "audit/AuditedNoteDeletion.h"
#include "review/ReviewDatabase.h"
#include "store/RunStore.h"

#include <QElapsedTimer>

namespace eol::ui::review {

using core::review::ReviewDatabase;

ReviewWorker::ReviewWorker(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_zone(QTimeZone::systemTimeZone())
{
    qRegisterMetaType<core::review::FilterChoices>();
    qRegisterMetaType<core::review::ReviewFilter>();
    qRegisterMetaType<core::review::ReviewSort>();
    qRegisterMetaType<core::review::RunPage>();
    qRegisterMetaType<core::review::RunDetail>();
    qRegisterMetaType<core::review::UnitHistory>();
    qRegisterMetaType<core::review::MeasurementHistogram>();
    qRegisterMetaType<QList<core::review::ParetoEntry>>();
    qRegisterMetaType<QList<core::review::YieldPoint>>();
    qRegisterMetaType<QList<core::store::NoteRecord>>();
    qRegisterMetaType<core::store::NoteRecord>();
}

ReviewWorker::~ReviewWorker() = default;

void ReviewWorker::interrupt()
{
    if (auto* db = m_live.load())
        db->interrupt();
}

void ReviewWorker::open()
{
    (void)ensureOpen();
}

bool ReviewWorker::ensureOpen()
{
    if (m_db)
        return true;
    if (m_openFailed)
        return false;
    auto db = ReviewDatabase::open(m_databasePath);
    if (!db) {
        // Said once: every later request would fail the same way.
        m_openFailed = true;
        qCWarning(lcReviewUi) << db.error().message;
        Q_EMIT failed(QStringLiteral("open"), db.error().message);
        return false;
    }
    m_db = std::move(db).value();
    m_live.store(m_db.get());
    return true;
}

void ReviewWorker::choices()
{
    if (!ensureOpen())
        return;
    auto c = m_db->filterChoices();
    if (!c) {
        Q_EMIT failed(QStringLiteral("choices"), c.error().message);
        return;
    }
    Q_EMIT choicesReady(*c);
}

bool ReviewWorker::ensureStore(QString& error)
{
    if (m_store)
        return true;
    auto store = core::store::RunStore::open(m_databasePath);
    if (!store) {
        error = store.error().message;
        return false;
    }
    m_store = std::move(store).value();
    return true;
}

void ReviewWorker::count(quint64 generation, const core::review::ReviewFilter& filter)
{
    if (stale(generation) || !ensureOpen())
        return;
    QElapsedTimer timer;
    timer.start();
    auto n = m_db->countRuns(filter);
    qCDebug(lcReviewUi) << "count" << generation << "in" << timer.nsecsElapsed() / 1000 << "us";
    if (!n) {
        Q_EMIT failed(QStringLiteral("count"), n.error().message);
        return;
    }
    Q_EMIT counted(generation, *n);
}

void ReviewWorker::page(quint64 generation, const core::review::ReviewFilter& filter,
                        const core::review::ReviewSort& sort, int offset,
                        const QString& afterStarted, const QString& afterRunId, int limit)
{
    if (stale(generation) || !ensureOpen())
        return;
    core::review::RunCursor cursor;
    cursor.offset = offset;
    cursor.startedKey = afterStarted;
    cursor.runId = afterRunId;
    QElapsedTimer timer;
    timer.start();
    auto p = m_db->runPage(filter, sort, cursor, limit);
    qCDebug(lcReviewUi) << "page" << generation << "offset" << offset << "in"
                        << timer.nsecsElapsed() / 1000 << "us";
    if (!p) {
        Q_EMIT failed(QStringLiteral("page"), p.error().message);
        return;
    }
    Q_EMIT pageReady(generation, *p);
}

void ReviewWorker::detail(const QString& runId)
{
    if (!ensureOpen())
        return;
    auto d = m_db->runDetail(runId);
    if (!d) {
        Q_EMIT failed(QStringLiteral("detail"), d.error().message);
        return;
    }
    Q_EMIT detailReady(*d);
}

void ReviewWorker::history(const QString& serial)
{
    if (!ensureOpen())
        return;
    auto h = m_db->unitHistory(serial);
    if (!h) {
        Q_EMIT failed(QStringLiteral("history"), h.error().message);
        return;
    }
    Q_EMIT historyReady(*h);
}

void ReviewWorker::notes(const QString& runId, const QString& serial)
{
    QString error;
    if (!ensureStore(error)) {
        Q_EMIT failed(QStringLiteral("notes"), error);
        return;
    }
    QList<core::store::NoteRecord> runNotes;
    QList<core::store::NoteRecord> deviceNotes;
    if (!runId.isEmpty()) {
        auto r = m_store->notesForRun(runId);
        if (!r) {
            Q_EMIT failed(QStringLiteral("notes"), r.error().message);
            return;
        }
        runNotes = *r;
    }
    if (!serial.isEmpty()) {
        auto d = m_store->notesForSerial(serial);
        if (!d) {
            Q_EMIT failed(QStringLiteral("notes"), d.error().message);
            return;
        }
        // notesForSerial also lists the notes on the serial's runs; the device list shows
        // the device notes and the other runs' notes, not this run's twice.
        for (const core::store::NoteRecord& n : *d) {
            if (runId.isEmpty() || n.runId != runId)
                deviceNotes.append(n);
        }
    }
    Q_EMIT notesReady(runId, serial, runNotes, deviceNotes);
}

void ReviewWorker::addNote(const QString& runId, const QString& serial, const QString& author,
                           const QString& text)
{
    QString error;
    if (!ensureStore(error)) {
        Q_EMIT failed(QStringLiteral("addNote"), error);
        return;
    }
    auto n = m_store->addNote(runId, serial, author, text);
    if (!n) {
        Q_EMIT failed(QStringLiteral("addNote"), n.error().message);
        return;
    }
    qCInfo(lcReviewUi) << "note" << n->noteId << "added by" << author << "on"
                       << (runId.isEmpty() ? QString(QStringLiteral("device ") + serial)
                                           : QString(QStringLiteral("run ") + runId));
    notes(runId.isEmpty() ? QString() : runId, serial);
}

void ReviewWorker::deleteNote(const QString& noteId, const QString& deletedBy, const QString& runId,
                              const QString& serial)
{
    QString error;
    if (!ensureStore(error)) {
        Q_EMIT failed(QStringLiteral("deleteNote"), error);
        return;
    }
    if (auto r = core::audit::AuditedNoteDeletion::run(*m_store, noteId, deletedBy); !r) {
        Q_EMIT failed(QStringLiteral("deleteNote"), r.error().message);
        return;
    }
    notes(runId, serial);
}

void ReviewWorker::pareto(quint64 generation, const core::review::ReviewFilter& filter)
{
    if (stale(generation) || !ensureOpen())
        return;
    auto p = m_db->pareto(filter);
    if (!p) {
        Q_EMIT failed(QStringLiteral("pareto"), p.error().message);
        return;
    }
    Q_EMIT paretoReady(generation, *p);
}

void ReviewWorker::firstPassYield(quint64 generation, const core::review::ReviewFilter& filter)
{
    if (stale(generation) || !ensureOpen())
        return;
    auto y = m_db->firstPassYield(filter, m_zone);
    if (!y) {
        Q_EMIT failed(QStringLiteral("yield"), y.error().message);
        return;
    }
    Q_EMIT yieldReady(generation, *y);
}

void ReviewWorker::histogram(quint64 generation, const core::review::ReviewFilter& filter,
                             const QString& stepId)
{
    if (stepId.isEmpty() || stale(generation) || !ensureOpen())
        return;
    auto h = m_db->histogram(filter, stepId, 40);
    if (!h) {
        Q_EMIT failed(QStringLiteral("histogram"), h.error().message);
        return;
    }
    Q_EMIT histogramReady(generation, *h);
}

void ReviewWorker::exportRuns(const core::review::ReviewFilter& filter, ExportFormat format,
                              const QString& path)
{
    auto n = ReviewExport::write(
        m_databasePath, filter,
        format == ExportFormat::Csv ? ReviewExport::Format::Csv : ReviewExport::Format::Xlsx, path);
    if (!n) {
        Q_EMIT failed(QStringLiteral("export"), n.error().message);
        return;
    }
    qCInfo(lcReviewUi) << "exported" << *n << "runs to" << path;
    Q_EMIT exportFinished(path, *n);
}

} // namespace eol::ui::review
