#pragma once

#include "plan/PlanDocument.h"

namespace eol::ui::editor {

/// What the editor shows: the plan header, a section, or one step.
struct EditorSelection
{
    enum class Kind
    {
        Header,
        Section,
        Step
    };
    using Section = core::plan::PlanDocument::Section;

    Kind kind = Kind::Header;
    Section section = Section::Steps;
    int index = -1; ///< the step's index in its section (Kind::Step)

    static EditorSelection header() { return {}; }
    static EditorSelection ofSection(Section s) { return {Kind::Section, s, -1}; }
    static EditorSelection step(Section s, int i) { return {Kind::Step, s, i}; }
    bool operator==(const EditorSelection& o) const
    {
        return kind == o.kind && (kind == Kind::Header || section == o.section) &&
               (kind != Kind::Step || index == o.index);
    }
};

} // namespace eol::ui::editor
