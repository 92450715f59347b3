#pragma once

#include <QElapsedTimer>
#include <QLineEdit>
#include <QList>

namespace eol::ui {

/// The scan field. Keyboard-wedge scanners "type" a whole code in a burst of keys a few
/// milliseconds apart and end it with Enter; people type far slower. The field tells them
/// apart by the gaps between keys, so a scanner burst that lands on top of half-typed text
/// replaces that text instead of being glued to it. A person typing and pressing Enter works too.
class ScanInput : public QLineEdit
{
    Q_OBJECT
public:
    /// Keys closer than this belong to one scanner burst.
    static constexpr qint64 kScannerGapMs = 40;
    /// A burst needs at least this many keys to count as a scan.
    static constexpr int kMinScannerKeys = 4;

    explicit ScanInput(QWidget* parent = nullptr);

    /// True if these inter-key gaps (ms) look like a scanner burst.
    static bool looksScanned(const QList<qint64>& gapsMs);

Q_SIGNALS:
    /// Enter pressed. `text` is the scanned burst (or everything typed); `fromScanner` says
    /// which. Empty text is reported too (Enter on an empty field = "start").
    void submitted(const QString& text, bool fromScanner);
    /// Space on an empty field (serials never contain spaces): "start".
    void spacePressed();
    void escapePressed();

protected:
    bool event(QEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

private:
    QElapsedTimer m_sinceLastKey;
    QList<qint64> m_burstGaps; ///< gaps inside the current burst
    int m_burstStart = 0;      ///< cursor position where the current burst began
};

} // namespace eol::ui
