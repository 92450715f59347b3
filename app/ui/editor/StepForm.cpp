#include "ui/editor/StepForm.h"

#include "plan/PlanDocument.h"
#include "plan/PlanFormat.h"
#include "plan/PlanWriter.h"
#include "ui/editor/LimitsField.h"
#include "ui/editor/OnFailField.h"
#include "ui/editor/OptionalIntField.h"
#include "ui/editor/RegexField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace eol::ui::editor {

using core::plan::JsonNode;
using core::plan::PlanDocument;
using core::plan::PlanFormat;

namespace {

QLabel* helpLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("help"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

/// A key as a hardware lead reads it in a plan file, for the field's tooltip.
QString keyTip(const QString& key, const QString& text)
{
    return QStringLiteral("<b>%1</b> — %2").arg(key, text);
}

/// How a value the form cannot show looks in the file.
QString shortJson(const JsonNode& value)
{
    JsonNode holder = JsonNode::object();
    holder.setMember(QStringLiteral("v"), value);
    QString text = QString::fromUtf8(core::plan::PlanWriter::write(holder)).simplified();
    text = text.mid(QStringLiteral("{ \"v\": ").size());
    text.chop(2);
    return text.size() > 80 ? text.left(79) + QStringLiteral("…") : text;
}

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

StepForm::StepForm(QWidget* parent) : QWidget(parent), m_step(JsonNode::object())
{
    setObjectName(QStringLiteral("stepForm"));
    m_variables = new QStringListModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    buildCommon(layout);

    m_kindBox = new QGroupBox(this);
    m_kindBox->setObjectName(QStringLiteral("kindBox"));
    auto* kindLayout = new QVBoxLayout(m_kindBox);
    m_kindHelp = helpLabel(QString(), m_kindBox);
    kindLayout->addWidget(m_kindHelp);
    m_pages = new QStackedWidget(m_kindBox);
    m_pages->addWidget(buildAtPage());
    m_pages->addWidget(buildCheckPage());
    m_pages->addWidget(buildWaitForPage());
    m_pages->addWidget(buildDelayPage());
    m_pages->addWidget(buildPromptPage());
    kindLayout->addWidget(m_pages);
    layout->addWidget(m_kindBox);

    m_foreignBox = new QGroupBox(tr("Keys that do not belong in this step"), this);
    m_foreignBox->setObjectName(QStringLiteral("foreignKeys"));
    auto* foreignLayout = new QVBoxLayout(m_foreignBox);
    foreignLayout->addWidget(helpLabel(
        tr("The plan format does not allow these keys here, so the plan does not pass the check "
           "(see Problems). They are kept as they are until you remove them."),
        m_foreignBox));
    m_foreignList = new QListWidget(m_foreignBox);
    m_foreignList->setObjectName(QStringLiteral("foreignKeyList"));
    m_foreignList->setMaximumHeight(100);
    m_foreignList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    foreignLayout->addWidget(m_foreignList);
    m_foreignRemove = new QPushButton(tr("Remove selected key"), m_foreignBox);
    m_foreignRemove->setObjectName(QStringLiteral("removeForeignKey"));
    foreignLayout->addWidget(m_foreignRemove, 0, Qt::AlignLeft);
    connect(m_foreignRemove, &QPushButton::clicked, this, &StepForm::removeForeignKey);
    layout->addWidget(m_foreignBox);
    layout->addStretch(1);
}

void StepForm::buildCommon(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Step"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_id = new QLineEdit(box);
    m_id->setObjectName(QStringLiteral("step.id"));
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_id->setToolTip(keyTip(QStringLiteral("id"),
                            tr("unique in the plan; records, QA reports and job cards refer to "
                               "it. Letters, digits, '.', '_' and '-'.")));
    form->addRow(tr("Id"), m_id);
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(QStringLiteral("id"), JsonNode::fromString(text), true);
    });

    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("step.name"));
    m_name->setToolTip(
        keyTip(QStringLiteral("name"), tr("what operators and QA read; empty: the id is shown")));
    form->addRow(tr("Name"), m_name);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(QStringLiteral("name"), text.isEmpty() ? JsonNode() : JsonNode::fromString(text),
             true);
    });

    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("step.kind"));
    const QStringList kindNames = {tr("AT command"), tr("Check a value"),
                                   tr("Wait for a line from the DUT"), tr("Delay"),
                                   tr("Ask the operator")};
    for (int i = 0; i < PlanFormat::kinds().size(); ++i)
        m_kind->addItem(QStringLiteral("%1  (%2)").arg(kindNames.at(i), PlanFormat::kinds().at(i)),
                        PlanFormat::kinds().at(i));
    m_kind->setToolTip(keyTip(QStringLiteral("kind"),
                              tr("changing it keeps id, name, if_set and on_fail and replaces the "
                                 "other keys (undo brings them back)")));
    form->addRow(tr("Kind"), m_kind);
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { changeKind(m_kind->itemData(index).toString()); });

    m_ifSet = new QLineEdit(box);
    m_ifSet->setObjectName(QStringLiteral("step.if_set"));
    m_ifSet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ifSet->setPlaceholderText(tr("always run"));
    m_ifSet->setToolTip(keyTip(QStringLiteral("if_set"),
                               tr("a variable name: the step is skipped when that variable is "
                                  "unset or empty, e.g. 'serial' when no serial was scanned")));
    m_ifSet->setCompleter(new QCompleter(m_variables, m_ifSet));
    form->addRow(tr("Run only if set"), m_ifSet);
    connect(m_ifSet, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(QStringLiteral("if_set"), text.isEmpty() ? JsonNode() : JsonNode::fromString(text),
             true);
    });

    m_onFail = new OnFailField(box);
    m_onFail->setToolTip(keyTip(QStringLiteral("on_fail"), tr("what happens when the step "
                                                              "does not pass")));
    form->addRow(tr("On failure"), m_onFail);
    connect(m_onFail, &OnFailField::edited, this,
            [this](const JsonNode& value) { edit(QStringLiteral("on_fail"), value, true); });
    layout->addWidget(box);
}

