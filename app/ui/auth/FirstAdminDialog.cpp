#include "ui/auth/FirstAdminDialog.h"

#include "auth/UserStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace eol::ui::auth {

FirstAdminDialog::FirstAdminDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Set up the first administrator"));
    auto* root = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The administrator manages users and station settings. Once there is one, people "
           "log in at this station with a PIN or a badge, and operators run only released "
           "plans (the shipped plans count as released)."),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9._-]{0,31}")), m_name));
    m_name->setPlaceholderText(tr("e.g. maria"));
    m_display = new QLineEdit(this);
    m_display->setObjectName(QStringLiteral("adminDisplayName"));
    m_display->setPlaceholderText(tr("e.g. Maria Keller"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("adminPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinAgain = new QLineEdit(this);
    m_pinAgain->setObjectName(QStringLiteral("adminPinAgain"));
    m_pinAgain->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Login name"), m_name);
    form->addRow(tr("Display name"), m_display);
    form->addRow(tr("PIN (4–12 digits)"), m_pin);
    form->addRow(tr("PIN again"), m_pinAgain);
    root->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firstAdminMessage"));
    m_message->setWordWrap(true);
    root->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);
}

void FirstAdminDialog::fill(const QString& name, const QString& displayName, const QString& pin,
                            const QString& pinAgain)
{
    m_name->setText(name);
    m_display->setText(displayName);
    m_pin->setText(pin);
    m_pinAgain->setText(pinAgain);
}

QString FirstAdminDialog::message() const
{
    return m_message->text();
}

void FirstAdminDialog::showRefusal(const QString& message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #ff5c5c; font-weight: bold;"));
}

void FirstAdminDialog::submit()
{
    const QString name = m_name->text().trimmed();
    if (const QString p = core::auth::UserStore::nameProblem(name); !p.isEmpty()) {
        showRefusal(tr("Login name: %1").arg(p));
        return;
    }
    if (m_pin->text() != m_pinAgain->text()) {
        showRefusal(tr("The two PINs differ — type the same PIN twice."));
        return;
    }
    if (const QString p = core::auth::UserStore::pinProblem(m_pin->text(), {}); !p.isEmpty()) {
        showRefusal(p);
        return;
    }
    m_message->setText(tr("Creating…"));
    m_message->setStyleSheet(QString());
    Q_EMIT adminRequested(name, m_display->text().trimmed(), m_pin->text());
}

} // namespace eol::ui::auth
