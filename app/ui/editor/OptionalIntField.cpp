#include "ui/editor/OptionalIntField.h"

#include <QSignalBlocker>

namespace eol::ui::editor {

OptionalIntField::OptionalIntField(int minimum, int maximum, int defaultValue, const QString& unit,
                                   QWidget* parent)
    : QSpinBox(parent)
{
    // One below the format's minimum is the "not set" position.
    setRange(minimum - 1, maximum);
    setSpecialValueText(unit.isEmpty() ? tr("default (%1)").arg(defaultValue)
                                       : tr("default (%1 %2)").arg(defaultValue).arg(unit));
    if (!unit.isEmpty())
        setSuffix(QLatin1Char(' ') + unit);
    setAccelerated(true);
    setMinimumWidth(150);
    connect(this, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(jsonValue());
    });
}

void OptionalIntField::setJsonValue(const core::plan::JsonNode* value)
{
    const int shown = value && value->isInteger() ? int(value->toDouble()) : minimum();
    if (this->value() == shown)
        return;
    m_loading = true;
    setValue(shown);
    m_loading = false;
}

core::plan::JsonNode OptionalIntField::jsonValue() const
{
    return value() == minimum() ? core::plan::JsonNode()
                                : core::plan::JsonNode::fromNumber(value());
}

} // namespace eol::ui::editor
