#include "ui/PromptDialog.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace eol::ui {

PromptDialog::PromptDialog(const QString& stepId, const QString& question, const QString& imagePath,
                           QWidget* parent)
    : QDialog(parent), m_stepId(stepId)
{
    setObjectName(QStringLiteral("promptDialog"));
    setWindowTitle(tr("Operator check"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);

    auto* title = new QLabel(tr("Check the unit"), this);
    title->setObjectName(QStringLiteral("promptTitle"));
    m_question = new QLabel(question, this);
    m_question->setObjectName(QStringLiteral("promptQuestion"));
    m_question->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_question);

    if (!imagePath.isEmpty()) {
        QImageReader reader(imagePath);
        const QImage image = reader.read();
        auto* picture = new QLabel(this);
        picture->setAlignment(Qt::AlignCenter);
        if (image.isNull()) {
            picture->setText(tr("(picture %1 could not be shown)").arg(imagePath));
        } else {
            picture->setPixmap(QPixmap::fromImage(
                image.scaled(560, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
        layout->addWidget(picture, 1);
    }

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    m_pass = new QPushButton(tr("PASS  (P)"), this);
    m_pass->setObjectName(QStringLiteral("promptPass"));
    m_fail = new QPushButton(tr("FAIL  (F)"), this);
    m_fail->setObjectName(QStringLiteral("promptFail"));
    for (QPushButton* b : {m_pass, m_fail}) {
        b->setAutoDefault(false);
        b->setDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumHeight(110);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    auto* hint = new QLabel(tr("Press P for pass, F for fail. Esc stops the test."), this);
    hint->setObjectName(QStringLiteral("promptHint"));
    layout->addWidget(hint);

    connect(m_pass, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_fail, &QPushButton::clicked, this, [this] { answer(false); });
    setMinimumWidth(640);
}

QString PromptDialog::question() const
{
    return m_question->text();
}

void PromptDialog::answer(bool pass)
{
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT answered(m_stepId, pass);
    accept();
}

void PromptDialog::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_P:
        answer(true);
        return;
    case Qt::Key_F:
        answer(false);
        return;
    case Qt::Key_Escape:
        Q_EMIT abortRequested();
        return;
    default:
        e->accept();
        return; // Enter, Space, scanner bursts: ignored on purpose
    }
}

void PromptDialog::reject()
{
    // The window-close button or Esc must not silently dismiss the question.
    Q_EMIT abortRequested();
}

} // namespace eol::ui