QWidget* StepForm::buildAtPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_command = new QLineEdit(page);
    m_command->setObjectName(QStringLiteral("at.command"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setPlaceholderText(tr("e.g. AT+CGSN=1 — ${variables} are replaced"));
    m_command->setToolTip(
        keyTip(QStringLiteral("command"), tr("one line; the transport's line ending is appended")));
    form->addRow(tr("Command"), m_command);
    connect(m_command, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(QStringLiteral("command"), JsonNode::fromString(text), true);
    });

    m_expect = new RegexField(RegexField::Mode::Search,
                              tr("test: paste the DUT's answer here, "
                                 "e.g. +CGSN: \"352656101576604\""),
                              page);
    m_expect->setObjectName(QStringLiteral("at.expect"));
    m_expect->patternEdit()->setObjectName(QStringLiteral("at.expect.pattern"));
    m_expect->setToolTip(keyTip(QStringLiteral("expect"),
                                tr("searched in the answer's information lines joined by a line "
                                   "break (echo and URCs already removed). Anchor to one line "
                                   "with (?m)^…$. Named groups (?<name>…) become variables. "
                                   "Empty: any OK answer passes.")));
    form->addRow(tr("Expect"), m_expect);
    connect(m_expect, &RegexField::patternEdited, this, [this](const QString& text) {
        edit(QStringLiteral("expect"), text.isEmpty() ? JsonNode() : JsonNode::fromString(text),
             true);
    });

    m_expectError = new QCheckBox(tr("the command must answer ERROR / +CME ERROR"), page);
    m_expectError->setObjectName(QStringLiteral("at.expect_error"));
    m_expectError->setToolTip(keyTip(QStringLiteral("expect_error"),
                                     tr("unticked: the key is left out (an OK answer passes)")));
    form->addRow(tr("Expect error"), m_expectError);
    connect(m_expectError, &QCheckBox::toggled, this, [this](bool on) {
        edit(QStringLiteral("expect_error"), on ? JsonNode::fromBool(true) : JsonNode(), false);
    });

    m_atTimeout = new OptionalIntField(1, PlanFormat::kMaxTimeoutMs, PlanFormat::kDefaultTimeoutMs,
                                       QStringLiteral("ms"), page);
    m_atTimeout->setObjectName(QStringLiteral("at.timeout_ms"));
    m_atTimeout->setToolTip(
        keyTip(QStringLiteral("timeout_ms"), tr("how long to wait for the final result code")));
    form->addRow(tr("Timeout"), m_atTimeout);
    connect(m_atTimeout, &OptionalIntField::edited, this,
            [this](const JsonNode& value) { edit(QStringLiteral("timeout_ms"), value, true); });

    auto* resend = new QWidget(page);
    auto* resendLayout = new QHBoxLayout(resend);
    resendLayout->setContentsMargins(0, 0, 0, 0);
    m_retries = new OptionalIntField(0, PlanFormat::kMaxRetries, 0, QString(), resend);
    m_retries->setObjectName(QStringLiteral("at.retries"));
    m_retries->setToolTip(keyTip(QStringLiteral("retries"),
                                 tr("re-sends of the command after ERROR, a timeout or no match "
                                    "(the step is one attempt; see On failure for retrying the "
                                    "whole step)")));
    m_retryDelay =
        new OptionalIntField(0, PlanFormat::kMaxTimeoutMs, 0, QStringLiteral("ms"), resend);
    m_retryDelay->setObjectName(QStringLiteral("at.retry_delay_ms"));
    m_retryDelay->setToolTip(
        keyTip(QStringLiteral("retry_delay_ms"), tr("pause between re-sends")));
    resendLayout->addWidget(m_retries);
    resendLayout->addWidget(new QLabel(tr("apart:"), resend));
    resendLayout->addWidget(m_retryDelay);
    resendLayout->addStretch(1);
    form->addRow(tr("Re-sends"), resend);
    connect(m_retries, &OptionalIntField::edited, this,
            [this](const JsonNode& value) { edit(QStringLiteral("retries"), value, true); });
    connect(m_retryDelay, &OptionalIntField::edited, this,
            [this](const JsonNode& value) { edit(QStringLiteral("retry_delay_ms"), value, true); });
    return page;
}

