#include "ui/editor/PlanHeaderForm.h"

#include "plan/PlanDocument.h"
#include "plan/PlanFormat.h"
#include "plan/PlanWriter.h"
#include "ui/editor/OptionalIntField.h"
#include "ui/editor/RegexField.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace eol::ui::editor {

using core::plan::JsonNode;
using core::plan::PlanDocument;
using core::plan::PlanFormat;

namespace {

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

QComboBox* choiceBox(const QString& objectName, const QString& defaultText,
                     const QList<std::pair<QString, QVariant>>& items, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    // Item 0 leaves the key out of the file (the default applies).
    box->addItem(defaultText, QVariant());
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    return box;
}

QString lineEndingName(const QString& ending)
{
    if (ending == QLatin1String("\r"))
        return QStringLiteral("CR  (\\r)");
    if (ending == QLatin1String("\n"))
        return QStringLiteral("LF  (\\n)");
    return QStringLiteral("CR LF  (\\r\\n)");
}

} // namespace

PlanHeaderForm::PlanHeaderForm(QWidget* parent) : QWidget(parent), m_root(JsonNode::object())
{
    setObjectName(QStringLiteral("headerForm"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto* planBox = new QGroupBox(tr("Plan"), this);
    auto* form = new QFormLayout(planBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Not editable: this station reads format 1 only, and a plan in another format needs a
    // conversion, not a different number.
    m_format = new QLabel(planBox);
    m_format->setObjectName(QStringLiteral("header.format"));
    form->addRow(tr("Format"), m_format);
    m_id = new QLineEdit(planBox);
    m_id->setObjectName(QStringLiteral("header.id"));
    m_id->setFont(mono);
    m_id->setToolTip(tr("<b>id</b> — job-card QR codes name the plan by it: lower-case letters, "
                        "digits, '.', '_' and '-'"));
    form->addRow(tr("Id"), m_id);
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString& text) {
        Q_EMIT headerEdited(QStringLiteral("id"), JsonNode::fromString(text), tr("Edit plan id"),
                            QStringLiteral("id"));
    });
    m_revision = new QSpinBox(planBox);
    m_revision->setObjectName(QStringLiteral("header.revision"));
    m_revision->setRange(1, std::numeric_limits<int>::max());
    m_revision->setToolTip(tr("<b>revision</b> — raise it with every released change (the "
                              "revision store does that when it releases)"));
    m_revision->setMaximumWidth(150);
    form->addRow(tr("Revision"), m_revision);
    connect(m_revision, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_loading)
            Q_EMIT headerEdited(QStringLiteral("revision"), JsonNode::fromNumber(value),
                                tr("Edit revision"), QStringLiteral("revision"));
    });
    m_product = new QLineEdit(planBox);
    m_product->setObjectName(QStringLiteral("header.product"));
    m_product->setPlaceholderText(tr("product name shown to operators"));
    form->addRow(tr("Product"), m_product);
    connect(m_product, &QLineEdit::textEdited, this, [this](const QString& text) {
        Q_EMIT headerEdited(QStringLiteral("product"), JsonNode::fromString(text),
                            tr("Edit product"), QStringLiteral("product"));
    });
    m_description = new QPlainTextEdit(planBox);
    m_description->setObjectName(QStringLiteral("header.description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_description->setPlaceholderText(tr("free text for leads and QA (optional)"));
    form->addRow(tr("Description"), m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QString text = m_description->toPlainText();
        Q_EMIT headerEdited(QStringLiteral("description"),
                            text.isEmpty() ? JsonNode() : JsonNode::fromString(text),
                            tr("Edit description"), QStringLiteral("description"));
    });
    m_serialPattern = new RegexField(RegexField::Mode::WholeValue,
                                     tr("test: a unit serial, e.g. SN00000001"), planBox);
    m_serialPattern->setObjectName(QStringLiteral("header.serial_pattern"));
    m_serialPattern->patternEdit()->setObjectName(QStringLiteral("header.serial_pattern.pattern"));
    m_serialPattern->patternEdit()->setPlaceholderText(tr("any serial"));
    form->addRow(tr("Serial pattern"), m_serialPattern);
    connect(m_serialPattern, &RegexField::patternEdited, this, [this](const QString& text) {
        Q_EMIT headerEdited(QStringLiteral("serial_pattern"),
                            text.isEmpty() ? JsonNode() : JsonNode::fromString(text),
                            tr("Edit serial pattern"), QStringLiteral("serial_pattern"));
    });
    layout->addWidget(planBox);

    auto* linkBox = new QGroupBox(tr("Serial link to the DUT"), this);
    auto* link = new QFormLayout(linkBox);
    QList<std::pair<QString, QVariant>> bauds;
    for (int rate : PlanFormat::baudRates())
        bauds.append({QString::number(rate), rate});
    m_baud = choiceBox(QStringLiteral("transport.baud"),
                       tr("default (%1)").arg(PlanFormat::kDefaultBaud), bauds, linkBox);
    QList<std::pair<QString, QVariant>> bits;
    for (int b = 5; b <= 8; ++b)
        bits.append({QString::number(b), b});
    m_dataBits = choiceBox(QStringLiteral("transport.data_bits"),
                           tr("default (%1)").arg(PlanFormat::kDefaultDataBits), bits, linkBox);
    const auto words = [](const QStringList& values) {
        QList<std::pair<QString, QVariant>> items;
        for (const QString& v : values)
            items.append({v, v});
        return items;
    };
    m_parity = choiceBox(QStringLiteral("transport.parity"), tr("default (none)"),
                         words(PlanFormat::parities()), linkBox);
    m_stopBits = choiceBox(QStringLiteral("transport.stop_bits"), tr("default (1)"),
                           words(PlanFormat::stopBits()), linkBox);
    m_flowControl = choiceBox(QStringLiteral("transport.flow_control"), tr("default (none)"),
                              words(PlanFormat::flowControls()), linkBox);
    QList<std::pair<QString, QVariant>> endings;
    for (const QString& e : PlanFormat::lineEndings())
        endings.append({lineEndingName(e), e});
    m_lineEnding =
        choiceBox(QStringLiteral("transport.line_ending"), tr("default (CR)"), endings, linkBox);
    m_openTimeout =
        new OptionalIntField(1, PlanFormat::kMaxTimeoutMs, PlanFormat::kDefaultOpenTimeoutMs,
                             QStringLiteral("ms"), linkBox);
    m_openTimeout->setObjectName(QStringLiteral("transport.open_timeout_ms"));

    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_baud);
    row1->addWidget(new QLabel(tr("data bits"), linkBox));
    row1->addWidget(m_dataBits);
    row1->addWidget(new QLabel(tr("parity"), linkBox));
    row1->addWidget(m_parity);
    row1->addWidget(new QLabel(tr("stop bits"), linkBox));
    row1->addWidget(m_stopBits);
    row1->addStretch(1);
    link->addRow(tr("Baud rate"), row1);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_flowControl);
    row2->addWidget(new QLabel(tr("line ending"), linkBox));
    row2->addWidget(m_lineEnding);
    row2->addWidget(new QLabel(tr("open timeout"), linkBox));
    row2->addWidget(m_openTimeout);
    row2->addStretch(1);
    link->addRow(tr("Flow control"), row2);
    m_usbIds = new QLineEdit(linkBox);
    m_usbIds->setObjectName(QStringLiteral("transport.usb"));
    m_usbIds->setPlaceholderText(tr("e.g. 1915 2c7c:0296 — as lsusb shows them"));
    m_usbIds->setToolTip(tr("<b>usb</b> — USB ids the unit or its adaptor enumerates as: a "
                            "vendor (<tt>1915</tt>) or vendor:product (<tt>2c7c:0296</tt>), "
                            "separated by spaces or commas. The station package's udev rules "
                            "give the operator access to these devices."));
    link->addRow(tr("USB ids"), m_usbIds);
    layout->addWidget(linkBox);
    connect(m_usbIds, &QLineEdit::editingFinished, this, [this] {
        static const QRegularExpression kSeparators(QStringLiteral("[\\s,;]+"));
        const QStringList typed = m_usbIds->text().split(kSeparators, Qt::SkipEmptyParts);
        QStringList before;
        const JsonNode* current = m_root.find(QStringLiteral("transport"));
        if (const JsonNode* usb = current ? current->find(QStringLiteral("usb")) : nullptr;
            usb && usb->isArray()) {
            for (int i = 0; i < usb->size(); ++i)
                before << usb->at(i).toString();
        }
        if (typed == before)
            return; // focus left without a change: no undo step
        JsonNode ids = JsonNode::array();
        for (const QString& id : typed)
            ids.append(JsonNode::fromString(id));
        editTransport(QStringLiteral("usb"), ids.size() == 0 ? JsonNode() : ids);
    });

    const QList<std::pair<QComboBox*, QString>> choices = {
        {m_baud, QStringLiteral("baud")},
        {m_dataBits, QStringLiteral("data_bits")},
        {m_parity, QStringLiteral("parity")},
        {m_stopBits, QStringLiteral("stop_bits")},
        {m_flowControl, QStringLiteral("flow_control")},
        {m_lineEnding, QStringLiteral("line_ending")}};
    for (const auto& [box, key] : choices) {
        connect(box, &QComboBox::activated, this, [this, box = box, key = key](int index) {
            const QVariant v = box->itemData(index);
            JsonNode value;
            if (v.typeId() == QMetaType::Int)
                value = JsonNode::fromNumber(v.toInt());
            else if (v.isValid())
                value = JsonNode::fromString(v.toString());
            editTransport(key, value);
        });
    }
    connect(m_openTimeout, &OptionalIntField::edited, this, [this](const JsonNode& value) {
        editTransport(QStringLiteral("open_timeout_ms"), value);
    });

    auto* varBox = new QGroupBox(tr("Variables and unsolicited lines"), this);
    auto* varLayout = new QHBoxLayout(varBox);
    auto* varColumn = new QVBoxLayout;
    varColumn->addWidget(new QLabel(tr("Initial variables (use as ${name})"), varBox));
    m_variables = new QTableWidget(0, 2, varBox);
    m_variables->setObjectName(QStringLiteral("header.variables"));
    m_variables->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->setVisible(false);
    m_variables->setFont(mono);
    m_variables->setMinimumHeight(110);
    m_variables->setSelectionBehavior(QAbstractItemView::SelectRows);
    varColumn->addWidget(m_variables);
    auto* varButtons = new QHBoxLayout;
    m_addVariable = new QPushButton(tr("Add variable"), varBox);
    m_addVariable->setObjectName(QStringLiteral("addVariable"));
    m_removeVariable = new QPushButton(tr("Remove"), varBox);
    m_removeVariable->setObjectName(QStringLiteral("removeVariable"));
    varButtons->addWidget(m_addVariable);
    varButtons->addWidget(m_removeVariable);
    varButtons->addStretch(1);
    varColumn->addLayout(varButtons);
    varLayout->addLayout(varColumn, 3);
    connect(m_variables, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            editVariables();
    });
    connect(m_addVariable, &QPushButton::clicked, this, &PlanHeaderForm::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this, &PlanHeaderForm::removeVariable);

    auto* urcColumn = new QVBoxLayout;
    urcColumn->addWidget(new QLabel(tr("URC prefixes (one per line)"), varBox));
    m_urcPrefixes = new QPlainTextEdit(varBox);
    m_urcPrefixes->setObjectName(QStringLiteral("header.urc_prefixes"));
    m_urcPrefixes->setFont(mono);
    m_urcPrefixes->setTabChangesFocus(true);
    m_urcPrefixes->setToolTip(tr("<b>urc_prefixes</b> — lines starting with these are "
                                 "unsolicited: the AT layer keeps them out of command answers "
                                 "and wait_for steps see them"));
    m_urcPrefixes->setMinimumHeight(110);
    urcColumn->addWidget(m_urcPrefixes);
    varLayout->addLayout(urcColumn, 2);
    connect(m_urcPrefixes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            editUrcPrefixes();
    });
    layout->addWidget(varBox);

    m_foreign = new QListWidget(this);
    m_foreign->setObjectName(QStringLiteral("header.foreign"));
    m_foreign->setFont(mono);
    m_foreign->setMaximumHeight(80);
    m_foreign->setToolTip(tr("Top-level keys the plan format does not know: kept in the file, "
                             "reported as problems."));
    layout->addWidget(m_foreign);
    layout->addStretch(1);
}

