#pragma once

#include <QString>

namespace eol::ui::editor {

/// The plan editor's look: a calm light desktop style at normal size, for people who edit plans
/// all day. Set on the editor window, it also overrides the operator screen's application-wide
/// style sheet (dark, huge type for gloves), which would otherwise apply to the editor too.
class EditorStyle
{
public:
    static QString styleSheet();
};

} // namespace eol::ui::editor