QWidget* StepForm::buildCheckPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_variable = new QLineEdit(page);
    m_variable->setObjectName(QStringLiteral("check.variable"));
    m_variable->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_variable->setCompleter(new QCompleter(m_variables, m_variable));
    m_variable->setToolTip(keyTip(QStringLiteral("variable"),
                                  tr("the value checked: a capture of an earlier step, a declared "
                                     "variable or a built-in")));
    form->addRow(tr("Variable"), m_variable);
    connect(m_variable, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(QStringLiteral("variable"), JsonNode::fromString(text), true);
    });

    m_validator = new QComboBox(page);
    m_validator->setObjectName(QStringLiteral("check.validator"));
    const QStringList names = {
        tr("IMEI check digit (Luhn)"),          tr("ICCID check digit (Luhn)"),
        tr("Regular expression (whole value)"), tr("Range (limits)"),
        tr("Equals another variable"),          tr("P-256 public key")};
    for (int i = 0; i < PlanFormat::checkValidators().size(); ++i)
        m_validator->addItem(
            QStringLiteral("%1  (%2)").arg(names.at(i), PlanFormat::checkValidators().at(i)),
            PlanFormat::checkValidators().at(i));
    form->addRow(tr("Validator"), m_validator);
    connect(m_validator, &QComboBox::activated, this,
            [this](int index) { changeValidator(m_validator->itemData(index).toString()); });

    m_validatorPages = new QStackedWidget(page);
    // imei_luhn, iccid_luhn
    m_validatorPages->addWidget(helpLabel(tr("Passes for exactly 15 digits with a valid Luhn "
                                             "check digit (3GPP TS 23.003)."),
                                          m_validatorPages));
    m_validatorPages->addWidget(helpLabel(tr("One trailing F filler is removed; then passes for "
                                             "19–20 digits starting with 89 with a valid Luhn "
                                             "check digit."),
                                          m_validatorPages));
    m_checkRegex =
        new RegexField(RegexField::Mode::WholeValue,
                       tr("test: type a value, e.g. mfw_nrf9160_1.3.5"), m_validatorPages);
    m_checkRegex->setObjectName(QStringLiteral("check.regex"));
    m_checkRegex->patternEdit()->setObjectName(QStringLiteral("check.regex.pattern"));
    m_validatorPages->addWidget(m_checkRegex);
    connect(m_checkRegex, &RegexField::patternEdited, this, [this](const QString& text) {
        edit(QStringLiteral("regex"), JsonNode::fromString(text), true);
    });
    m_limits = new LimitsField(m_validatorPages);
    m_limits->setObjectName(QStringLiteral("check.range"));
    m_validatorPages->addWidget(m_limits);
    connect(m_limits, &LimitsField::edited, this,
            [this](const JsonNode& range) { edit(QStringLiteral("range"), range, true); });
    m_equals = new QLineEdit(m_validatorPages);
    m_equals->setObjectName(QStringLiteral("check.equals"));
    m_equals->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_equals->setCompleter(new QCompleter(m_variables, m_equals));
    m_equals->setPlaceholderText(tr("the other variable, e.g. serial"));
    m_validatorPages->addWidget(m_equals);
    connect(m_equals, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(QStringLiteral("equals"), JsonNode::fromString(text), true);
    });
    m_validatorPages->addWidget(helpLabel(
        tr("Passes for a P-256 public key (base64url/base64 DER, PEM, or the hex of the 65-byte "
           "point; nRF91 %KEYGEN output is accepted). Sets <variable>_pem and <variable>_sha256 "
           "for later steps and the record."),
        m_validatorPages));
    form->addRow(QString(), m_validatorPages);
    return page;
}