void PlanHeaderForm::loadChoice(QComboBox* box, const JsonNode* value)
{
    int index = 0;
    if (value) {
        for (int i = 1; i < box->count(); ++i) {
            const QVariant v = box->itemData(i);
            if ((value->isNumber() && v.typeId() == QMetaType::Int &&
                 v.toInt() == value->toDouble()) ||
                (value->isString() && v.typeId() == QMetaType::QString &&
                 v.toString() == value->toString()))
                index = i;
        }
    }
    box->setCurrentIndex(index);
}

void PlanHeaderForm::load(const JsonNode& root)
{
    m_loading = true;
    m_root = root;
    const auto str = [&](const char* key) {
        return PlanDocument::stringOf(root, QLatin1String(key));
    };
    const JsonNode* format = root.find(QStringLiteral("format"));
    m_format->setText(
        format && format->isNumber() && format->toDouble() == PlanFormat::kVersion
            ? tr("%1 (docs/plan-format.md)").arg(PlanFormat::kVersion)
            : tr("%1 — this station reads format %2 only")
                  .arg(format ? QString::fromUtf8(core::plan::PlanWriter::write(*format)).trimmed()
                              : tr("missing"))
                  .arg(PlanFormat::kVersion));
    if (m_id->text() != str("id"))
        m_id->setText(str("id"));
    const JsonNode* revision = root.find(QStringLiteral("revision"));
    const int rev = revision && revision->isInteger() ? int(revision->toDouble()) : 1;
    if (m_revision->value() != rev)
        m_revision->setValue(rev);
    if (m_product->text() != str("product"))
        m_product->setText(str("product"));
    if (m_description->toPlainText() != str("description"))
        m_description->setPlainText(str("description"));
    m_serialPattern->setPattern(str("serial_pattern"));

    const JsonNode* transportNode = root.find(QStringLiteral("transport"));
    const JsonNode transport =
        transportNode && transportNode->isObject() ? *transportNode : JsonNode::object();
    loadChoice(m_baud, transport.find(QStringLiteral("baud")));
    loadChoice(m_dataBits, transport.find(QStringLiteral("data_bits")));
    loadChoice(m_parity, transport.find(QStringLiteral("parity")));
    loadChoice(m_stopBits, transport.find(QStringLiteral("stop_bits")));
    loadChoice(m_flowControl, transport.find(QStringLiteral("flow_control")));
    loadChoice(m_lineEnding, transport.find(QStringLiteral("line_ending")));
    m_openTimeout->setJsonValue(transport.find(QStringLiteral("open_timeout_ms")));
    QStringList usbIds;
    if (const JsonNode* usb = transport.find(QStringLiteral("usb")); usb && usb->isArray()) {
        for (int i = 0; i < usb->size(); ++i)
            usbIds << usb->at(i).toString();
    }
    if (!m_usbIds->hasFocus())
        m_usbIds->setText(usbIds.join(QLatin1Char(' ')));

    // Variables: rebuilt only when they differ, so a cell being edited keeps its editor.
    const JsonNode* variables = root.find(QStringLiteral("variables"));
    QList<std::pair<QString, QString>> wanted;
    if (variables && variables->isObject()) {
        for (int i = 0; i < variables->size(); ++i)
            wanted.append({variables->keyAt(i),
                           variables->at(i).isString() ? variables->at(i).toString() : QString()});
    }
    QList<std::pair<QString, QString>> shown;
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        const auto text = [&](int c) {
            const QTableWidgetItem* item = m_variables->item(r, c);
            return item ? item->text() : QString();
        };
        shown.append({text(0), text(1)});
    }
    if (shown != wanted) {
        m_variables->setRowCount(int(wanted.size()));
        for (int r = 0; r < wanted.size(); ++r) {
            m_variables->setItem(r, 0, new QTableWidgetItem(wanted.at(r).first));
            m_variables->setItem(r, 1, new QTableWidgetItem(wanted.at(r).second));
        }
    }

    QStringList prefixes;
    if (const JsonNode* urcs = root.find(QStringLiteral("urc_prefixes")); urcs && urcs->isArray()) {
        for (int i = 0; i < urcs->size(); ++i)
            prefixes.append(urcs->at(i).isString() ? urcs->at(i).toString() : QString());
    }
    QStringList typed = m_urcPrefixes->toPlainText().split(QLatin1Char('\n'));
    typed.removeAll(QString());
    if (typed != prefixes)
        m_urcPrefixes->setPlainText(prefixes.join(QLatin1Char('\n')));

    m_foreign->clear();
    for (int i = 0; i < root.size(); ++i) {
        if (!PlanFormat::topLevelKeys().contains(root.keyAt(i)))
            m_foreign->addItem(tr("not in the format: %1").arg(root.keyAt(i)));
    }
    m_foreign->setVisible(m_foreign->count() > 0);
    m_loading = false;
}

