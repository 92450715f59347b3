#pragma once

#include "review/FilterChoices.h"
#include "review/MeasurementHistogram.h"
#include "review/ParetoEntry.h"
#include "review/ReviewFilter.h"
#include "review/ReviewSort.h"
#include "review/RunCursor.h"
#include "review/RunDetail.h"
#include "review/RunPage.h"
#include "review/UnitHistory.h"
#include "review/YieldPoint.h"
#include "store/NoteRecord.h"

#include <QObject>
#include <QString>
#include <QTimeZone>
#include <atomic>
#include <memory>

namespace eol::core::review {
class ReviewDatabase;
}
namespace eol::core::store {
class RunStore;
}

namespace eol::ui::review {

/// Runs the review window's queries on its own thread: a read-only ReviewDatabase for the
/// records, and — for the notes, the only thing QA writes — a RunStore connection. Both are
/// opened on the worker's thread (by open(), or by the first request) and used only there.
/// Requests arrive as queued
/// slot calls, answers leave as signals with value types; a `generation` ties a paged answer
/// to the filter it was asked for, so the window drops answers to filters it has left.
class ReviewWorker : public QObject
{
    Q_OBJECT
public:
    /// What the export writes.
    enum class ExportFormat
    {
        Csv,
        Xlsx
    };
    Q_ENUM(ExportFormat)

    explicit ReviewWorker(QString databasePath, QObject* parent = nullptr);
    ~ReviewWorker() override;

    /// Cancels the query running now (any thread): used when the window closes or the filter
    /// changes under a slow chart.
    void interrupt();
    /// Any thread: paged and chart requests older than `generation` are skipped when their
    /// turn comes (the user has moved on to another filter).
    void supersede(quint64 generation) { m_latest.store(generation); }

public Q_SLOTS:
    /// Opens the database now (a failure is reported once, as request "open").
    void open();
    /// The distinct values for the filter bar: answered with choicesReady.
    void choices();
    void count(quint64 generation, const eol::core::review::ReviewFilter& filter);
    void page(quint64 generation, const eol::core::review::ReviewFilter& filter,
              const eol::core::review::ReviewSort& sort, int offset, const QString& afterStarted,
              const QString& afterRunId, int limit);
    void detail(const QString& runId);
    void history(const QString& serial);
    void notes(const QString& runId, const QString& serial);
    void addNote(const QString& runId, const QString& serial, const QString& author,
                 const QString& text);
    void deleteNote(const QString& noteId, const QString& deletedBy, const QString& runId,
                    const QString& serial);
    void pareto(quint64 generation, const eol::core::review::ReviewFilter& filter);
    void firstPassYield(quint64 generation, const eol::core::review::ReviewFilter& filter);
    void histogram(quint64 generation, const eol::core::review::ReviewFilter& filter,
                   const QString& stepId);
    void exportRuns(const eol::core::review::ReviewFilter& filter,
                    eol::ui::review::ReviewWorker::ExportFormat format, const QString& path);

Q_SIGNALS:
    void choicesReady(const eol::core::review::FilterChoices& choices);
    /// Any request that failed: which one ("open", "count", "page", ...) and why, for humans.
    void failed(const QString& request, const QString& message);
    void counted(quint64 generation, qint64 runs);
    void pageReady(quint64 generation, const eol::core::review::RunPage& page);
    void detailReady(const eol::core::review::RunDetail& detail);
    void historyReady(const eol::core::review::UnitHistory& history);
    void notesReady(const QString& runId, const QString& serial,
                    const QList<eol::core::store::NoteRecord>& runNotes,
                    const QList<eol::core::store::NoteRecord>& deviceNotes);
    void paretoReady(quint64 generation, const QList<eol::core::review::ParetoEntry>& entries);
    void yieldReady(quint64 generation, const QList<eol::core::review::YieldPoint>& points);
    void histogramReady(quint64 generation, const eol::core::review::MeasurementHistogram& h);
    void exportFinished(const QString& path, int runs);

private:
    bool ensureOpen();
    bool ensureStore(QString& error);
    bool stale(quint64 generation) const { return generation < m_latest.load(); }

    QString m_databasePath;
    std::unique_ptr<core::review::ReviewDatabase> m_db;
    /// The open database for interrupt() from other threads; set once by open().
    std::atomic<core::review::ReviewDatabase*> m_live{nullptr};
    std::atomic<quint64> m_latest{0};
    std::unique_ptr<core::store::RunStore> m_store;
    QTimeZone m_zone;
    bool m_openFailed = false;
};

} // namespace eol::ui::review