QWidget* StepForm::buildWaitForPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_pattern = new RegexField(RegexField::Mode::Search,
                               tr("test: a line the DUT sends, e.g. Ready"), page);
    m_pattern->setObjectName(QStringLiteral("wait_for.pattern"));
    m_pattern->patternEdit()->setObjectName(QStringLiteral("wait_for.pattern.pattern"));
    m_pattern->setToolTip(keyTip(QStringLiteral("pattern"),
                                 tr("matched against each unsolicited or boot line; named groups "
                                    "are captured")));
    form->addRow(tr("Pattern"), m_pattern);
    connect(m_pattern, &RegexField::patternEdited, this, [this](const QString& text) {
        edit(QStringLiteral("pattern"), JsonNode::fromString(text), true);
    });
    m_waitTimeout = new OptionalIntField(1, PlanFormat::kMaxTimeoutMs,
                                         PlanFormat::kDefaultTimeoutMs, QStringLiteral("ms"), page);
    m_waitTimeout->setObjectName(QStringLiteral("wait_for.timeout_ms"));
    form->addRow(tr("Timeout"), m_waitTimeout);
    connect(m_waitTimeout, &OptionalIntField::edited, this,
            [this](const JsonNode& value) { edit(QStringLiteral("timeout_ms"), value, true); });
    return page;
}

QWidget* StepForm::buildDelayPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_duration = new QSpinBox(page);
    m_duration->setObjectName(QStringLiteral("delay.duration_ms"));
    m_duration->setRange(0, PlanFormat::kMaxTimeoutMs);
    m_duration->setSuffix(QStringLiteral(" ms"));
    m_duration->setAccelerated(true);
    m_duration->setMinimumWidth(150);
    form->addRow(tr("Duration"), m_duration);
    connect(m_duration, &QSpinBox::valueChanged, this, [this](int value) {
        edit(QStringLiteral("duration_ms"), JsonNode::fromNumber(value), true);
    });
    return page;
}

QWidget* StepForm::buildPromptPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_question = new QPlainTextEdit(page);
    m_question->setObjectName(QStringLiteral("prompt.question"));
    m_question->setTabChangesFocus(true);
    m_question->setMaximumHeight(80);
    m_question->setPlaceholderText(tr("a yes/no question the operator answers PASS or FAIL"));
    form->addRow(tr("Question"), m_question);
    connect(m_question, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            edit(QStringLiteral("question"), JsonNode::fromString(m_question->toPlainText()), true);
    });
    auto* imageRow = new QWidget(page);
    auto* imageLayout = new QHBoxLayout(imageRow);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    m_image = new QLineEdit(imageRow);
    m_image->setObjectName(QStringLiteral("prompt.image"));
    m_image->setPlaceholderText(tr("no picture (a path relative to the plan file)"));
    m_imageBrowse = new QPushButton(tr("Choose…"), imageRow);
    imageLayout->addWidget(m_image, 1);
    imageLayout->addWidget(m_imageBrowse);
    form->addRow(tr("Picture"), imageRow);
    connect(m_image, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(QStringLiteral("image"), text.isEmpty() ? JsonNode() : JsonNode::fromString(text),
             true);
    });
    connect(m_imageBrowse, &QPushButton::clicked, this, &StepForm::chooseImage);
    return page;
}

