#include "ui/editor/PlanEditCommand.h"

namespace eol::ui::editor {

namespace {
constexpr int kFieldEditId = 0x504c; // any fixed id: merging is decided by the merge key
} // namespace

PlanEditCommand::PlanEditCommand(const QString& text, core::plan::JsonNode before,
                                 core::plan::JsonNode after, EditorSelection selectionBefore,
                                 EditorSelection selectionAfter, QString mergeKey, Apply apply)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_selectionBefore(selectionBefore), m_selectionAfter(selectionAfter),
      m_mergeKey(std::move(mergeKey)), m_apply(std::move(apply))
{
}

void PlanEditCommand::undo()
{
    m_apply(m_before, m_selectionBefore);
}

void PlanEditCommand::redo()
{
    m_apply(m_after, m_selectionAfter);
}

int PlanEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kFieldEditId;
}

bool PlanEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const PlanEditCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_selectionAfter = next->m_selectionAfter;
    // Typed and then deleted again: nothing left to undo.
    setObsolete(m_after.sameValue(m_before));
    return true;
}

} // namespace eol::ui::editor
