#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace eol::ui::auth {

/// First start: "Set up the first administrator" — login name, display name and a PIN typed
/// twice. Until this is done the station runs as it always did (no logins, files as plans).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(QWidget* parent = nullptr);

    /// Fills the form (tests, scripted set-up) the same way typing would.
    void fill(const QString& name, const QString& displayName, const QString& pin,
              const QString& pinAgain);
    QString message() const;

public Q_SLOTS:
    void showRefusal(const QString& message);
    /// Checks the form and emits adminRequested when it is complete.
    void submit();

Q_SIGNALS:
    void adminRequested(const QString& name, const QString& displayName, const QString& pin);

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_display = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace eol::ui::auth