QString StepForm::currentKind() const
{
    return PlanDocument::stringOf(m_step, QStringLiteral("kind"));
}

void StepForm::setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void StepForm::setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void StepForm::load(const JsonNode& step)
{
    m_loading = true;
    m_step = step;
    const QString owner = PlanDocument::stringOf(step, QStringLiteral("id"));
    if (owner != m_sampleOwner) {
        const QList<std::pair<QString, RegexField*>> boxes = {
            {QStringLiteral("expect"), m_expect},
            {QStringLiteral("regex"), m_checkRegex},
            {QStringLiteral("pattern"), m_pattern}};
        for (const auto& [key, field] : boxes) {
            m_samples.insert(m_sampleOwner + QLatin1Char('/') + key,
                             field->sampleEdit()->toPlainText());
            const QString sample = m_samples.value(owner + QLatin1Char('/') + key);
            if (field->sampleEdit()->toPlainText() != sample)
                field->sampleEdit()->setPlainText(sample);
        }
        m_sampleOwner = owner;
    }
    const auto str = [&](const char* key) {
        return PlanDocument::stringOf(step, QLatin1String(key));
    };
    setText(m_id, str("id"));
    setText(m_name, str("name"));
    m_name->setPlaceholderText(str("id"));
    setText(m_ifSet, str("if_set"));
    m_onFail->setJsonValue(step.find(QStringLiteral("on_fail")));

    const QString kind = currentKind();
    const int kindIndex = int(PlanFormat::kinds().indexOf(kind));
    m_kind->setCurrentIndex(kindIndex);
    m_kindBox->setVisible(kindIndex >= 0);
    if (kindIndex >= 0)
        m_pages->setCurrentIndex(kindIndex);
    static const QStringList kHelp = {
        tr("Sends the command and waits for the final result code (OK, ERROR, +CME ERROR)."),
        tr("Validates one variable with exactly one validator. Fails when the DUT's value is "
           "bad; an error when the variable was never set."),
        tr("Waits for an unsolicited or boot line that matches the pattern."),
        tr("Pauses the run."),
        tr("Asks the operator a PASS/FAIL question (in try-out runs you answer it)."),
    };
    if (kindIndex >= 0) {
        m_kindBox->setTitle(m_kind->itemText(kindIndex));
        m_kindHelp->setText(kHelp.at(kindIndex));
    }

    if (kind == QLatin1String("at")) {
        setText(m_command, str("command"));
        m_expect->setPattern(str("expect"));
        const JsonNode* expectError = step.find(QStringLiteral("expect_error"));
        m_expectError->setChecked(expectError && expectError->isBool() && expectError->toBool());
        m_atTimeout->setJsonValue(step.find(QStringLiteral("timeout_ms")));
        m_retries->setJsonValue(step.find(QStringLiteral("retries")));
        m_retryDelay->setJsonValue(step.find(QStringLiteral("retry_delay_ms")));
    } else if (kind == QLatin1String("check")) {
        setText(m_variable, str("variable"));
        const QString validator = PlanDocument::validatorOf(step);
        const int v = int(PlanFormat::checkValidators().indexOf(validator));
        m_validator->setCurrentIndex(v);
        m_validatorPages->setVisible(v >= 0);
        if (v >= 0)
            m_validatorPages->setCurrentIndex(v);
        m_checkRegex->setPattern(str("regex"));
        m_limits->setJsonValue(step.find(QStringLiteral("range")), str("variable"));
        setText(m_equals, str("equals"));
    } else if (kind == QLatin1String("wait_for")) {
        m_pattern->setPattern(str("pattern"));
        m_waitTimeout->setJsonValue(step.find(QStringLiteral("timeout_ms")));
    } else if (kind == QLatin1String("delay")) {
        const JsonNode* duration = step.find(QStringLiteral("duration_ms"));
        const int value = duration && duration->isInteger() ? int(duration->toDouble()) : 0;
        if (m_duration->value() != value)
            m_duration->setValue(value);
    } else if (kind == QLatin1String("prompt")) {
        setText(m_question, str("question"));
        setText(m_image, str("image"));
    }

    QStringList keys;
    for (int i = 0; i < step.size(); ++i)
        keys.append(step.keyAt(i));
    const QStringList foreign = PlanFormat::foreignStepKeys(keys, kind);
    QStringList shown;
    for (const QString& key : foreign)
        shown.append(QStringLiteral("%1: %2").arg(key, shortJson(*step.find(key))));
    QStringList current;
    for (int i = 0; i < m_foreignList->count(); ++i)
        current.append(m_foreignList->item(i)->text());
    if (current != shown) {
        m_foreignList->clear();
        for (int i = 0; i < foreign.size(); ++i) {
            auto* item = new QListWidgetItem(shown.at(i), m_foreignList);
            item->setData(Qt::UserRole, foreign.at(i));
        }
    }
    m_foreignBox->setVisible(!foreign.isEmpty());
    m_loading = false;
}

