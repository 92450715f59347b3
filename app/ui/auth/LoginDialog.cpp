#include "ui/auth/LoginDialog.h"

#include "scan/ScanPayloadParser.h"
#include "ui/auth/PinPad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace eol::ui::auth {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

QString roleTitle(core::auth::Role role)
{
    switch (role) {
    case core::auth::Role::Operator:
        return LoginDialog::tr("operator");
    case core::auth::Role::Lead:
        return LoginDialog::tr("hardware lead");
    case core::auth::Role::Qa:
        return LoginDialog::tr("QA");
    case core::auth::Role::Admin:
        return LoginDialog::tr("administrator");
    }
    return QString();
}

} // namespace

LoginDialog::LoginDialog(const QList<core::auth::UserRecord>& users, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in"));
    setModal(true);
    setMinimumSize(760, 640);
    // Big type for the line: names to tap, a PIN field to read from a step away.
    setStyleSheet(QStringLiteral(
        "QListWidget#loginUsers { font-size: 22px; background: #161b22; color: #ffffff;"
        " border: 1px solid #2f3a45; }"
        "QListWidget#loginUsers::item { padding: 6px 12px; border-bottom: 1px solid #2f3a45; }"
        "QListWidget#loginUsers::item:selected { background: #1f6feb; color: #ffffff; }"
        "QLineEdit#loginPin { font-size: 32px; background: #ffffff; color: #000000;"
        " border: 3px solid #4da3ff; border-radius: 6px; }"
        "QLabel#loginTitle { font-size: 24px; font-weight: bold; }"
        "QLabel#loginMessage { font-size: 20px; }"
        "QPushButton#pinOk { background: #1a7f37; border-color: #4ce06a; }"));

    auto* root = new QVBoxLayout(this);
    root->setSpacing(12);
    auto* title = new QLabel(tr("Tap your name and type your PIN — or scan your badge."), this);
    title->setObjectName(QStringLiteral("loginTitle"));
    title->setWordWrap(true);
    root->addWidget(title);

    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    m_users = new QListWidget(this);
    m_users->setObjectName(QStringLiteral("loginUsers"));
    m_users->setFocusPolicy(Qt::NoFocus); // the PIN field keeps the focus for the scanner
    m_users->setMinimumWidth(280);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const auto& u : users) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(u.displayName, roleTitle(u.role)), m_users);
        item->setData(kNameRole, u.name);
        item->setSizeHint(QSize(0, 84)); // two lines: the name, the role
    }
    connect(m_users, &QListWidget::itemSelectionChanged, this, [this] {
        if (!selectedUser().isEmpty())
            setMessage(tr("PIN for %1:")
                           .arg(m_users->currentItem()->text().section(QLatin1Char('\n'), 0, 0)),
                       false);
        m_pin->setFocus();
    });
    row->addWidget(m_users, 1);

    auto* right = new QVBoxLayout;
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("loginPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setMinimumHeight(56);
    m_pin->setAlignment(Qt::AlignCenter);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginDialog::submit);
    right->addWidget(m_pin);
    m_pad = new PinPad(m_pin, this);
    connect(m_pad, &PinPad::submitted, this, &LoginDialog::submit);
    right->addWidget(m_pad, 1);
    row->addLayout(right);
    root->addLayout(row, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(48);
    root->addWidget(m_message);

    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("loginCancel"));
    cancel->setFocusPolicy(Qt::NoFocus);
    cancel->setAutoDefault(false);
    cancel->setMinimumHeight(48);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    root->addWidget(cancel, 0, Qt::AlignRight);

    if (users.size() == 1)
        m_users->setCurrentRow(0);
    setMessage(users.isEmpty() ? tr("No users yet — scan a badge or ask an administrator.")
                               : tr("Tap your name."),
               false);
    m_pin->setFocus();
}

bool LoginDialog::selectUser(const QString& name)
{
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->data(kNameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_users->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString LoginDialog::selectedUser() const
{
    const auto* item = m_users->currentItem();
    return item && item->isSelected() ? item->data(kNameRole).toString() : QString();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::setMessage(const QString& text, bool bad)
{
    m_message->setText(text);
    m_message->setProperty("tone", bad ? QStringLiteral("bad") : QStringLiteral("info"));
    m_message->setStyleSheet(bad ? QStringLiteral("color: #ff5c5c; font-weight: bold;")
                                 : QString());
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QString text = m_pin->text().trimmed();
    if (text.isEmpty())
        return;
    // A badge scanner types a whole station code into this field.
    if (text.startsWith(QLatin1String("EOL"))) {
        m_pin->clear();
        auto scan = core::scan::ScanPayloadParser::parse(text);
        if (!scan || scan->kind != core::scan::ScanPayload::Kind::Badge) {
            setMessage(scan ? tr("That is not a badge — scan your badge, or type your PIN.")
                            : tr("Bad scan: %1").arg(scan.error().message),
                       true);
            return;
        }
        setBusy(true);
        setMessage(tr("Checking the badge…"), false);
        Q_EMIT badgeSubmitted(scan->badgeId);
        return;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(text).hasMatch()) {
        m_pin->clear();
        setMessage(tr("A PIN has only digits."), true);
        return;
    }
    const QString user = selectedUser();
    if (user.isEmpty()) {
        setMessage(tr("Tap your name first, then type the PIN again."), true);
        m_pin->clear();
        return;
    }
    setBusy(true);
    setMessage(tr("Checking…"), false);
    Q_EMIT pinSubmitted(user, text);
    m_pin->clear();
}

void LoginDialog::showRefusal(const QString& message)
{
    setBusy(false);
    m_pin->clear();
    setMessage(message, true);
    m_pin->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_pad->setEnabled(!busy);
    m_users->setEnabled(!busy);
}

} // namespace eol::ui::auth
