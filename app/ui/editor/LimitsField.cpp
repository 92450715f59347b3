#include "ui/editor/LimitsField.h"

#include "plan/PlanDocument.h"
#include "plan/PlanWriter.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <cmath>
#include <optional>
#include <utility>

namespace eol::ui::editor {

using core::plan::JsonNode;
using core::plan::PlanWriter;

namespace {

/// The number typed, or nullopt for an empty field; `ok` is false for text that is no number.
std::optional<double> parseBound(const QString& text, bool* ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Plans are written with '.' whatever the operator's locale; accept ',' as a typo of it.
    QString normal = t;
    normal.replace(QLatin1Char(','), QLatin1Char('.'));
    const double value = normal.toDouble(ok);
    if (!*ok || !std::isfinite(value)) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

/// Styled by the editor's style sheet (QLineEdit[notANumber="true"]).
void markNotANumber(QLineEdit* edit, bool bad)
{
    if (edit->property("notANumber").toBool() == bad)
        return;
    edit->setProperty("notANumber", bad);
    edit->setToolTip(bad ? LimitsField::tr("not a number: a limit is written like 3300 or 0.05")
                         : QString());
    edit->style()->unpolish(edit);
    edit->style()->polish(edit);
}

QString boundText(const JsonNode* bound)
{
    return bound && bound->isNumber() ? PlanWriter::formatNumber(bound->toDouble()) : QString();
}

} // namespace

LimitsField::LimitsField(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_low = new QLineEdit(this);
    m_low->setObjectName(QStringLiteral("step.range.low"));
    m_low->setPlaceholderText(tr("no lower limit"));
    m_high = new QLineEdit(this);
    m_high->setObjectName(QStringLiteral("step.range.high"));
    m_high->setPlaceholderText(tr("no upper limit"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("step.range.unit"));
    m_unit->setPlaceholderText(tr("unit, e.g. mV"));
    m_unit->setMaximumWidth(120);
    grid->addWidget(new QLabel(tr("Low"), this), 0, 0);
    grid->addWidget(new QLabel(tr("High"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Unit"), this), 0, 2);
    grid->addWidget(m_low, 1, 0);
    grid->addWidget(m_high, 1, 1);
    grid->addWidget(m_unit, 1, 2);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("limitsRule"));
    grid->addWidget(m_rule, 2, 0, 1, 3);
    // The validator pages share the height of the tallest: keep the limits at the top.
    grid->setRowStretch(3, 1);
    for (QLineEdit* e : {m_low, m_high, m_unit})
        connect(e, &QLineEdit::textEdited, this, &LimitsField::onEdited);
}

void LimitsField::setJsonValue(const JsonNode* range, const QString& variable)
{
    m_variable = variable;
    m_range = range && range->isObject() ? *range : JsonNode::object();
    const QString low = boundText(m_range.find(QStringLiteral("low")));
    const QString high = boundText(m_range.find(QStringLiteral("high")));
    const JsonNode* unit = m_range.find(QStringLiteral("unit"));
    const QString unitText = unit && unit->isString() ? unit->toString() : QString();
    // A field being typed in keeps its text while it means the same number ("4.50" = 4.5).
    for (const auto& [edit, wanted] : {std::pair{m_low, low}, std::pair{m_high, high}}) {
        bool ok = false;
        const auto typed = parseBound(edit->text(), &ok);
        if (!ok || (typed ? PlanWriter::formatNumber(*typed) : QString()) != wanted)
            edit->setText(wanted);
        markNotANumber(edit, false);
    }
    if (m_unit->text() != unitText)
        m_unit->setText(unitText);
    updateRule();
}

void LimitsField::setEditable(bool editable)
{
    for (QLineEdit* e : {m_low, m_high, m_unit})
        e->setReadOnly(!editable);
}

QString LimitsField::ruleText() const
{
    return m_rule->text();
}

void LimitsField::onEdited()
{
    bool lowOk = false;
    bool highOk = false;
    const auto low = parseBound(m_low->text(), &lowOk);
    const auto high = parseBound(m_high->text(), &highOk);
    markNotANumber(m_low, !lowOk);
    markNotANumber(m_high, !highOk);
    if (!lowOk || !highOk)
        return; // nothing to write until the text is a number again
    JsonNode range = m_range;
    core::plan::PlanDocument::setOrRemove(&range, QStringLiteral("low"),
                                          low ? JsonNode::fromNumber(*low) : JsonNode());
    core::plan::PlanDocument::setOrRemove(&range, QStringLiteral("high"),
                                          high ? JsonNode::fromNumber(*high) : JsonNode());
    core::plan::PlanDocument::setOrRemove(
        &range, QStringLiteral("unit"),
        m_unit->text().isEmpty() ? JsonNode() : JsonNode::fromString(m_unit->text()));
    m_range = range;
    updateRule();
    Q_EMIT edited(range);
}

void LimitsField::updateRule()
{
    const QString low = boundText(m_range.find(QStringLiteral("low")));
    const QString high = boundText(m_range.find(QStringLiteral("high")));
    const JsonNode* unitNode = m_range.find(QStringLiteral("unit"));
    const QString unit = unitNode && unitNode->isString() ? unitNode->toString() : QString();
    const QString name = m_variable.isEmpty() ? tr("value") : m_variable;
    QString rule;
    if (!low.isEmpty() && !high.isEmpty())
        rule = QStringLiteral("%1 ≤ %2 ≤ %3").arg(low, name, high);
    else if (!low.isEmpty())
        rule = QStringLiteral("%1 ≥ %2").arg(name, low);
    else if (!high.isEmpty())
        rule = QStringLiteral("%1 ≤ %2").arg(name, high);
    else
        rule = tr("set a low limit, a high limit or both");
    if (!unit.isEmpty() && (!low.isEmpty() || !high.isEmpty()))
        rule += QLatin1Char(' ') + unit;
    m_rule->setText(tr("Passes when %1").arg(rule));
}

} // namespace eol::ui::editor
