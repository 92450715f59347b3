#include "RunTableModel.h"

#include "VerdictStyle.h"

#include <QFont>
#include <QLocale>

namespace eol::ui::review {

using core::review::ReviewColumn;

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunTableModel::setFilter(const core::review::ReviewFilter& filter)
{
    m_filter = filter;
    restart();
}

void RunTableModel::restart()
{
    beginResetModel();
    m_rows.clear();
    ++m_generation;
    m_total = -1;
    m_pending = false;
    m_atEnd = false;
    endResetModel();
    Q_EMIT generationStarted(m_generation);
    Q_EMIT totalChanged(m_total);
    // The page first: the rows show before a count over a million runs is done.
    requestPage();
    Q_EMIT countRequested(m_generation, m_filter);
}

void RunTableModel::requestPage()
{
    if (m_pending || m_atEnd)
        return;
    m_pending = true;
    QString afterStarted;
    QString afterRunId;
    if (!m_rows.isEmpty()) {
        afterStarted = m_rows.last().startedKey;
        afterRunId = m_rows.last().runId;
    }
    Q_EMIT pageRequested(m_generation, m_filter, m_sort, int(m_rows.size()), afterStarted,
                         afterRunId, kPageSize);
}

void RunTableModel::appendPage(quint64 generation, const core::review::RunPage& page)
{
    if (generation != m_generation)
        return;
    const bool first = m_rows.isEmpty();
    m_pending = false;
    m_atEnd = page.atEnd || page.rows.isEmpty();
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    if (first)
        Q_EMIT firstPageShown();
}

void RunTableModel::setTotal(quint64 generation, qint64 total)
{
    if (generation != m_generation)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::review::ReviewRunRow& r = m_rows.at(index.row());
    switch (role) {
    case RunIdRole:
        return r.runId;
    case SerialRole:
        return r.serial;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started:
            return QLocale().toString(r.startedUtc.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Serial:
            return r.firstRun ? r.serial : QString(r.serial + tr(" (retest)"));
        case Verdict:
            return VerdictStyle::label(r.verdict);
        case FailingStep:
            return r.failingStep;
        case Product:
            return r.product;
        case Plan:
            return r.planId.isEmpty() ? QString()
                                      : tr("%1 rev %2").arg(r.planId).arg(r.planRevision);
        case Batch:
            return r.batch;
        case WorkOrder:
            return r.workOrder;
        case Operator:
            return r.operatorName;
        case Station:
            return r.stationId;
        case Imei:
            return r.imei;
        case Iccid:
            return r.iccid;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!r.failureReason.isEmpty())
            return r.failureReason;
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Verdict)
            return VerdictStyle::background(r.verdict);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Verdict)
            return VerdictStyle::foreground(r.verdict);
        return {};
    case Qt::FontRole:
        if (index.column() == Verdict || index.column() == Serial) {
            QFont f;
            f.setBold(index.column() == Verdict);
            if (index.column() == Serial)
                f.setFamily(QStringLiteral("DejaVu Sans Mono"));
            return f;
        }
        if (index.column() == Imei || index.column() == Iccid) {
            QFont f(QStringLiteral("DejaVu Sans Mono"));
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Verdict)
            return int(Qt::AlignCenter);
        return int(Qt::AlignVCenter | Qt::AlignLeft);
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Serial:
        return tr("Serial");
    case Verdict:
        return tr("Verdict");
    case FailingStep:
        return tr("Failing step");
    case Product:
        return tr("Product");
    case Plan:
        return tr("Plan");
    case Batch:
        return tr("Batch");
    case WorkOrder:
        return tr("Work order");
    case Operator:
        return tr("Operator");
    case Station:
        return tr("Station");
    case Imei:
        return tr("IMEI");
    case Iccid:
        return tr("ICCID");
    default:
        return {};
    }
}

bool RunTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_pending;
}

void RunTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    requestPage();
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    ReviewColumn c = ReviewColumn::Started;
    switch (column) {
    case Started:
        c = ReviewColumn::Started;
        break;
    case Serial:
        c = ReviewColumn::Serial;
        break;
    case Verdict:
        c = ReviewColumn::Verdict;
        break;
    case FailingStep:
        c = ReviewColumn::FailingStep;
        break;
    case Product:
        c = ReviewColumn::Product;
        break;
    case Plan:
        c = ReviewColumn::Plan;
        break;
    case Batch:
        c = ReviewColumn::Batch;
        break;
    case WorkOrder:
        c = ReviewColumn::WorkOrder;
        break;
    case Operator:
        c = ReviewColumn::Operator;
        break;
    case Station:
        c = ReviewColumn::Station;
        break;
    case Imei:
        c = ReviewColumn::Imei;
        break;
    case Iccid:
        c = ReviewColumn::Iccid;
        break;
    default:
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (c == m_sort.column && descending == m_sort.descending)
        return;
    m_sort.column = c;
    m_sort.descending = descending;
    // Before the first filter there is nothing to reload: the order is used when it comes.
    if (m_generation > 0)
        restart();
}

} // namespace eol::ui::review
