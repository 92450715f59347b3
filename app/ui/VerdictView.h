#pragma once

#include "runner/RunOutcome.h"

#include <QWidget>

class QLabel;
class QGridLayout;

namespace eol::ui {

/// The screen after a run: a huge PASS / FAIL / ERROR / ABORTED, what failed in plain words,
/// and the unit's captured identity. Shown only for a record that is on disk.
class VerdictView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Pass,
        Fail,
        Error,
        Aborted
    };

    explicit VerdictView(QWidget* parent = nullptr);

    /// Fills the view from a committed outcome; returns what it shows.
    Kind showOutcome(const core::runner::RunOutcome& outcome);
    /// A station error with no (trusted) record, e.g. the record could not be saved.
    void showStationError(const QString& headline, const QString& reason);

    Kind kind() const { return m_kind; }
    QString headline() const;
    QString reason() const;

private:
    void setKind(Kind kind);
    void setIdentity(const QList<std::pair<QString, QString>>& rows);

    Kind m_kind = Kind::Pass;
    QLabel* m_headline = nullptr;
    QLabel* m_serial = nullptr;
    QLabel* m_reason = nullptr;
    QWidget* m_identityBox = nullptr;
    QGridLayout* m_identity = nullptr;
    QLabel* m_next = nullptr;
};

} // namespace eol::ui
