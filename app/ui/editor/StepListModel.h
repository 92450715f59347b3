#pragma once

#include "plan/PlanDocument.h"
#include "ui/editor/EditorSelection.h"

#include <QAbstractItemModel>
#include <QSet>

namespace eol::ui::editor {

/// The plan as a tree for the editor's step list: "Plan" (the header), then the sections
/// Setup, Steps and Teardown with their steps. Steps are dragged to reorder them, also from one
/// section to another; the model does not move anything itself but asks for the move
/// (moveRequested), so that the editor makes it one undoable command.
class StepListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IdColumn,
        KindColumn,
        ColumnCount
    };
    static constexpr const char* kMimeType = "application/x-eol-plan-step";

    explicit StepListModel(QObject* parent = nullptr);

    /// Shows `document` (not owned; must outlive the model or be replaced). Resets the model.
    void setDocument(const core::plan::PlanDocument* document);
    /// The document changed in place: a reset if steps were added, removed or moved between
    /// sections, otherwise only new texts (selection, expansion and scrolling stay).
    void refresh();
    /// Steps marked with a problem icon: "<section>/<index>".
    void setProblemSteps(const QSet<QString>& steps);
    /// Read-only: nothing can be dragged.
    void setEditable(bool editable);

    QModelIndex indexOf(const EditorSelection& selection) const;
    EditorSelection selectionAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    /// A step was dropped: move it from `fromIndex` of `from` to `toIndex` of `to`, where
    /// `toIndex` counts after the step was taken out.
    void moveRequested(eol::core::plan::PlanDocument::Section from, int fromIndex,
                       eol::core::plan::PlanDocument::Section to, int toIndex);

private:
    /// Top-level rows: 0 = Plan, 1..3 = sections. Steps carry their section's row as id.
    static constexpr quintptr kTopLevel = 0;
    static int sectionRow(core::plan::PlanDocument::Section s) { return int(s) + 1; }

    QList<int> stepCounts() const;

    const core::plan::PlanDocument* m_document = nullptr;
    QList<int> m_counts; ///< steps per section as last shown
    QSet<QString> m_problemSteps;
    bool m_editable = true;
};

} // namespace eol::ui::editor
