#include "ui/ScanInput.h"

#include <QKeyEvent>

namespace eol::ui {

ScanInput::ScanInput(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("scanInput"));
    setMaxLength(600); // the parser refuses more than 512 bytes with a clear message
}

bool ScanInput::looksScanned(const QList<qint64>& gapsMs)
{
    if (gapsMs.size() + 1 < kMinScannerKeys)
        return false;
    for (qint64 gap : gapsMs) {
        if (gap >= kScannerGapMs)
            return false;
    }
    return true;
}

bool ScanInput::event(QEvent* e)
{
    // Esc must reach us even where a line edit would let a shortcut have it.
    if (e->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(e);
        if (key->key() == Qt::Key_Escape) {
            e->accept();
            return true;
        }
    }
    return QLineEdit::event(e);
}

void ScanInput::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const bool scanned = looksScanned(m_burstGaps);
        const QString all = text();
        const QString payload = scanned ? all.mid(m_burstStart) : all;
        clear();
        m_burstGaps.clear();
        m_burstStart = 0;
        m_sinceLastKey.invalidate();
        Q_EMIT submitted(payload.trimmed(), scanned);
        return;
    }
    case Qt::Key_Escape:
        Q_EMIT escapePressed();
        return;
    case Qt::Key_Space:
        if (text().isEmpty()) {
            Q_EMIT spacePressed();
            return;
        }
        break;
    default:
        break;
    }
    if (!e->text().isEmpty()) {
        const qint64 gap = m_sinceLastKey.isValid() ? m_sinceLastKey.elapsed() : -1;
        if (gap < 0 || gap >= kScannerGapMs) {
            // A new burst starts here.
            m_burstGaps.clear();
            m_burstStart = cursorPosition();
        } else {
            m_burstGaps.append(gap);
        }
        m_sinceLastKey.start();
    }
    QLineEdit::keyPressEvent(e);
}

} // namespace eol::ui
