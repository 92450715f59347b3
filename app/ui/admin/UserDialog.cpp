#include "ui/admin/UserDialog.h"

#include "auth/UserStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace eol::ui::admin {

namespace {

/// 24 characters from a 32-letter alphabet: 120 bits, from the system's random source.
QString newBadgeId()
{
    static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString id;
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return id;
}

QString roleTitle(core::auth::Role role)
{
    switch (role) {
    case core::auth::Role::Operator:
        return UserDialog::tr("Operator — runs released plans");
    case core::auth::Role::Lead:
        return UserDialog::tr("Hardware lead — edits and releases plans");
    case core::auth::Role::Qa:
        return UserDialog::tr("QA — reviews records, adds notes, reads the audit log");
    case core::auth::Role::Admin:
        return UserDialog::tr("Administrator — users and station settings");
    }
    return QString();
}

} // namespace

UserDialog::UserDialog(const core::auth::UserRecord* existing, QWidget* parent)
    : QDialog(parent), m_new(existing == nullptr)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(m_new ? tr("Add user") : tr("Change user %1").arg(existing->name));
    auto* root = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_display = new QLineEdit(this);
    m_display->setObjectName(QStringLiteral("userDisplayName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("userRole"));
    for (auto r : {core::auth::Role::Operator, core::auth::Role::Lead, core::auth::Role::Qa,
                   core::auth::Role::Admin})
        m_role->addItem(roleTitle(r), core::auth::roleName(r));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("userPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinAgain = new QLineEdit(this);
    m_pinAgain->setObjectName(QStringLiteral("userPinAgain"));
    m_pinAgain->setEchoMode(QLineEdit::Password);
    m_badge = new QLineEdit(this);
    m_badge->setObjectName(QStringLiteral("userBadge"));
    m_badge->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto* generate = new QPushButton(tr("New badge id"), this);
    generate->setObjectName(QStringLiteral("userBadgeGenerate"));
    auto* badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_badge, 1);
    badgeRow->addWidget(generate);
    m_badgeCode = new QLabel(this);
    m_badgeCode->setObjectName(QStringLiteral("userBadgeCode"));
    m_badgeCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badgeCode->setWordWrap(true);
    connect(generate, &QPushButton::clicked, this, [this] {
        const QString id = newBadgeId();
        m_badge->setText(id);
        // Shown once so it can be printed as the badge's QR code; only its digest is stored.
        m_badgeCode->setText(tr("Print this as the badge QR code (it is not shown again):\n"
                                "EOL1|B|%1")
                                 .arg(id));
    });

    form->addRow(tr("Login name"), m_name);
    form->addRow(tr("Display name"), m_display);
    form->addRow(tr("Role"), m_role);
    form->addRow(m_new ? tr("PIN (4–12 digits)") : tr("New PIN (empty: keep)"), m_pin);
    form->addRow(tr("PIN again"), m_pinAgain);
    form->addRow(m_new ? tr("Badge id (optional)") : tr("New badge id (empty: keep)"), badgeRow);
    form->addRow(QString(), m_badgeCode);
    root->addLayout(form);
    if (!m_new) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_display->setText(existing->displayName);
        m_role->setCurrentIndex(m_role->findData(core::auth::roleName(existing->role)));
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userDialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ff5c5c; font-weight: bold;"));
    root->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);
}

UserDialog::Values UserDialog::values() const
{
    Values v;
    v.name = m_name->text().trimmed().toLower();
    v.displayName = m_display->text().trimmed();
    v.role = core::auth::roleFromName(m_role->currentData().toString())
                 .value_or(core::auth::Role::Operator);
    v.pin = m_pin->text();
    v.badgeId = m_badge->text().trimmed();
    return v;
}

void UserDialog::fill(const Values& values, const QString& pinAgain)
{
    if (m_new)
        m_name->setText(values.name);
    m_display->setText(values.displayName);
    m_role->setCurrentIndex(m_role->findData(core::auth::roleName(values.role)));
    m_pin->setText(values.pin);
    m_pinAgain->setText(pinAgain);
    m_badge->setText(values.badgeId);
}

QString UserDialog::message() const
{
    return m_message->text();
}

void UserDialog::showProblem(const QString& message)
{
    m_message->setText(message);
}

void UserDialog::submit()
{
    const Values v = values();
    if (m_new) {
        if (const QString p = core::auth::UserStore::nameProblem(v.name); !p.isEmpty()) {
            showProblem(p);
            return;
        }
    }
    if (m_pin->text() != m_pinAgain->text()) {
        showProblem(tr("The two PINs differ — type the same PIN twice."));
        return;
    }
    if (!v.pin.isEmpty()) {
        if (const QString p = core::auth::UserStore::pinProblem(v.pin, {}); !p.isEmpty()) {
            showProblem(p);
            return;
        }
    }
    if (!v.badgeId.isEmpty()) {
        if (const QString p = core::auth::UserStore::badgeProblem(v.badgeId); !p.isEmpty()) {
            showProblem(p);
            return;
        }
    }
    if (m_new && v.pin.isEmpty() && v.badgeId.isEmpty()) {
        showProblem(tr("Give the user a PIN or a badge — otherwise they cannot log in."));
        return;
    }
    accept();
}

} // namespace eol::ui::admin
