#include "ui/editor/TryRunStepColors.h"

#include "ui/StepTableModel.h"

#include <QBrush>
#include <QColor>

namespace eol::ui::editor {

QVariant TryRunStepColors::data(const QModelIndex& index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
        return QIdentityProxyModel::data(index, role);
    const auto* steps = qobject_cast<const StepTableModel*>(sourceModel());
    if (!steps)
        return {};
    using State = StepTableModel::State;
    const State state = steps->state(mapToSource(index).row());
    if (role == Qt::BackgroundRole) {
        switch (state) {
        case State::Running:
            return QBrush(QColor(0xdd, 0xf4, 0xff));
        case State::Fail:
            return QBrush(QColor(0xff, 0xeb, 0xe9));
        case State::Error:
        case State::Aborted:
            return QBrush(QColor(0xff, 0xf8, 0xc5));
        default:
            return {};
        }
    }
    if (index.column() != StepTableModel::StateColumn)
        return {};
    switch (state) {
    case State::Pass:
        return QBrush(QColor(0x1a, 0x7f, 0x37));
    case State::Fail:
        return QBrush(QColor(0xcf, 0x22, 0x2e));
    case State::Error:
    case State::Aborted:
        return QBrush(QColor(0x9a, 0x67, 0x00));
    case State::Waiting:
    case State::Skipped:
        return QBrush(QColor(0x6e, 0x77, 0x81));
    case State::Running:
        return QBrush(QColor(0x09, 0x69, 0xda));
    }
    return {};
}

} // namespace eol::ui::editor