void StepForm::setKnownVariables(const QStringList& names)
{
    if (m_variables->stringList() != names)
        m_variables->setStringList(names);
}

void StepForm::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit* e : {m_id, m_name, m_ifSet, m_command, m_variable, m_equals, m_image})
        e->setReadOnly(!editable);
    m_question->setReadOnly(!editable);
    for (RegexField* r : {m_expect, m_checkRegex, m_pattern})
        r->setReadOnly(!editable);
    m_limits->setEditable(editable);
    m_onFail->setEditable(editable);
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_expectError, m_atTimeout, m_retries,
                                                      m_retryDelay, m_validator, m_waitTimeout,
                                                      m_duration, m_imageBrowse, m_foreignRemove})
        w->setEnabled(editable);
}

QWidget* StepForm::fieldWidget(const QString& key) const
{
    const QString kind = currentKind();
    static const QHash<QString, int> kCommon = {{QStringLiteral("id"), 0},
                                                {QStringLiteral("name"), 1},
                                                {QStringLiteral("kind"), 2},
                                                {QStringLiteral("if_set"), 3},
                                                {QStringLiteral("on_fail"), 4}};
    if (kCommon.contains(key)) {
        const QList<QWidget*> common = {m_id, m_name, m_kind, m_ifSet, m_onFail};
        return common.at(kCommon.value(key));
    }
    if (kind == QLatin1String("at")) {
        const QHash<QString, QWidget*> at = {{QStringLiteral("command"), m_command},
                                             {QStringLiteral("expect"), m_expect},
                                             {QStringLiteral("expect_error"), m_expectError},
                                             {QStringLiteral("timeout_ms"), m_atTimeout},
                                             {QStringLiteral("retries"), m_retries},
                                             {QStringLiteral("retry_delay_ms"), m_retryDelay}};
        if (at.contains(key))
            return at.value(key);
    } else if (kind == QLatin1String("check")) {
        if (key == QLatin1String("variable"))
            return m_variable;
        if (key == QLatin1String("regex"))
            return m_checkRegex;
        if (key == QLatin1String("range"))
            return m_limits;
        if (key == QLatin1String("equals"))
            return m_equals;
        if (PlanFormat::checkValidators().contains(key))
            return m_validator;
    } else if (kind == QLatin1String("wait_for")) {
        if (key == QLatin1String("pattern"))
            return m_pattern;
        if (key == QLatin1String("timeout_ms"))
            return m_waitTimeout;
    } else if (kind == QLatin1String("delay")) {
        if (key == QLatin1String("duration_ms"))
            return m_duration;
    } else if (kind == QLatin1String("prompt")) {
        if (key == QLatin1String("question"))
            return m_question;
        if (key == QLatin1String("image"))
            return m_image;
    }
    return m_step.find(key) ? m_foreignBox : nullptr;
}

