#pragma once

// A throw-away PostgreSQL 15 cluster for registry tests and benchmarks: initdb + pg_ctl in a
// temporary directory, listening on 127.0.0.1 at a free port, trust authentication. Run as root
// (the build containers), the cluster belongs to the `postgres` user via runuser, because
// PostgreSQL refuses to run as root. No Qt Test dependency: benchmarks use it too.

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster() { stop(); }
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    /// Creates and starts the cluster; false with error() saying why. `durable` = false turns
    /// fsync off (functional tests); benchmarks keep PostgreSQL's durable default.
    bool start(bool durable)
    {
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin");
        if (!QFile::exists(bin + QStringLiteral("/initdb"))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb missing): "
                                     "apt-get install postgresql")
                          .arg(bin);
            return false;
        }
        m_dir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/eol-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory for PostgreSQL");
            return false;
        }
        const QByteArray path = m_dir->path().toLocal8Bit();
        if (geteuid() == 0) {
            const passwd* pw = getpwnam("postgres");
            if (!pw || ::chown(path.constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("no 'postgres' user to own the cluster (apt-get install "
                                         "postgresql)");
                return false;
            }
        }
        ::chmod(path.constData(), 0700);
        const QString data = m_dir->filePath(QStringLiteral("data"));
        QString out;
        if (tool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-sync")},
                 out) != 0) {
            m_error = QStringLiteral("PostgreSQL initdb failed: ") + out;
            return false;
        }
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1")
                              .arg(m_port)
                              .arg(m_dir->path());
        if (!durable)
            options += QStringLiteral(" -c fsync=off");
        if (tool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-l"),
                  m_dir->filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                  QStringLiteral("start")},
                 out) != 0) {
            QFile log(m_dir->filePath(QStringLiteral("postgres.log")));
            (void)log.open(QIODevice::ReadOnly);
            m_error = QStringLiteral("PostgreSQL did not start: %1 / log: %2")
                          .arg(out, QString::fromUtf8(log.readAll()));
            return false;
        }
        m_started = true;
        return true;
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        QString out;
        tool(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
             out);
    }

    /// A fresh, empty database `name` in the cluster (for a fresh registry per measurement).
    bool createDatabase(const QString& name)
    {
        QString out;
        if (tool(QStringLiteral("createdb"),
                 {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                  QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), name},
                 out) != 0) {
            m_error = QStringLiteral("createdb %1 failed: %2").arg(name, out);
            return false;
        }
        return true;
    }

    int port() const { return m_port; }
    /// The registry's --db argument for database `name` of this cluster.
    QString url(const QString& name = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }
    QString error() const { return m_error; }

private:
    static int tool(const QString& name, const QStringList& args, QString& output)
    {
        const QString program = QStringLiteral("/usr/lib/postgresql/15/bin/") + name;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), program} +
                        args);
        else
            p.start(program, args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            output = QStringLiteral("%1 did not finish in time").arg(name);
            return -1;
        }
        output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_started = false;
    QString m_error;
};
