#pragma once

#include "plan/JsonNode.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStringListModel;
class QVBoxLayout;

namespace eol::ui::editor {

class LimitsField;
class OnFailField;
class OptionalIntField;
class RegexField;

/// The form of one step: the keys every step has (id, name, kind, if_set, on_fail) and a page
/// per kind with every key of that kind (docs/plan-format.md). Keys that do not belong in the
/// step are listed so they can be seen and removed, never silently dropped.
///
/// The form never changes the document itself: every edit is announced as the whole new step
/// object, and the editor turns it into an undoable command and loads the result back.
class StepForm : public QWidget
{
    Q_OBJECT
public:
    explicit StepForm(QWidget* parent = nullptr);

    /// Shows `step` (a JSON object from the document). Widgets whose value did not change keep
    /// their state (cursor, selection), so a field being typed in is not disturbed.
    void load(const core::plan::JsonNode& step);
    const core::plan::JsonNode& step() const { return m_step; }
    /// Variable names offered for if_set, variable and equals.
    void setKnownVariables(const QStringList& names);
    /// Folder of the plan file: prompt images are chosen relative to it.
    void setPlanDirectory(const QString& dir) { m_planDir = dir; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// Marks the fields that validation complains about (key -> messages), clears the others.
    void setProblems(const QHash<QString, QString>& problems);
    /// The widget that edits `key` of the current kind (nullptr if none).
    QWidget* fieldWidget(const QString& key) const;
    /// Moves the keyboard focus to the widget of `key`.
    void focusField(const QString& key);

Q_SIGNALS:
    /// The user changed the step: `step` is the complete new object. Edits with the same
    /// non-empty `mergeKey` in a row are one undo step (typing).
    void stepEdited(const eol::core::plan::JsonNode& step, const QString& description,
                    const QString& mergeKey);

private:
    void buildCommon(QVBoxLayout* layout);
    QWidget* buildAtPage();
    QWidget* buildCheckPage();
    QWidget* buildWaitForPage();
    QWidget* buildDelayPage();
    QWidget* buildPromptPage();
    void edit(const QString& key, const core::plan::JsonNode& value, bool merge);
    void changeKind(const QString& kind);
    void changeValidator(const QString& validator);
    void removeForeignKey();
    void chooseImage();
    void setText(QLineEdit* edit, const QString& text);
    void setText(QPlainTextEdit* edit, const QString& text);
    QString currentKind() const;

    core::plan::JsonNode m_step;
    bool m_loading = false;
    bool m_editable = true;
    QString m_planDir;
    QHash<QString, QWidget*> m_problemWidgets; ///< widgets currently marked
    /// Test-box samples per "<step id>/<key>": the form is shared, the samples are not.
    QHash<QString, QString> m_samples;
    QString m_sampleOwner; ///< the step id whose samples the boxes show

    // Common.
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_ifSet = nullptr;
    OnFailField* m_onFail = nullptr;
    QStringListModel* m_variables = nullptr;
    QGroupBox* m_kindBox = nullptr;
    QLabel* m_kindHelp = nullptr;
    QStackedWidget* m_pages = nullptr;

    // at
    QLineEdit* m_command = nullptr;
    RegexField* m_expect = nullptr;
    QCheckBox* m_expectError = nullptr;
    OptionalIntField* m_atTimeout = nullptr;
    OptionalIntField* m_retries = nullptr;
    OptionalIntField* m_retryDelay = nullptr;
    // check
    QLineEdit* m_variable = nullptr;
    QComboBox* m_validator = nullptr;
    QStackedWidget* m_validatorPages = nullptr;
    RegexField* m_checkRegex = nullptr;
    LimitsField* m_limits = nullptr;
    QLineEdit* m_equals = nullptr;
    // wait_for
    RegexField* m_pattern = nullptr;
    OptionalIntField* m_waitTimeout = nullptr;
    // delay
    QSpinBox* m_duration = nullptr;
    // prompt
    QPlainTextEdit* m_question = nullptr;
    QLineEdit* m_image = nullptr;
    QPushButton* m_imageBrowse = nullptr;

    // Keys that do not belong.
    QGroupBox* m_foreignBox = nullptr;
    QListWidget* m_foreignList = nullptr;
    QPushButton* m_foreignRemove = nullptr;
};

} // namespace eol::ui::editor
