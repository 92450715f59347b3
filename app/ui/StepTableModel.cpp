#include "ui/StepTableModel.h"

#include <QBrush>
#include <QColor>

namespace eol::ui {

namespace {

StepTableModel::State stateFromVerdict(const QString& verdict)
{
    using S = StepTableModel::State;
    if (verdict == QLatin1String("pass"))
        return S::Pass;
    if (verdict == QLatin1String("skipped"))
        return S::Skipped;
    if (verdict == QLatin1String("fail"))
        return S::Fail;
    if (verdict == QLatin1String("aborted"))
        return S::Aborted;
    return S::Error;
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

StepTableModel::StepTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StepTableModel::reset(const core::plan::Plan& plan)
{
    beginResetModel();
    m_rows.clear();
    auto add = [this](const QString& phase, const QList<core::plan::Step>& steps) {
        for (const auto& s : steps)
            m_rows.append(Row{phase, s.id, s.name, State::Waiting, {}});
    };
    add(QStringLiteral("setup"), plan.setup);
    add(QStringLiteral("steps"), plan.steps);
    add(QStringLiteral("teardown"), plan.teardown);
    endResetModel();
}

void StepTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int StepTableModel::find(const QString& phase, const QString& stepId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].stepId == stepId && m_rows[i].phase == phase)
            return i;
    }
    return -1;
}

void StepTableModel::markStarted(const QString& phase, const QString& stepId)
{
    const int row = find(phase, stepId);
    if (row < 0)
        return;
    m_rows[row].state = State::Running;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int StepTableModel::markFinished(const core::store::StepRecord& step)
{
    int row = find(step.phase, step.stepId);
    if (row < 0) {
        // Not in the plan (the runner's own "open the port" step): insert it before the first
        // step that has not run yet, so the list stays in execution order.
        row = 0;
        while (row < m_rows.size() && m_rows[row].state != State::Waiting)
            ++row;
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row{step.phase, step.stepId, step.name, State::Waiting, {}});
        endInsertRows();
    }
    m_rows[row].state = stateFromVerdict(step.verdict);
    m_rows[row].record = step;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

StepTableModel::State StepTableModel::state(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].state : State::Waiting;
}

int StepTableModel::finishedCount() const
{
    int n = 0;
    for (const auto& r : m_rows)
        n += (r.state != State::Waiting && r.state != State::Running) ? 1 : 0;
    return n;
}

int StepTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StepTableModel::stateText(State s) const
{
    switch (s) {
    case State::Waiting:
        return tr("waiting");
    case State::Running:
        return tr("▶ running");
    case State::Pass:
        return tr("✔ PASS");
    case State::Skipped:
        return tr("– skipped");
    case State::Fail:
        return tr("✘ FAIL");
    case State::Error:
        return tr("⚠ ERROR");
    case State::Aborted:
        return tr("■ aborted");
    }
    return {};
}

QVariant StepTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    const auto& rec = r.record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name.isEmpty() ? r.stepId : r.name;
        case StateColumn:
            return stateText(r.state);
        case ValueColumn: {
            if (r.state == State::Fail || r.state == State::Error) {
                if (!rec.message.isEmpty())
                    return rec.message;
            }
            QString v = rec.measured;
            v.replace(QLatin1Char('\n'), QStringLiteral(" / "));
            if (v.size() > 48)
                v = QString(v.left(45) + QStringLiteral("…"));
            if (!v.isEmpty() && !rec.unit.isEmpty())
                v = QString(v + QLatin1Char(' ') + rec.unit);
            return v;
        }
        case LimitsColumn:
            if (rec.low && rec.high)
                return QStringLiteral("%1 … %2").arg(formatNumber(*rec.low),
                                                     formatNumber(*rec.high));
            if (rec.low)
                return QStringLiteral("≥ %1").arg(formatNumber(*rec.low));
            if (rec.high)
                return QStringLiteral("≤ %1").arg(formatNumber(*rec.high));
            return {};
        case TimeColumn:
            if (r.state == State::Waiting || r.state == State::Running)
                return {};
            return rec.durationMs < 1000 ? tr("%1 ms").arg(qRound(rec.durationMs))
                                         : tr("%1 s").arg(rec.durationMs / 1000.0, 0, 'f', 1);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && !rec.message.isEmpty())
        return rec.message;
    if (role == Qt::BackgroundRole) {
        switch (r.state) {
        case State::Running:
            return QBrush(QColor(0x1f, 0x4e, 0x8c));
        case State::Fail:
            return QBrush(QColor(0x9b, 0x11, 0x1e));
        case State::Error:
        case State::Aborted:
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (r.state) {
        case State::Pass:
            return QBrush(QColor(0x4c, 0xe0, 0x6a));
        case State::Waiting:
        case State::Skipped:
            return QBrush(QColor(0xa0, 0xa0, 0xa0));
        default:
            return QBrush(Qt::white);
        }
    }
    if (role == Qt::ForegroundRole && r.state == State::Waiting)
        return QBrush(QColor(0xa0, 0xa0, 0xa0));
    return {};
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Step");
    case StateColumn:
        return tr("Result");
    case ValueColumn:
        return tr("Measured");
    case LimitsColumn:
        return tr("Limits");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

} // namespace eol::ui
