#include "ui/editor/RegexField.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace eol::ui::editor {

namespace {

constexpr int kSampleLines = 2;

QString shown(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    return s.toHtmlEscaped();
}

} // namespace

RegexField::RegexField(Mode mode, const QString& samplePlaceholder, QWidget* parent)
    : QWidget(parent), m_mode(mode)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);

    m_pattern = new QLineEdit(this);
    m_pattern->setFont(mono);
    m_pattern->setPlaceholderText(tr("regular expression (PCRE), e.g. \\+CGSN: (?<imei>\\d+)"));
    layout->addWidget(m_pattern);

    m_sample = new QPlainTextEdit(this);
    m_sample->setObjectName(QStringLiteral("regexSample"));
    m_sample->setFont(mono);
    m_sample->setPlaceholderText(samplePlaceholder);
    m_sample->setTabChangesFocus(true);
    m_sample->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lineHeight = QFontMetrics(mono).lineSpacing();
    m_sample->setFixedHeight(lineHeight * kSampleLines + 14);
    m_sample->setToolTip(mode == Mode::Search
                             ? tr("Test box: paste what the DUT answers (one line per row). The "
                                  "pattern is searched in these lines joined by a line break, as "
                                  "the runner does. ${variables} are not expanded here.")
                             : tr("Test box: type a value. The pattern must match the whole "
                                  "value, as the runner checks it."));
    auto* sampleRow = new QHBoxLayout;
    sampleRow->setSpacing(6);
    auto* caption = new QLabel(tr("Test"), this);
    caption->setObjectName(QStringLiteral("help"));
    caption->setAlignment(Qt::AlignTop | Qt::AlignRight);
    caption->setContentsMargins(0, 4, 0, 0);
    caption->setToolTip(m_sample->toolTip());
    sampleRow->addWidget(caption);
    sampleRow->addWidget(m_sample, 1);
    layout->addLayout(sampleRow);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("regexResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_pattern, &QLineEdit::textEdited, this, [this](const QString& text) {
        updateResult();
        Q_EMIT patternEdited(text);
    });
    connect(m_sample, &QPlainTextEdit::textChanged, this, &RegexField::updateResult);
    updateResult();
}

QString RegexField::pattern() const
{
    return m_pattern->text();
}

void RegexField::setPattern(const QString& pattern)
{
    if (m_pattern->text() != pattern)
        m_pattern->setText(pattern);
    updateResult();
}

void RegexField::setReadOnly(bool readOnly)
{
    m_pattern->setReadOnly(readOnly);
}

QString RegexField::resultText() const
{
    return m_result->text();
}

void RegexField::updateResult()
{
    const QString pattern = m_pattern->text();
    const QString sample = m_sample->toPlainText();
    if (pattern.isEmpty()) {
        m_result->setText(QStringLiteral("<span style='color:#57606a'>%1</span>")
                              .arg(tr("no pattern: any answer is accepted")));
        return;
    }
    const QRegularExpression re(
        m_mode == Mode::WholeValue ? QRegularExpression::anchoredPattern(pattern) : pattern);
    if (!re.isValid()) {
        // Offsets refer to the pattern as typed (anchoring adds a prefix of 6 characters).
        const int offset = re.patternErrorOffset() -
                           (m_mode == Mode::WholeValue ? int(QStringLiteral("\\A(?:").size()) : 0);
        m_result->setText(QStringLiteral("<span style='color:#b00020'>✗ %1</span>")
                              .arg(tr("invalid: %1 at offset %2")
                                       .arg(re.errorString().toHtmlEscaped())
                                       .arg(qMax(0, offset))));
        return;
    }
    if (sample.isEmpty()) {
        QStringList groups;
        for (const QString& name : re.namedCaptureGroups()) {
            if (!name.isEmpty())
                groups.append(name);
        }
        m_result->setText(
            QStringLiteral("<span style='color:#57606a'>%1</span>")
                .arg(groups.isEmpty()
                         ? tr("valid; type a sample above to test it")
                         : tr("valid; captures %1 — type a sample above to test it")
                               .arg(groups.join(QStringLiteral(", ")).toHtmlEscaped())));
        return;
    }
    const QRegularExpressionMatch match = re.match(sample);
    if (!match.hasMatch()) {
        m_result->setText(QStringLiteral("<span style='color:#b00020'>✗ %1</span>")
                              .arg(m_mode == Mode::WholeValue
                                       ? tr("no match: the whole value must match")
                                       : tr("no match")));
        return;
    }
    QStringList captures;
    for (const QString& name : re.namedCaptureGroups()) {
        if (!name.isEmpty() && match.capturedStart(name) >= 0)
            captures.append(QStringLiteral("<b>%1</b> = %2")
                                .arg(name.toHtmlEscaped(), shown(match.captured(name))));
    }
    QString text = QStringLiteral("<span style='color:#1a7f37'>✓ %1</span> «%2»")
                       .arg(tr("match"), shown(match.captured(0)));
    if (!captures.isEmpty())
        text += QStringLiteral(" · ") + captures.join(QStringLiteral(" · "));
    m_result->setText(text);
}

} // namespace eol::ui::editor
