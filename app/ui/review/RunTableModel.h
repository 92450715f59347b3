#pragma once

#include "review/ReviewFilter.h"
#include "review/ReviewRunRow.h"
#include "review/ReviewSort.h"
#include "review/RunPage.h"

#include <QAbstractTableModel>
#include <QList>

namespace eol::ui::review {

/// The runs of the current filter, fetched lazily: the view asks for more (canFetchMore /
/// fetchMore) as it scrolls, the model asks the worker for the next page (pageRequested) and
/// appends the answer. Only the rows scrolled past are ever held, so a million runs cost
/// nothing until they are looked at. Sorting starts over in the new order; every column is
/// backed by an index, so each page is cheap whatever the order.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Started,
        Serial,
        Verdict,
        FailingStep,
        Product,
        Plan,
        Batch,
        WorkOrder,
        Operator,
        Station,
        Imei,
        Iccid,
        ColumnCount
    };
    /// Data role of every cell: the run id.
    static constexpr int RunIdRole = Qt::UserRole + 1;
    /// Data role of every cell: the serial.
    static constexpr int SerialRole = Qt::UserRole + 2;
    static constexpr int kPageSize = 200;

    explicit RunTableModel(QObject* parent = nullptr);

    /// Starts over with `filter` (keeps the sort). Emits generationStarted, pageRequested and
    /// countRequested.
    void setFilter(const core::review::ReviewFilter& filter);
    core::review::ReviewFilter filter() const { return m_filter; }
    core::review::ReviewSort sortOrder() const { return m_sort; }
    /// The answer to a pageRequested; ignored when it belongs to an older filter or sort.
    void appendPage(quint64 generation, const core::review::RunPage& page);
    /// The answer to a countRequested.
    void setTotal(quint64 generation, qint64 total);
    /// Runs matching the filter (-1 until counted).
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_pending; }
    const core::review::ReviewRunRow& row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// Ask the worker for `limit` runs after the cursor (offset, or the last row's start and
    /// id when sorted by start time).
    void pageRequested(quint64 generation, const eol::core::review::ReviewFilter& filter,
                       const eol::core::review::ReviewSort& sort, int offset,
                       const QString& afterStarted, const QString& afterRunId, int limit);
    void countRequested(quint64 generation, const eol::core::review::ReviewFilter& filter);
    /// A new filter or order: answers to older generations are of no use any more.
    void generationStarted(quint64 generation);
    void totalChanged(qint64 total);
    /// The first page of a new filter or order arrived.
    void firstPageShown();

private:
    void restart();
    void requestPage();

    core::review::ReviewFilter m_filter;
    core::review::ReviewSort m_sort;
    QList<core::review::ReviewRunRow> m_rows;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    bool m_pending = false;
    bool m_atEnd = true;
};

} // namespace eol::ui::review
