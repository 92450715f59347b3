#pragma once

#include "plan/JsonNode.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace eol::ui::editor {

class OptionalIntField;
class RegexField;

/// The plan's own fields: id, revision, product, description, serial pattern, the serial link
/// settings, initial variables and URC prefixes. Like StepForm it only announces edits (the new
/// value of one top-level key; Null removes the key) and shows what it is given.
class PlanHeaderForm : public QWidget
{
    Q_OBJECT
public:
    explicit PlanHeaderForm(QWidget* parent = nullptr);

    /// Shows the document root (a JSON object).
    void load(const core::plan::JsonNode& root);
    void setEditable(bool editable);
    /// Marks fields with problems: key "transport/baud", "variables", "id", ...
    void setProblems(const QHash<QString, QString>& problems);
    QWidget* fieldWidget(const QString& key, const QString& subKey) const;
    void focusField(const QString& key, const QString& subKey);

Q_SIGNALS:
    void headerEdited(const QString& key, const eol::core::plan::JsonNode& value,
                      const QString& description, const QString& mergeKey);

private:
    void editTransport(const QString& key, const core::plan::JsonNode& value);
    void editVariables();
    void addVariable();
    void removeVariable();
    void editUrcPrefixes();
    void loadChoice(QComboBox* box, const core::plan::JsonNode* value);

    core::plan::JsonNode m_root;
    bool m_loading = false;
    bool m_editable = true;
    QHash<QString, QWidget*> m_problemWidgets;

    QLabel* m_format = nullptr;
    QLineEdit* m_id = nullptr;
    QSpinBox* m_revision = nullptr;
    QLineEdit* m_product = nullptr;
    QPlainTextEdit* m_description = nullptr;
    RegexField* m_serialPattern = nullptr;
    QComboBox* m_baud = nullptr;
    QComboBox* m_dataBits = nullptr;
    QComboBox* m_parity = nullptr;
    QComboBox* m_stopBits = nullptr;
    QComboBox* m_flowControl = nullptr;
    QComboBox* m_lineEnding = nullptr;
    OptionalIntField* m_openTimeout = nullptr;
    QTableWidget* m_variables = nullptr;
    QPushButton* m_addVariable = nullptr;
    QPushButton* m_removeVariable = nullptr;
    QPlainTextEdit* m_urcPrefixes = nullptr;
    QLineEdit* m_usbIds = nullptr;
    QListWidget* m_foreign = nullptr;
};

} // namespace eol::ui::editor
