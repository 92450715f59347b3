#include "ui/ScreenshotTour.h"

#include "runner/FixtureSlot.h"
#include "ui/OperatorWindow.h"
#include "ui/UiLog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>

namespace eol::ui {

ScreenshotTour::ScreenshotTour(OperatorWindow* window, core::runner::FixtureSlot* slot,
                               const QString& dir, QObject* parent)
    : QObject(parent), m_window(window), m_dir(dir)
{
    m_dir.mkpath(QStringLiteral("."));
    connect(slot, &core::runner::FixtureSlot::stepFinished, this, [this] {
        // Mid-run: a few steps done, the rest still waiting.
        if (++m_stepsSeen == 6 && !m_runningSaved) {
            m_runningSaved = true;
            save(QStringLiteral("running"));
        }
    });
    connect(m_window, &OperatorWindow::verdictShown, this, [this] {
        if (m_waitingVerdict)
            m_verdictSeen = true;
    });
    connect(m_window, &OperatorWindow::statsUpdated, this, [this] {
        if (!m_next || (m_waitingVerdict && !m_verdictSeen))
            return;
        auto next = std::move(m_next);
        m_next = nullptr;
        m_waitingVerdict = false;
        m_verdictSeen = false;
        next();
    });
}

void ScreenshotTour::save(const QString& name)
{
    // Text set just now has posted its layout requests; apply them before grabbing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path))
        qCWarning(lcUi) << "could not save screenshot" << path;
    else
        qCInfo(lcUi) << "saved" << path;
}

void ScreenshotTour::afterVerdict(std::function<void()> next)
{
    m_waitingVerdict = true;
    m_verdictSeen = false;
    m_next = std::move(next);
}

void ScreenshotTour::start()
{
    // Idle: once the first counters arrived.
    m_next = [this] {
        save(QStringLiteral("idle"));
        m_window->setPort(QStringLiteral("sim:nrf91,latency=120,serial=SN00000001"));
        afterVerdict([this] {
            save(QStringLiteral("pass"));
            m_window->setPort(QStringLiteral("sim:nrf91,bad-imei,serial=SN00000002"));
            afterVerdict([this] {
                save(QStringLiteral("fail"));
                m_window->setPort(QStringLiteral("/dev/ttyUSB0"));
                afterVerdict([this] {
                    save(QStringLiteral("error"));
                    m_window->submitScan(QStringLiteral("EOL1|U|SN0000000X"));
                    save(QStringLiteral("bad-scan"));
                    m_window->setPort(QStringLiteral("sim:nrf91"));
                    Q_EMIT done();
                });
                m_window->submitScan(QStringLiteral("SN00000003"));
            });
            m_window->submitScan(QStringLiteral("SN00000002"));
        });
        m_window->submitScan(QStringLiteral("EOL1|U|SN00000001"));
    };
    m_window->refreshStats();
}

} // namespace eol::ui
