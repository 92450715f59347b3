#pragma once

#include <QDialog>

class QPushButton;
class QLabel;

namespace eol::ui {

/// A plan's question to the operator, with two big buttons. Keys: P = PASS, F = FAIL,
/// Esc = abort the test (asks first). Enter and Space deliberately do nothing: a scanner's
/// Enter or a bumped key must never answer a question the operator did not look at.
class PromptDialog : public QDialog
{
    Q_OBJECT
public:
    PromptDialog(const QString& stepId, const QString& question, const QString& imagePath,
                 QWidget* parent = nullptr);

    QString stepId() const { return m_stepId; }
    QString question() const;

Q_SIGNALS:
    void answered(const QString& stepId, bool pass);
    void abortRequested();

protected:
    void keyPressEvent(QKeyEvent* e) override;
    void reject() override;

private:
    void answer(bool pass);

    QString m_stepId;
    QLabel* m_question = nullptr;
    QPushButton* m_pass = nullptr;
    QPushButton* m_fail = nullptr;
    bool m_answered = false;
};

} // namespace eol::ui
