#pragma once

#include "plan/JsonNode.h"
#include "ui/editor/EditorSelection.h"

#include <QUndoCommand>
#include <functional>

namespace eol::ui::editor {

/// One undoable change of the plan: the document before and after, and what was selected.
/// Whole-document snapshots keep every command trivially correct (plans are a few KiB).
/// Consecutive edits of the same field (typing, spinning) merge into one command.
class PlanEditCommand : public QUndoCommand
{
public:
    using Apply =
        std::function<void(const core::plan::JsonNode& root, const EditorSelection& selection)>;

    PlanEditCommand(const QString& text, core::plan::JsonNode before, core::plan::JsonNode after,
                    EditorSelection selectionBefore, EditorSelection selectionAfter,
                    QString mergeKey, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    core::plan::JsonNode m_before;
    core::plan::JsonNode m_after;
    EditorSelection m_selectionBefore;
    EditorSelection m_selectionAfter;
    QString m_mergeKey; ///< empty: never merges
    Apply m_apply;
};

} // namespace eol::ui::editor
