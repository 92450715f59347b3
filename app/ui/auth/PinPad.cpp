#include "ui/auth/PinPad.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace eol::ui::auth {

namespace {

constexpr int kButtonSize = 76; // a gloved fingertip

} // namespace

PinPad::PinPad(QLineEdit* field, QWidget* parent) : QWidget(parent), m_field(field)
{
    setObjectName(QStringLiteral("pinPad"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    auto make = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        b->setMinimumSize(kButtonSize, kButtonSize);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        return b;
    };
    for (int digit = 0; digit <= 9; ++digit) {
        auto* b = make(QString::number(digit), QStringLiteral("pinDigit%1").arg(digit));
        connect(b, &QPushButton::clicked, this,
                [this, digit] { m_field->insert(QString::number(digit)); });
        if (digit == 0)
            grid->addWidget(b, 3, 1);
        else
            grid->addWidget(b, (digit - 1) / 3, (digit - 1) % 3);
    }
    auto* back = make(tr("⌫"), QStringLiteral("pinBackspace"));
    back->setToolTip(tr("Delete the last digit"));
    connect(back, &QPushButton::clicked, this, [this] { m_field->backspace(); });
    grid->addWidget(back, 3, 0);
    auto* ok = make(tr("OK"), QStringLiteral("pinOk"));
    connect(ok, &QPushButton::clicked, this, &PinPad::submitted);
    grid->addWidget(ok, 3, 2);
}

} // namespace eol::ui::auth
