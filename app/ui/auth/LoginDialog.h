#pragma once

#include "auth/UserRecord.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace eol::ui::auth {

class PinPad;

/// Log in at the station: tap your name, type the PIN on the touch pad (or the keyboard) —
/// or scan your badge: a keyboard-wedge scanner types EOL1|B|<badge id> + Enter into the same
/// field, and that is recognised as a badge. The dialog only collects; AccessController checks
/// the credentials off the GUI thread and closes the dialog when the login succeeded.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const QList<core::auth::UserRecord>& users, QWidget* parent = nullptr);

    /// Selects a user by login name (as a tap on the list would).
    bool selectUser(const QString& name);
    QString selectedUser() const;
    QString message() const;

public Q_SLOTS:
    /// The login was refused: show why, clear the PIN, ready for the next try.
    void showRefusal(const QString& message);
    /// While the credentials are being checked: no double submissions.
    void setBusy(bool busy);

Q_SIGNALS:
    void pinSubmitted(const QString& userName, const QString& pin);
    void badgeSubmitted(const QString& badgeId);

private:
    void submit();
    void setMessage(const QString& text, bool bad);

    QListWidget* m_users = nullptr;
    QLineEdit* m_pin = nullptr;
    PinPad* m_pad = nullptr;
    QLabel* m_message = nullptr;
    bool m_busy = false;
};

} // namespace eol::ui::auth
