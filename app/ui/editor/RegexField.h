#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace eol::ui::editor {

/// A regex with a live test box: type a sample of what the DUT sends, see at once whether it
/// matches, what it matched and which variables the named groups capture, exactly as the
/// runner would apply the pattern (searched, or matched against the whole value).
class RegexField : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Search,    ///< `expect` (in the answer lines joined by \n), `pattern` (one line)
        WholeValue ///< check `regex`, `serial_pattern`: the whole value must match
    };

    RegexField(Mode mode, const QString& samplePlaceholder, QWidget* parent = nullptr);

    QString pattern() const;
    /// Shows `pattern` without emitting patternEdited (keeps the cursor if nothing changed).
    void setPattern(const QString& pattern);
    /// Read-only: the pattern cannot be changed; the test box still works.
    void setReadOnly(bool readOnly);

    QLineEdit* patternEdit() const { return m_pattern; }
    QPlainTextEdit* sampleEdit() const { return m_sample; }
    /// The test verdict shown under the sample ("match …", "no match", "invalid …").
    QString resultText() const;

Q_SIGNALS:
    /// The user changed the pattern.
    void patternEdited(const QString& pattern);

private:
    void updateResult();

    Mode m_mode;
    QLineEdit* m_pattern = nullptr;
    QPlainTextEdit* m_sample = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace eol::ui::editor