void PlanHeaderForm::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit* e : {m_id, m_product, m_usbIds})
        e->setReadOnly(!editable);
    for (QPlainTextEdit* e : {m_description, m_urcPrefixes})
        e->setReadOnly(!editable);
    m_serialPattern->setReadOnly(!editable);
    m_variables->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                          : QAbstractItemView::NoEditTriggers);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_revision, m_baud, m_dataBits, m_parity, m_stopBits, m_flowControl, m_lineEnding,
             m_openTimeout, m_addVariable, m_removeVariable})
        w->setEnabled(editable);
}

QWidget* PlanHeaderForm::fieldWidget(const QString& key, const QString& subKey) const
{
    if (key == QLatin1String("transport")) {
        const QHash<QString, QWidget*> link = {{QStringLiteral("baud"), m_baud},
                                               {QStringLiteral("data_bits"), m_dataBits},
                                               {QStringLiteral("parity"), m_parity},
                                               {QStringLiteral("stop_bits"), m_stopBits},
                                               {QStringLiteral("flow_control"), m_flowControl},
                                               {QStringLiteral("line_ending"), m_lineEnding},
                                               {QStringLiteral("open_timeout_ms"), m_openTimeout},
                                               {QStringLiteral("usb"), m_usbIds}};
        return link.value(subKey, m_baud);
    }
    const QHash<QString, QWidget*> fields = {
        {QStringLiteral("id"), m_id},
        {QStringLiteral("revision"), m_revision},
        {QStringLiteral("product"), m_product},
        {QStringLiteral("description"), m_description},
        {QStringLiteral("serial_pattern"), m_serialPattern->patternEdit()},
        {QStringLiteral("variables"), m_variables},
        {QStringLiteral("urc_prefixes"), m_urcPrefixes},
        {QStringLiteral("format"), m_format}};
    if (fields.contains(key))
        return fields.value(key);
    return PlanFormat::topLevelKeys().contains(key) ? nullptr : m_foreign;
}

