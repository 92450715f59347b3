#pragma once

#include "plan/JsonNode.h"

#include <QSpinBox>

namespace eol::ui::editor {

/// An integer the plan may leave out (then its default applies): a spin box whose lowest
/// position reads "default (5000 ms)" and means "not in the file".
class OptionalIntField : public QSpinBox
{
    Q_OBJECT
public:
    OptionalIntField(int minimum, int maximum, int defaultValue, const QString& unit,
                     QWidget* parent = nullptr);

    /// Shows `value` (a number, or Null/absent for the default) without emitting edited().
    void setJsonValue(const core::plan::JsonNode* value);
    /// A Number, or Null when the default is selected.
    core::plan::JsonNode jsonValue() const;

Q_SIGNALS:
    void edited(const eol::core::plan::JsonNode& value);

private:
    bool m_loading = false;
};

} // namespace eol::ui::editor
