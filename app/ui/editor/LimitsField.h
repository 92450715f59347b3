#pragma once

#include "plan/JsonNode.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace eol::ui::editor {

/// A check's `range` limits: low and high (either may be left out, not both) and the unit, with
/// the rule they make shown in words ("3300 ≤ battery_mv ≤ 4500 mV").
class LimitsField : public QWidget
{
    Q_OBJECT
public:
    explicit LimitsField(QWidget* parent = nullptr);

    /// Shows the `range` object without emitting edited(); `variable` names the checked value.
    void setJsonValue(const core::plan::JsonNode* range, const QString& variable);
    void setEditable(bool editable);

    QLineEdit* lowEdit() const { return m_low; }
    QLineEdit* highEdit() const { return m_high; }
    QLineEdit* unitEdit() const { return m_unit; }
    QString ruleText() const;

Q_SIGNALS:
    /// The new `range` object. Emitted only when every bound typed is a number.
    void edited(const eol::core::plan::JsonNode& range);

private:
    void onEdited();
    void updateRule();

    QLineEdit* m_low = nullptr;
    QLineEdit* m_high = nullptr;
    QLineEdit* m_unit = nullptr;
    QLabel* m_rule = nullptr;
    QString m_variable;
    core::plan::JsonNode m_range; ///< as loaded, so keys this form does not show survive
};

} // namespace eol::ui::editor
