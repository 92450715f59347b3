#pragma once

#include "sim/SimConfig.h"
#include "sim/SimIdentity.h"
#include "transport/Transport.h"

#include <memory>

namespace eol::drivers::sim {

class SimOutputScheduler;
class SimulatedModem;

/// A simulated DUT as an in-process Transport, for demos, benchmarks and tests that need no
/// pty. open() powers the device on (opened(), then the boot banner); write() feeds the
/// modem and its answers arrive through bytesReceived() after their configured delays. When
/// the unplug fault strikes, errorOccurred({"unplugged", ...}) is reported once and the
/// transport is closed; opening it again reports "port_not_found".
class SimTransport : public Transport
{
    Q_OBJECT
public:
    explicit SimTransport(const SimConfig& config, QObject* parent = nullptr);
    ~SimTransport() override;

    void open() override;
    void close() override;
    void write(const QByteArray& bytes) override;
    bool isOpen() const override { return m_open; }
    /// "sim:<spec>", e.g. "sim:bg96,slow=800".
    QString description() const override;

    const SimIdentity& identity() const;
    const SimulatedModem& modem() const { return *m_modem; }

private:
    void onUnplugReached();
    void queueUnplugIfStruck();

    SimConfig m_config;
    std::unique_ptr<SimulatedModem> m_modem;
    SimOutputScheduler* m_scheduler = nullptr;
    bool m_open = false;
    bool m_unplugQueued = false;
    quint64 m_openCycle = 0;
};

} // namespace eol::drivers::sim
