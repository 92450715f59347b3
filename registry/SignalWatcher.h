#pragma once

#include <QObject>

class QSocketNotifier;

namespace eol::registry {

/// Turns SIGTERM / SIGINT into a Qt signal (self-pipe), so the server stops between requests:
/// the request being answered finishes, its transaction commits, the database closes cleanly.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    static void handle(int signal);
    void readPipe();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace eol::registry
