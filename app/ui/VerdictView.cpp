#include "ui/VerdictView.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace eol::ui {

namespace {

QString stepName(const core::runner::RunOutcome& outcome, const QString& stepId)
{
    for (const auto& s : outcome.steps) {
        if (s.stepId == stepId && !s.name.isEmpty())
            return s.name;
    }
    return stepId;
}

QString failingMessage(const core::runner::RunOutcome& outcome)
{
    const auto& r = outcome.record;
    if (!r.failureReason.isEmpty())
        return r.failureReason;
    for (const auto& s : outcome.steps) {
        if (s.stepId == r.failingStep && !s.message.isEmpty())
            return s.message;
    }
    return {};
}

} // namespace

VerdictView::VerdictView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("verdictView"));
    setAttribute(Qt::WA_StyledBackground, true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->setSpacing(4);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_serial = new QLabel(this);
    m_serial->setObjectName(QStringLiteral("verdictSerial"));
    m_serial->setAlignment(Qt::AlignCenter);
    m_serial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("verdictReason"));
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);

    m_identityBox = new QWidget(this);
    m_identityBox->setObjectName(QStringLiteral("verdictIdentity"));
    m_identity = new QGridLayout(m_identityBox);
    m_identity->setHorizontalSpacing(18);
    m_identity->setVerticalSpacing(4);

    m_next = new QLabel(tr("Scan the next unit"), this);
    m_next->setObjectName(QStringLiteral("verdictNext"));
    m_next->setAlignment(Qt::AlignCenter);
    // The verdict never makes the window grow past the screen (1366x768): it clips instead.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);

    layout->addStretch(1);
    layout->addWidget(m_headline);
    layout->addWidget(m_serial);
    layout->addWidget(m_reason);
    layout->addSpacing(4);
    layout->addWidget(m_identityBox, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    layout->addWidget(m_next);
}

void VerdictView::setKind(Kind kind)
{
    m_kind = kind;
    static const char* const kNames[] = {"pass", "fail", "error", "aborted"};
    setProperty("verdict", QLatin1String(kNames[int(kind)]));
    // Re-polish so the style sheet's [verdict="..."] selectors apply to the view and children.
    for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_headline),
                       static_cast<QWidget*>(m_serial), static_cast<QWidget*>(m_reason),
                       m_identityBox, static_cast<QWidget*>(m_next)}) {
        w->setProperty("verdict", QLatin1String(kNames[int(kind)]));
        style()->unpolish(w);
        style()->polish(w);
    }
}

void VerdictView::setIdentity(const QList<std::pair<QString, QString>>& rows)
{
    while (QLayoutItem* item = m_identity->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const auto& [key, value] : rows) {
        auto* k = new QLabel(key, m_identityBox);
        k->setObjectName(QStringLiteral("identityKey"));
        auto* v = new QLabel(value, m_identityBox);
        v->setObjectName(QStringLiteral("identityValue"));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_identity->addWidget(k, row, 0, Qt::AlignRight);
        m_identity->addWidget(v, row, 1, Qt::AlignLeft);
        ++row;
    }
    m_identityBox->setVisible(row > 0);
}

VerdictView::Kind VerdictView::showOutcome(const core::runner::RunOutcome& outcome)
{
    const auto& r = outcome.record;
    Kind kind = Kind::Error;
    QString reason;
    if (r.verdict == QLatin1String("pass") || r.verdict == QLatin1String("skipped")) {
        kind = Kind::Pass;
        m_headline->setText(tr("PASS"));
    } else if (r.verdict == QLatin1String("fail")) {
        kind = Kind::Fail;
        m_headline->setText(tr("FAIL"));
        reason = tr("Failed step: %1\n%2")
                     .arg(stepName(outcome, r.failingStep), failingMessage(outcome));
    } else if (r.verdict == QLatin1String("aborted")) {
        kind = Kind::Aborted;
        m_headline->setText(tr("ABORTED"));
        reason = tr("The test was stopped before the end. The unit is NOT tested — scan it "
                    "again to test it.");
    } else {
        kind = Kind::Error;
        m_headline->setText(tr("ERROR"));
        const QString step = r.failingStep.isEmpty() ? QString() : stepName(outcome, r.failingStep);
        reason = tr("Station problem, the unit was not judged.\n%1")
                     .arg(step.isEmpty() ? failingMessage(outcome)
                                         : tr("%1: %2").arg(step, failingMessage(outcome)));
    }
    m_serial->setText(r.serial.isEmpty() ? tr("(no serial)") : r.serial);
    m_reason->setText(reason.trimmed());
    m_reason->setVisible(!reason.isEmpty());

    QList<std::pair<QString, QString>> rows;
    auto addRow = [&rows](const QString& key, const QString& value) {
        if (!value.isEmpty())
            rows.append({key, value});
    };
    addRow(tr("IMEI"), r.imei);
    addRow(tr("ICCID"), r.attributes.value(QStringLiteral("iccid")).toString());
    addRow(tr("IMSI"), r.attributes.value(QStringLiteral("imsi")).toString());
    addRow(tr("Firmware"), r.attributes.value(QStringLiteral("firmware")).toString());
    QString fingerprint = r.attributes.value(QStringLiteral("public_key_sha256")).toString();
    if (fingerprint.size() > 32) // the first 128 bits identify the key at a glance
        fingerprint = QString(fingerprint.left(32) + QStringLiteral("…"));
    addRow(tr("Key fingerprint"), fingerprint);
    setIdentity(rows);
    setKind(kind);
    return kind;
}

void VerdictView::showStationError(const QString& headline, const QString& reason)
{
    m_headline->setText(headline);
    m_serial->clear();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    setIdentity({});
    setKind(Kind::Error);
}

QString VerdictView::headline() const
{
    return m_headline->text();
}

QString VerdictView::reason() const
{
    return m_reason->text();
}

} // namespace eol::ui
