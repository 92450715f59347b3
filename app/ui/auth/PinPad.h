#pragma once

#include <QWidget>

class QLineEdit;

namespace eol::ui::auth {

/// A touch PIN pad: ten big digit buttons, delete and OK, typing into a line edit. The buttons
/// never take the keyboard focus, so a keyboard (or a keyboard-wedge badge scanner) keeps
/// typing into the same field.
class PinPad : public QWidget
{
    Q_OBJECT
public:
    explicit PinPad(QLineEdit* field, QWidget* parent = nullptr);

Q_SIGNALS:
    /// OK was tapped.
    void submitted();

private:
    QLineEdit* m_field;
};

} // namespace eol::ui::auth
