#pragma once

#include "plan/JsonNode.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace eol::ui::editor {

class OptionalIntField;

/// A step's `on_fail` policy: stop (the default, or written out), continue, or retry N more
/// times M ms apart.
class OnFailField : public QWidget
{
    Q_OBJECT
public:
    explicit OnFailField(QWidget* parent = nullptr);

    /// Shows the policy (absent = default) without emitting edited().
    void setJsonValue(const core::plan::JsonNode* value);
    /// Null (default), "stop", "continue" or {"retry": N[, "delay_ms": M]}.
    core::plan::JsonNode jsonValue() const;
    void setEditable(bool editable);

    QComboBox* actionBox() const { return m_action; }
    QSpinBox* retryBox() const { return m_retry; }

Q_SIGNALS:
    void edited(const eol::core::plan::JsonNode& value);

private:
    void updateVisibility();
    void emitEdited();

    QComboBox* m_action = nullptr;
    QSpinBox* m_retry = nullptr;
    QLabel* m_retryLabel = nullptr;
    OptionalIntField* m_delay = nullptr;
    QLabel* m_delayLabel = nullptr;
    bool m_loading = false;
};

} // namespace eol::ui::editor
