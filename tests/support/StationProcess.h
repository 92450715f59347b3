#pragma once

// Helpers for integration tests that drive the real `eol-station` binary as a user would:
// a separate process, real pseudo-terminals, real SQLite files.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

struct StationResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs `eol-station args...` to completion (bounded) and returns its exit code and output.
inline StationResult runStation(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(EOL_STATION_BIN), args);
    StationResult r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "process did not finish in time: " + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// A simulated DUT served by `eol-station sim <spec>` on a real pseudo-terminal.
class SimulatorProcess
{
public:
    explicit SimulatorProcess(const QString& spec)
    {
        m_process.start(QStringLiteral(EOL_STATION_BIN), {QStringLiteral("sim"), spec, QStringLiteral("--json")});
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        m_info = QJsonDocument::fromJson(line.trimmed()).object();
    }
    ~SimulatorProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    bool ok() const { return !path().isEmpty(); }
    QString path() const { return m_info.value(QStringLiteral("path")).toString(); }
    QString imei() const { return m_info.value(QStringLiteral("imei")).toString(); }
    QString serial() const { return m_info.value(QStringLiteral("serial")).toString(); }
    QJsonObject info() const { return m_info; }
    QByteArray stderrText() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QJsonObject m_info;
};
