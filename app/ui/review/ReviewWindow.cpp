#include "ReviewWindow.h"

#include "HistogramChartView.h"
#include "NotesPanel.h"
#include "ParetoChartView.h"
#include "ReviewCharts.h"
#include "ReviewFilterBar.h"
#include "ReviewUiLog.h"
#include "RunDetailView.h"
#include "RunTableModel.h"
#include "UnitHistoryView.h"
#include "YieldChartView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <limits>

namespace eol::ui::review {

namespace {

/// Runs `call` on the worker's thread (queued): the only way the window talks to a worker
/// besides signal connections.
template <typename Call> void post(ReviewWorker* worker, Call call)
{
    QMetaObject::invokeMethod(
        worker, [worker, call] { call(worker); }, Qt::QueuedConnection);
}

/// A bounded join: a query still running after interrupt() gets this long to notice.
constexpr unsigned long kJoinTimeoutMs = 5000;

} // namespace

ReviewWindow::ReviewWindow(const QString& databasePath, const ReviewAccess& access, QWidget* parent)
    : QMainWindow(parent), m_databasePath(databasePath), m_access(access)
{
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("QA review — %1").arg(QFileInfo(databasePath).fileName()));
    setAttribute(Qt::WA_DeleteOnClose, false);
    QFile style(QStringLiteral(":/styles/review.qss"));
    if (style.open(QIODevice::ReadOnly))
        setStyleSheet(QString::fromUtf8(style.readAll()));

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("reviewCentral"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_filterBar = new ReviewFilterBar(central);
    layout->addWidget(m_filterBar);

    m_errorBanner = new QLabel(central);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    m_mainTabs = new QTabWidget(central);
    m_mainTabs->setObjectName(QStringLiteral("mainTabs"));
    layout->addWidget(m_mainTabs, 1);

    // Runs: the table on the left, the detail of the selected run on the right.
    auto* runsPage = new QWidget(m_mainTabs);
    auto* runsLayout = new QVBoxLayout(runsPage);
    runsLayout->setContentsMargins(6, 6, 6, 6);
    m_splitter = new QSplitter(Qt::Horizontal, runsPage);
    runsLayout->addWidget(m_splitter);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_count = new QLabel(tr("Loading…"), left);
    m_count->setObjectName(QStringLiteral("countLabel"));
    leftLayout->addWidget(m_count);
    m_model = new RunTableModel(this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so a long list scrolls at constant cost.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setSortIndicator(RunTableModel::Started, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    const QList<QPair<int, int>> widths{
        {RunTableModel::Started, 160}, {RunTableModel::Serial, 190},
        {RunTableModel::Verdict, 110}, {RunTableModel::FailingStep, 150},
        {RunTableModel::Product, 190}, {RunTableModel::Plan, 170},
        {RunTableModel::Batch, 100},   {RunTableModel::WorkOrder, 90},
        {RunTableModel::Operator, 80}, {RunTableModel::Station, 70},
        {RunTableModel::Imei, 150},    {RunTableModel::Iccid, 190}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    leftLayout->addWidget(m_table, 1);

    m_detail = new RunDetailView(m_splitter);
    m_history = new UnitHistoryView(m_detail);
    m_notes = new NotesPanel(access.mayAnnotate, m_detail);
    m_detail->tabs()->addTab(m_history, tr("Unit history"));
    m_detail->tabs()->addTab(m_notes, tr("Notes"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_mainTabs->addTab(runsPage, tr("Runs"));

    m_charts = new ReviewCharts(m_mainTabs);
    m_mainTabs->addTab(m_charts, tr("Charts"));
    setCentralWidget(central);

    m_dbLabel =
        new QLabel(tr("%1 · records read-only · %2")
                       .arg(QDir::toNativeSeparators(databasePath),
                            access.mayAnnotate ? tr("%1 may add notes").arg(access.userName)
                                               : tr("%1 may read notes").arg(access.userName)),
                   this);
    statusBar()->addWidget(m_dbLabel, 1);

    // Workers: created here, moved to their threads, databases opened there.
    m_tableWorker = new ReviewWorker(databasePath);
    m_chartWorker = new ReviewWorker(databasePath);
    m_tableThread = startWorker(m_tableWorker, "eol-review-table");
    m_chartThread = startWorker(m_chartWorker, "eol-review-charts");

    connect(m_tableWorker, &ReviewWorker::choicesReady, this,
            [this](const core::review::FilterChoices& choices) {
                m_filterBar->setChoices(choices);
                m_charts->setMeasuredSteps(choices.measuredSteps);
            });
    for (ReviewWorker* w : {m_tableWorker, m_chartWorker})
        connect(w, &ReviewWorker::failed, this, &ReviewWindow::showError);

    // The table: the model asks, the table worker answers.
    connect(m_model, &RunTableModel::generationStarted, this,
            [this](quint64 generation) { m_tableWorker->supersede(generation); });
    connect(m_model, &RunTableModel::countRequested, m_tableWorker, &ReviewWorker::count);
    connect(m_model, &RunTableModel::pageRequested, m_tableWorker, &ReviewWorker::page);
    connect(m_tableWorker, &ReviewWorker::counted, m_model, &RunTableModel::setTotal);
    connect(m_tableWorker, &ReviewWorker::pageReady, m_model, &RunTableModel::appendPage);
    connect(m_model, &RunTableModel::totalChanged, this, [this] { updateCount(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateCount(); });
    connect(m_model, &RunTableModel::firstPageShown, this, [this] {
        updateCount();
        Q_EMIT firstPageShown();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openRun(current.data(RunTableModel::RunIdRole).toString());
            });
    connect(m_tableWorker, &ReviewWorker::detailReady, this,
            [this](const core::review::RunDetail& d) {
                m_shownRunId = d.run.runId;
                m_detail->showDetail(d);
                m_notes->setTarget(d.run.runId, d.run.serial);
                post(m_tableWorker, [runId = d.run.runId, serial = d.run.serial](ReviewWorker* w) {
                    w->notes(runId, serial);
                });
                if (!d.run.serial.isEmpty())
                    post(m_tableWorker,
                         [serial = d.run.serial](ReviewWorker* w) { w->history(serial); });
                else
                    m_history->clear();
                Q_EMIT detailShown(d.run.runId);
            });
    connect(m_tableWorker, &ReviewWorker::historyReady, this,
            [this](const core::review::UnitHistory& h) {
                m_history->showHistory(h, m_shownRunId);
                m_detail->tabs()->setTabText(m_detail->tabs()->indexOf(m_history),
                                             tr("Unit history (%1)").arg(h.runs.size()));
                Q_EMIT historyShown(h.serial);
            });
    connect(m_history, &UnitHistoryView::runActivated, this, &ReviewWindow::openRun);

    // Notes.
    connect(m_tableWorker, &ReviewWorker::notesReady, this,
            [this](const QString& runId, const QString& serial,
                   const QList<core::store::NoteRecord>& runNotes,
                   const QList<core::store::NoteRecord>& deviceNotes) {
                if (runId != m_notes->runId() || serial != m_notes->serial())
                    return;
                m_notes->showNotes(runNotes, deviceNotes);
                Q_EMIT notesShown(runId);
            });
    connect(m_notes, &NotesPanel::noteCountChanged, this, [this](int count) {
        m_detail->tabs()->setTabText(m_detail->tabs()->indexOf(m_notes),
                                     count > 0 ? tr("Notes (%1)").arg(count) : tr("Notes"));
    });
    connect(m_notes, &NotesPanel::addRequested, this,
            [this](const QString& runId, const QString& serial, const QString& text) {
                post(m_tableWorker,
                     [runId, serial, text, author = m_access.userName](ReviewWorker* w) {
                         w->addNote(runId, serial, author, text);
                     });
            });
    connect(m_notes, &NotesPanel::deleteRequested, this, [this](const QString& noteId) {
        post(m_tableWorker,
             [noteId, by = m_access.userName, runId = m_notes->runId(), serial = m_notes->serial()](
                 ReviewWorker* w) { w->deleteNote(noteId, by, runId, serial); });
    });

    // Charts, on their own worker; computed when the tab is shown and the filter changed.
    connect(m_chartWorker, &ReviewWorker::paretoReady, this,
            [this](quint64 generation, const QList<core::review::ParetoEntry>& entries) {
                if (generation != m_chartGeneration)
                    return;
                m_charts->pareto()->setEntries(entries);
                if (--m_chartsPending <= 0) {
                    m_charts->setBusy(false);
                    Q_EMIT chartsUpdated();
                }
            });
    connect(m_chartWorker, &ReviewWorker::yieldReady, this,
            [this](quint64 generation, const QList<core::review::YieldPoint>& points) {
                if (generation != m_chartGeneration)
                    return;
                m_charts->yield()->setPoints(points);
                if (--m_chartsPending <= 0) {
                    m_charts->setBusy(false);
                    Q_EMIT chartsUpdated();
                }
            });
    connect(m_chartWorker, &ReviewWorker::histogramReady, this,
            [this](quint64 generation, const core::review::MeasurementHistogram& h) {
                if (generation != m_chartGeneration)
                    return;
                m_charts->histogram()->setHistogram(h);
                if (--m_chartsPending <= 0) {
                    m_charts->setBusy(false);
                    Q_EMIT chartsUpdated();
                }
            });
    connect(m_charts, &ReviewCharts::histogramStepChanged, this, [this] { requestHistogram(); });
    connect(m_charts, &ReviewCharts::paretoStepClicked, this, [this](const QString& step) {
        const int i = m_filterBar->failingStepBox()->findData(step);
        if (i >= 0) {
            m_filterBar->failingStepBox()->setCurrentIndex(i);
            m_mainTabs->setCurrentIndex(0);
        }
    });
    connect(m_mainTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_mainTabs->currentWidget() == m_charts && m_chartsDirty)
            requestCharts();
    });

    // Export.
    connect(m_filterBar, &ReviewFilterBar::exportCsvRequested, this,
            [this] { startExport(ReviewWorker::ExportFormat::Csv); });
    connect(m_filterBar, &ReviewFilterBar::exportXlsxRequested, this,
            [this] { startExport(ReviewWorker::ExportFormat::Xlsx); });
    connect(
        m_tableWorker, &ReviewWorker::exportFinished, this, [this](const QString& path, int runs) {
            m_filterBar->csvButton()->setEnabled(true);
            m_filterBar->xlsxButton()->setEnabled(true);
            statusBar()->showMessage(
                tr("Exported %n run(s) to %1", nullptr, runs).arg(QDir::toNativeSeparators(path)),
                15000);
            Q_EMIT exportFinished(path, runs);
        });

    connect(m_filterBar, &ReviewFilterBar::filterChanged, this, &ReviewWindow::applyFilter);

    // The first page is asked for at once; the filter bar's choices come after it, and the
    // chart worker opens its connection when the charts are first shown.
    post(m_tableWorker, [](ReviewWorker* w) { w->open(); });
    applyFilter(m_filterBar->filter());
    post(m_tableWorker, [](ReviewWorker* w) { w->choices(); });
    resize(1500, 900);
}

ReviewWindow::~ReviewWindow()
{
    for (auto [worker, thread] :
         {std::pair{m_tableWorker, m_tableThread}, std::pair{m_chartWorker, m_chartThread}}) {
        worker->supersede(std::numeric_limits<quint64>::max());
        worker->interrupt();
        thread->quit();
        if (!thread->wait(kJoinTimeoutMs))
            qCWarning(lcReviewUi) << "review worker" << thread->objectName()
                                  << "did not stop in time";
    }
}

QThread* ReviewWindow::startWorker(ReviewWorker* worker, const char* name)
{
    auto* thread = new QThread(this);
    thread->setObjectName(QString::fromLatin1(name));
    worker->moveToThread(thread);
    // The worker (and its connections) are destroyed on its own thread when it stops.
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    return thread;
}

void ReviewWindow::applyFilter(const core::review::ReviewFilter& filter)
{
    m_errorBanner->hide();
    m_lastError.clear();
    m_count->setText(tr("Loading…"));
    m_model->setFilter(filter);
    m_chartsDirty = true;
    if (m_mainTabs->currentWidget() == m_charts)
        requestCharts();
}

void ReviewWindow::requestCharts()
{
    m_chartsDirty = false;
    ++m_chartGeneration;
    m_chartWorker->supersede(m_chartGeneration);
    const core::review::ReviewFilter filter = m_model->filter();
    m_chartsPending = 2;
    m_charts->setBusy(true);
    const quint64 generation = m_chartGeneration;
    post(m_chartWorker, [generation, filter](ReviewWorker* w) { w->pareto(generation, filter); });
    post(m_chartWorker,
         [generation, filter](ReviewWorker* w) { w->firstPassYield(generation, filter); });
    if (!m_charts->histogramStep().isEmpty()) {
        ++m_chartsPending;
        post(m_chartWorker, [generation, filter, step = m_charts->histogramStep()](
                                ReviewWorker* w) { w->histogram(generation, filter, step); });
    }
}

void ReviewWindow::requestHistogram()
{
    if (m_charts->histogramStep().isEmpty())
        return;
    // A new step only redraws the histogram; the other charts keep their generation.
    ++m_chartsPending;
    m_charts->setBusy(true);
    post(m_chartWorker, [generation = m_chartGeneration, filter = m_model->filter(),
                         step = m_charts->histogramStep()](ReviewWorker* w) {
        w->histogram(generation, filter, step);
    });
}

void ReviewWindow::openRun(const QString& runId)
{
    if (runId.isEmpty())
        return;
    post(m_tableWorker, [runId](ReviewWorker* w) { w->detail(runId); });
}

void ReviewWindow::updateCount()
{
    const QLocale locale;
    const qint64 total = m_model->total();
    const int loaded = m_model->rowCount();
    if (total < 0)
        m_count->setText(tr("Counting… %1 loaded").arg(locale.toString(loaded)));
    else if (total == 0)
        m_count->setText(tr("No runs match this filter"));
    else
        m_count->setText(tr("%1 runs match · %2 loaded (scroll for more)")
                             .arg(locale.toString(total), locale.toString(loaded)));
}

void ReviewWindow::showError(const QString& request, const QString& message)
{
    if (message.endsWith(QLatin1String(": cancelled")))
        return; // an interrupted query the user no longer waits for
    qCWarning(lcReviewUi) << request << "failed:" << message;
    if (request == QLatin1String("addNote") || request == QLatin1String("deleteNote") ||
        request == QLatin1String("notes")) {
        m_notes->showError(message);
    } else if (request == QLatin1String("export")) {
        m_filterBar->csvButton()->setEnabled(true);
        m_filterBar->xlsxButton()->setEnabled(true);
    }
    if (request == QLatin1String("pareto") || request == QLatin1String("yield") ||
        request == QLatin1String("histogram")) {
        if (--m_chartsPending <= 0)
            m_charts->setBusy(false);
    }
    m_lastError = message;
    m_errorBanner->setText(message);
    m_errorBanner->show();
    Q_EMIT errorShown(message);
}

void ReviewWindow::startExport(ReviewWorker::ExportFormat format)
{
    const bool csv = format == ReviewWorker::ExportFormat::Csv;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("eol-runs-%1.%2")
                          .arg(QDate::currentDate().toString(Qt::ISODate),
                               csv ? QStringLiteral("csv") : QStringLiteral("xlsx")));
    QString path;
    if (m_chooser) {
        path = m_chooser(format, suggested);
    } else {
        path = QFileDialog::getSaveFileName(
            this, csv ? tr("Export runs as CSV") : tr("Export runs as Excel workbook"), suggested,
            csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    }
    if (path.isEmpty())
        return;
    exportTo(format, path);
}

void ReviewWindow::exportTo(ReviewWorker::ExportFormat format, const QString& path)
{
    m_filterBar->csvButton()->setEnabled(false);
    m_filterBar->xlsxButton()->setEnabled(false);
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    post(m_tableWorker, [filter = m_model->filter(), format, path](ReviewWorker* w) {
        w->exportRuns(filter, format, path);
    });
}

} // namespace eol::ui::review
