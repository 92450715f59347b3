#pragma once

#include "auth/Role.h"
#include "auth/UserRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace eol::ui::admin {

/// Add a user, or change one (display name, role, a new PIN, a new badge). Collects and checks
/// the form; AdminWindow does the change and shows what the store said.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString name;
        QString displayName;
        core::auth::Role role = core::auth::Role::Operator;
        QString pin;     ///< empty = keep / none
        QString badgeId; ///< empty = keep / none
    };

    /// `existing` null: a new user. Otherwise: change that user.
    explicit UserDialog(const core::auth::UserRecord* existing, QWidget* parent = nullptr);

    Values values() const;
    /// Fills the form the way typing would (tests).
    void fill(const Values& values, const QString& pinAgain);
    QString message() const;

public Q_SLOTS:
    void showProblem(const QString& message);
    /// Checks the form; accept()s when it is complete.
    void submit();

private:
    bool m_new = true;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_display = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QLineEdit* m_badge = nullptr;
    QLabel* m_badgeCode = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace eol::ui::admin
