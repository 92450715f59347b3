#pragma once

#include <QObject>

class QSocketNotifier;

namespace eol::cli {

/// Turns SIGINT/SIGTERM into a Qt signal on the thread that created it (self-pipe), so a
/// Ctrl-C during a run aborts it cleanly (teardown runs, the record is stored as aborted).
/// A second signal of the same kind ends the process the default way.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace eol::cli
