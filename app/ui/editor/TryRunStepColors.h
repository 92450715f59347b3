#pragma once

#include <QIdentityProxyModel>

namespace eol::ui::editor {

/// The operator's StepTableModel in the editor's light colours (the operator screen is dark):
/// verdict words coloured, failing rows tinted; the words stay, so colour is never the only cue.
class TryRunStepColors : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace eol::ui::editor
