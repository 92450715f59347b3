#pragma once

#include "ReviewAccess.h"
#include "ReviewWorker.h"
#include "review/ReviewFilter.h"

#include <QMainWindow>
#include <functional>

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QThread;

namespace eol::ui::review {

class NotesPanel;
class ReviewCharts;
class ReviewFilterBar;
class RunDetailView;
class RunTableModel;
class UnitHistoryView;

/// QA's review of the station's records: filter bar, the lazily loaded runs table, the run
/// detail (steps, transcript with the failing exchange, attributes), the unit's history, notes,
/// the charts (Pareto, first-pass yield, histogram) and the CSV / Excel export of the filter.
///
/// Opens `databasePath` itself (read-only for the records, plus a store connection for notes)
/// on two worker threads — one for the table and detail, one for the charts, so a slow chart
/// never stalls scrolling. The GUI thread never touches the database. Who may open it is the
/// caller's decision (QA role); `access` says whether this user may write notes.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Where an export goes: asked of the user (a file dialog) unless replaced (tests).
    using PathChooser =
        std::function<QString(ReviewWorker::ExportFormat format, const QString& suggested)>;

    ReviewWindow(const QString& databasePath, const ReviewAccess& access,
                 QWidget* parent = nullptr);
    ~ReviewWindow() override;

    void setExportPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    /// Exports the current filter to `path` (what the Export buttons do after asking).
    void exportTo(ReviewWorker::ExportFormat format, const QString& path);
    /// Opens one run in the detail pane (as a click in the table does).
    void openRun(const QString& runId);

    ReviewFilterBar* filterBar() const { return m_filterBar; }
    QTableView* runTable() const { return m_table; }
    RunTableModel* model() const { return m_model; }
    RunDetailView* detailView() const { return m_detail; }
    UnitHistoryView* historyView() const { return m_history; }
    NotesPanel* notesPanel() const { return m_notes; }
    ReviewCharts* charts() const { return m_charts; }
    QTabWidget* mainTabs() const { return m_mainTabs; }
    /// The last error shown in the banner (empty when none).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// The first page of the current filter is in the table.
    void firstPageShown();
    void detailShown(const QString& runId);
    void historyShown(const QString& serial);
    void notesShown(const QString& runId);
    void chartsUpdated();
    void exportFinished(const QString& path, int runs);
    void errorShown(const QString& message);

private:
    void applyFilter(const core::review::ReviewFilter& filter);
    void requestCharts();
    void requestHistogram();
    void showError(const QString& request, const QString& message);
    void updateCount();
    void startExport(ReviewWorker::ExportFormat format);
    QThread* startWorker(ReviewWorker* worker, const char* name);

    QString m_databasePath;
    ReviewAccess m_access;
    PathChooser m_chooser;
    ReviewWorker* m_tableWorker = nullptr;
    ReviewWorker* m_chartWorker = nullptr;
    QThread* m_tableThread = nullptr;
    QThread* m_chartThread = nullptr;

    ReviewFilterBar* m_filterBar = nullptr;
    QTabWidget* m_mainTabs = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    RunTableModel* m_model = nullptr;
    RunDetailView* m_detail = nullptr;
    UnitHistoryView* m_history = nullptr;
    NotesPanel* m_notes = nullptr;
    ReviewCharts* m_charts = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_errorBanner = nullptr;
    QLabel* m_dbLabel = nullptr;
    QString m_lastError;
    QString m_shownRunId;
    quint64 m_chartGeneration = 0;
    int m_chartsPending = 0;
    bool m_chartsDirty = true;
};

} // namespace eol::ui::review
