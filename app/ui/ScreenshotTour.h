#pragma once

#include <QDir>
#include <QObject>
#include <functional>

namespace eol::core::runner {
class FixtureSlot;
}

namespace eol::ui {

class OperatorWindow;

/// Walks the operator screen through its states with simulated units and saves each as a PNG
/// (idle, running, pass, fail, error, bad scan), then closes the window. Started by main()
/// when EOL_SCREENSHOT_DIR is set; scripts/screenshots.sh runs it under Xvfb.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(OperatorWindow* window, core::runner::FixtureSlot* slot, const QString& dir,
                   QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void done();

private:
    void save(const QString& name);
    /// Runs `next` once the verdict is shown and the counters were refreshed after it.
    void afterVerdict(std::function<void()> next);

    OperatorWindow* m_window = nullptr;
    QDir m_dir;
    int m_stepsSeen = 0;
    bool m_runningSaved = false;
    bool m_waitingVerdict = false;
    bool m_verdictSeen = false;
    std::function<void()> m_next;
};

} // namespace eol::ui
