#include "ui/editor/OnFailField.h"

#include "plan/PlanFormat.h"
#include "ui/editor/OptionalIntField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace eol::ui::editor {

namespace {

// Combo positions.
constexpr int kDefault = 0;
constexpr int kStop = 1;
constexpr int kContinue = 2;
constexpr int kRetry = 3;

} // namespace

using core::plan::JsonNode;

OnFailField::OnFailField(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("step.on_fail"));
    m_action->addItem(tr("Stop the run (default)"));
    m_action->addItem(tr("Stop the run (written out)"));
    m_action->addItem(tr("Continue with the next step"));
    m_action->addItem(tr("Retry the step"));
    m_action->setToolTip(tr("What happens when this step does not pass. Stop skips the remaining "
                            "steps and goes to teardown; teardown always runs."));
    layout->addWidget(m_action);

    m_retryLabel = new QLabel(tr("more attempts:"), this);
    m_retry = new QSpinBox(this);
    m_retry->setObjectName(QStringLiteral("step.on_fail.retry"));
    m_retry->setRange(1, core::plan::PlanFormat::kMaxRetries);
    m_delayLabel = new QLabel(tr("apart:"), this);
    m_delay = new OptionalIntField(0, core::plan::PlanFormat::kMaxTimeoutMs, 0,
                                   QStringLiteral("ms"), this);
    m_delay->setObjectName(QStringLiteral("step.on_fail.delay_ms"));
    layout->addWidget(m_retryLabel);
    layout->addWidget(m_retry);
    layout->addWidget(m_delayLabel);
    layout->addWidget(m_delay);
    layout->addStretch(1);

    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emitEdited();
    });
    connect(m_retry, &QSpinBox::valueChanged, this, &OnFailField::emitEdited);
    connect(m_delay, &OptionalIntField::edited, this, &OnFailField::emitEdited);
    updateVisibility();
}

void OnFailField::setJsonValue(const JsonNode* value)
{
    m_loading = true;
    int action = kDefault;
    if (value && value->isString()) {
        action = value->toString() == QLatin1String("continue") ? kContinue : kStop;
    } else if (value && value->isObject()) {
        action = kRetry;
        const JsonNode* retry = value->find(QStringLiteral("retry"));
        m_retry->setValue(retry && retry->isInteger() ? int(retry->toDouble()) : 1);
        m_delay->setJsonValue(value->find(QStringLiteral("delay_ms")));
    }
    m_action->setCurrentIndex(action);
    updateVisibility();
    m_loading = false;
}

JsonNode OnFailField::jsonValue() const
{
    switch (m_action->currentIndex()) {
    case kStop:
        return JsonNode::fromString(QStringLiteral("stop"));
    case kContinue:
        return JsonNode::fromString(QStringLiteral("continue"));
    case kRetry: {
        JsonNode policy = JsonNode::object();
        policy.setMember(QStringLiteral("retry"), JsonNode::fromNumber(m_retry->value()));
        const JsonNode delay = m_delay->jsonValue();
        if (!delay.isNull())
            policy.setMember(QStringLiteral("delay_ms"), delay);
        return policy;
    }
    default:
        return {};
    }
}

void OnFailField::setEditable(bool editable)
{
    m_action->setEnabled(editable);
    m_retry->setEnabled(editable);
    m_delay->setEnabled(editable);
}

void OnFailField::updateVisibility()
{
    const bool retry = m_action->currentIndex() == kRetry;
    for (QWidget* w : {static_cast<QWidget*>(m_retryLabel), static_cast<QWidget*>(m_retry),
                       static_cast<QWidget*>(m_delayLabel), static_cast<QWidget*>(m_delay)})
        w->setVisible(retry);
}

void OnFailField::emitEdited()
{
    if (!m_loading)
        Q_EMIT edited(jsonValue());
}

} // namespace eol::ui::editor
