#pragma once

// The real `eol-registry` for integration tests and benchmarks: `token create` and `serve` as
// child processes on 127.0.0.1. No Qt Test dependency: benchmarks use it too.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class RegistryProcess
{
public:
    explicit RegistryProcess(QString binary) : m_binary(std::move(binary)) {}
    ~RegistryProcess() { stop(); }
    RegistryProcess(const RegistryProcess&) = delete;
    RegistryProcess& operator=(const RegistryProcess&) = delete;

    /// `eol-registry token create --db DB --name NAME --role ROLE`: the token, or empty.
    QByteArray createToken(const QString& db, const QString& name, const QString& role)
    {
        QProcess p;
        p.start(m_binary,
                {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"), db,
                 QStringLiteral("--name"), name, QStringLiteral("--role"), role});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_failure = QStringLiteral("token create failed: ") +
                        QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        return p.readAllStandardOutput().trimmed();
    }

    /// `eol-registry serve --db DB --listen 127.0.0.1 --port PORT` (0 = any free port). Its log
    /// goes to `logFile` (appended): an unread pipe would fill up and stall the server.
    bool start(const QString& db, quint16 port, const QString& logFile)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setStandardErrorFile(logFile, QIODevice::Append);
        m_process->start(m_binary, {QStringLiteral("serve"), QStringLiteral("--db"), db,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--port"), QString::number(port)});
        if (!m_process->waitForStarted(10000)) {
            m_failure = QStringLiteral("cannot start %1").arg(m_binary);
            return false;
        }
        QByteArray out;
        while (!out.contains('\n') && m_process->waitForReadyRead(20000))
            out += m_process->readAllStandardOutput();
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on ")) {
            QFile log(logFile);
            (void)log.open(QIODevice::ReadOnly);
            m_failure = QStringLiteral("eol-registry serve did not start: %1 / %2")
                            .arg(QString::fromUtf8(line), QString::fromUtf8(log.readAll()));
            return false;
        }
        m_url = QString::fromUtf8(line.mid(int(qstrlen("listening on "))));
        return true;
    }

    /// SIGTERM, then SIGKILL if it does not stop in time.
    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    /// SIGKILL: a crash.
    void kill()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
    }

    /// "http://127.0.0.1:PORT" once started.
    QString url() const { return m_url; }
    quint16 port() const { return quint16(QUrl(m_url).port()); }
    QString failure() const { return m_failure; }
    QProcess* process() const { return m_process.get(); }

private:
    QString m_binary;
    std::unique_ptr<QProcess> m_process;
    QString m_url;
    QString m_failure;
};