void PlanHeaderForm::setProblems(const QHash<QString, QString>& problems)
{
    QHash<QString, QWidget*> marked;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const QString key = it.key().section(QLatin1Char('/'), 0, 0);
        QWidget* w =
            key.isEmpty() ? nullptr : fieldWidget(key, it.key().section(QLatin1Char('/'), 1));
        if (!w)
            continue;
        marked.insert(it.key(), w);
        if (!w->property("problem").toBool())
            w->setProperty("savedToolTip", w->toolTip());
        w->setProperty("problem", true);
        w->setToolTip(it.value());
        repolish(w);
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

void PlanHeaderForm::focusField(const QString& key, const QString& subKey)
{
    if (QWidget* w = fieldWidget(key, subKey))
        w->setFocus(Qt::OtherFocusReason);
}

void PlanHeaderForm::editTransport(const QString& key, const JsonNode& value)
{
    if (m_loading || !m_editable)
        return;
    const JsonNode* current = m_root.find(QStringLiteral("transport"));
    JsonNode transport = current && current->isObject() ? *current : JsonNode::object();
    PlanDocument::setOrRemove(&transport, key, value);
    // No settings left: the key goes, the defaults apply.
    Q_EMIT headerEdited(QStringLiteral("transport"), transport.size() == 0 ? JsonNode() : transport,
                        tr("Edit %1 of the serial link").arg(key),
                        key == QLatin1String("open_timeout_ms") || key == QLatin1String("usb")
                            ? QStringLiteral("transport/") + key
                            : QString());
}

void PlanHeaderForm::editVariables()
{
    if (!m_editable)
        return;
    JsonNode variables = JsonNode::object();
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        const QTableWidgetItem* name = m_variables->item(r, 0);
        const QTableWidgetItem* value = m_variables->item(r, 1);
        // A duplicated name cannot be held by a JSON object: the later row wins, as typed.
        variables.setMember(name ? name->text() : QString(),
                            JsonNode::fromString(value ? value->text() : QString()));
    }
    Q_EMIT headerEdited(QStringLiteral("variables"), variables.size() == 0 ? JsonNode() : variables,
                        tr("Edit variables"), QString());
}