void StepForm::setProblems(const QHash<QString, QString>& problems)
{
    QHash<QString, QWidget*> marked;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        QWidget* w = it.key().isEmpty() ? nullptr : fieldWidget(it.key());
        if (!w)
            continue;
        // A regex field is marked on its pattern; the test box under it stays as it is.
        if (auto* regex = qobject_cast<RegexField*>(w))
            w = regex->patternEdit();
        marked.insert(it.key(), w);
        if (!w->property("problem").toBool() || w->toolTip() != it.value()) {
            if (!w->property("problem").toBool())
                w->setProperty("savedToolTip", w->toolTip());
            w->setProperty("problem", true);
            w->setToolTip(it.value());
            repolish(w);
        }
    }
    for (QWidget* w : std::as_const(m_problemWidgets)) {
        if (std::find(marked.cbegin(), marked.cend(), w) != marked.cend())
            continue;
        w->setProperty("problem", false);
        w->setToolTip(w->property("savedToolTip").toString());
        repolish(w);
    }
    m_problemWidgets = marked;
}

void StepForm::focusField(const QString& key)
{
    QWidget* w = fieldWidget(key);
    if (auto* regex = qobject_cast<RegexField*>(w))
        w = regex->patternEdit();
    else if (w == m_limits)
        w = m_limits->lowEdit();
    else if (w == m_onFail)
        w = m_onFail->actionBox();
    if (w)
        w->setFocus(Qt::OtherFocusReason);
}

void StepForm::edit(const QString& key, const JsonNode& value, bool merge)
{
    if (m_loading || !m_editable)
        return;
    JsonNode step = m_step;
    PlanDocument::setOrRemove(&step, key, value);
    if (step.sameValue(m_step))
        return;
    const QString id = PlanDocument::stringOf(m_step, QStringLiteral("id"));
    // A renamed step keeps the samples in its test boxes.
    if (key == QLatin1String("id") && m_sampleOwner == id)
        m_sampleOwner = value.toString();
    Q_EMIT stepEdited(step, tr("Edit %1 of step '%2'").arg(key, id), merge ? key : QString());
}

void StepForm::changeKind(const QString& kind)
{
    if (m_loading || !m_editable || kind == currentKind())
        return;
    JsonNode step = m_step;
    PlanDocument::changeKind(&step, kind);
    Q_EMIT stepEdited(step,
                      tr("Make step '%1' a %2 step")
                          .arg(PlanDocument::stringOf(m_step, QStringLiteral("id")), kind),
                      QString());
}

void StepForm::changeValidator(const QString& validator)
{
    if (m_loading || !m_editable || validator == PlanDocument::validatorOf(m_step))
        return;
    JsonNode step = m_step;
    for (const QString& v : PlanFormat::checkValidators())
        step.removeMember(v);
    if (validator == QLatin1String("regex")) {
        step.setMember(validator, JsonNode::fromString(QStringLiteral(".+")));
    } else if (validator == QLatin1String("range")) {
        JsonNode range = JsonNode::object();
        range.setMember(QStringLiteral("low"), JsonNode::fromNumber(0));
        range.setMember(QStringLiteral("high"), JsonNode::fromNumber(100));
        step.setMember(validator, range);
    } else if (validator == QLatin1String("equals")) {
        step.setMember(validator, JsonNode::fromString(QStringLiteral("serial")));
    } else {
        step.setMember(validator, JsonNode::fromBool(true));
    }
    Q_EMIT stepEdited(step,
                      tr("Check step '%1' with %2")
                          .arg(PlanDocument::stringOf(m_step, QStringLiteral("id")), validator),
                      QString());
}

void StepForm::removeForeignKey()
{
    const QListWidgetItem* item = m_foreignList->currentItem();
    if (!item && m_foreignList->count() > 0)
        item = m_foreignList->item(0);
    if (!item || !m_editable)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    JsonNode step = m_step;
    step.removeMember(key);
    Q_EMIT stepEdited(step,
                      tr("Remove key '%1' from step '%2'")
                          .arg(key, PlanDocument::stringOf(m_step, QStringLiteral("id"))),
                      QString());
}

void StepForm::chooseImage()
{
    const QDir base(m_planDir.isEmpty() ? QDir::currentPath() : m_planDir);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Picture for the operator"), base.path(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    edit(QStringLiteral("image"), JsonNode::fromString(base.relativeFilePath(path)), false);
}

} // namespace eol::ui::editor