void PlanHeaderForm::addVariable()
{
    if (!m_editable)
        return;
    const JsonNode* current = m_root.find(QStringLiteral("variables"));
    JsonNode variables = current && current->isObject() ? *current : JsonNode::object();
    QString name = QStringLiteral("name");
    for (int n = 2; variables.find(name); ++n)
        name = QStringLiteral("name_%1").arg(n);
    variables.setMember(name, JsonNode::fromString(QString()));
    Q_EMIT headerEdited(QStringLiteral("variables"), variables, tr("Add variable"), QString());
}

void PlanHeaderForm::removeVariable()
{
    const int row = m_variables->currentRow();
    if (!m_editable || row < 0)
        return;
    const JsonNode* current = m_root.find(QStringLiteral("variables"));
    if (!current || !current->isObject() || row >= current->size())
        return;
    JsonNode variables = *current;
    variables.removeMember(current->keyAt(row));
    Q_EMIT headerEdited(QStringLiteral("variables"), variables.size() == 0 ? JsonNode() : variables,
                        tr("Remove variable"), QString());
}

void PlanHeaderForm::editUrcPrefixes()
{
    if (!m_editable)
        return;
    JsonNode prefixes = JsonNode::array();
    for (const QString& line : m_urcPrefixes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.isEmpty())
            prefixes.append(JsonNode::fromString(line));
    }
    Q_EMIT headerEdited(QStringLiteral("urc_prefixes"),
                        prefixes.size() == 0 ? JsonNode() : prefixes, tr("Edit URC prefixes"),
                        QStringLiteral("urc_prefixes"));
}

} // namespace eol::ui::editor
