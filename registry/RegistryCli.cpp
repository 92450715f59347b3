#include "registry/RegistryCli.h"

#include "registry/Database.h"
#include "registry/RegistryLog.h"
#include "registry/RegistryServer.h"
#include "registry/SignalWatcher.h"
#include "registry/TokenStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTextStream>
#include <memory>

namespace eol::registry {

namespace {
const QStringList kFlags{QStringLiteral("--allow-plain-http"), QStringLiteral("--json"),
                         QStringLiteral("--help")};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

const char* const kUsage =
    "usage:\n"
    "  eol-registry serve --db <sqlite file | postgresql://user@host:port/db> [--listen ADDR]\n"
    "                     [--port N (0 = any free port)] [--tls-cert FILE --tls-key FILE]\n"
    "                     [--allow-plain-http]\n"
    "  eol-registry token create --db DB --name NAME --role station|reader|admin\n"
    "  eol-registry token list --db DB [--json]\n"
    "  eol-registry token revoke --db DB --name NAME\n"
    "  eol-registry migrate --db DB\n"
    "--db defaults to $EOL_REGISTRY_DB.\n";
} // namespace

int RegistryCli::usage(const QString& problem)
{
    if (!problem.isEmpty())
        err() << "eol-registry: " << problem << "\n";
    err() << kUsage;
    err().flush();
    return 2;
}

QString RegistryCli::dbArgument() const
{
    return has(QStringLiteral("--db")) ? option(QStringLiteral("--db"))
                                       : qEnvironmentVariable("EOL_REGISTRY_DB");
}

int RegistryCli::run(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq > 0) {
                m_options.insert(a.left(eq), a.mid(eq + 1));
            } else if (kFlags.contains(a)) {
                m_options.insert(a, QString());
            } else {
                if (i + 1 >= arguments.size())
                    return usage(QString(a % QStringLiteral(" needs a value")));
                m_options.insert(a, arguments.at(++i));
            }
        } else {
            m_positional << a;
        }
    }
    if (has(QStringLiteral("--help")) || m_positional.isEmpty())
        return usage(m_positional.isEmpty() && !has(QStringLiteral("--help"))
                         ? QStringLiteral("no command given")
                         : QString());
    const QString command = m_positional.at(0);
    if (command == QLatin1String("serve"))
        return serve();
    if (command == QLatin1String("token"))
        return token(m_positional.value(1));
    if (command == QLatin1String("migrate"))
        return migrate();
    return usage(QString(QStringLiteral("unknown command \"") % command % QLatin1Char('"')));
}

int RegistryCli::migrate()
{
    const Result<DatabaseSpec> spec = DatabaseSpec::parse(dbArgument());
    if (!spec)
        return usage(spec.error().message);
    Database db;
    if (const Result<void> opened = db.open(spec.value()); !opened) {
        err() << "eol-registry: " << opened.error().message << "\n";
        return 1;
    }
    out() << "database " << spec->describe() << " is up to date\n";
    return 0;
}

int RegistryCli::token(const QString& action)
{
    if (action != QLatin1String("create") && action != QLatin1String("list") &&
        action != QLatin1String("revoke"))
        return usage(QStringLiteral("token needs create, list or revoke"));
    const Result<DatabaseSpec> spec = DatabaseSpec::parse(dbArgument());
    if (!spec)
        return usage(spec.error().message);
    Database db;
    if (const Result<void> opened = db.open(spec.value()); !opened) {
        err() << "eol-registry: " << opened.error().message << "\n";
        return 1;
    }
    TokenStore tokens(db.db());
    if (action == QLatin1String("create")) {
        if (!has(QStringLiteral("--name")) || !has(QStringLiteral("--role")))
            return usage(QStringLiteral("token create needs --name and --role"));
        const QString name = option(QStringLiteral("--name"));
        const Result<QString> token = tokens.create(name, option(QStringLiteral("--role")));
        if (!token) {
            err() << "eol-registry: " << token.error().message << "\n";
            return token.error().code == QLatin1String("storage_error") ? 1 : 2;
        }
        // The only time the token is ever shown: alone on stdout, so scripts can capture it.
        out() << token.value() << "\n";
        out().flush();
        err() << "token for \"" << name << "\" (" << option(QStringLiteral("--role"))
              << ") created. Store it now: the registry keeps only its SHA-256 and cannot show "
                 "it again.\n";
        return 0;
    }
    if (action == QLatin1String("list")) {
        const auto list = tokens.list();
        if (!list) {
            err() << "eol-registry: " << list.error().message << "\n";
            return 1;
        }
        if (has(QStringLiteral("--json"))) {
            QJsonArray a;
            for (const TokenInfo& t : list.value())
                a.append(QJsonObject{
                    {QStringLiteral("id"), t.sha256.left(12)},
                    {QStringLiteral("name"), t.name},
                    {QStringLiteral("role"), t.role},
                    {QStringLiteral("created_utc"), t.createdUtc},
                    {QStringLiteral("revoked_utc"),
                     t.revokedUtc.isEmpty() ? QJsonValue() : QJsonValue(t.revokedUtc)}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
            return 0;
        }
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(QStringLiteral("id"), -12)
                     .arg(QStringLiteral("name"), -20)
                     .arg(QStringLiteral("role"), -8)
                     .arg(QStringLiteral("created"), -24)
                     .arg(QStringLiteral("revoked"));
        for (const TokenInfo& t : list.value())
            out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(t.sha256.left(12), -12)
                         .arg(t.name, -20)
                         .arg(t.role, -8)
                         .arg(t.createdUtc, -24)
                         .arg(t.revokedUtc.isEmpty() ? QStringLiteral("-") : t.revokedUtc);
        return 0;
    }
    if (!has(QStringLiteral("--name")))
        return usage(QStringLiteral("token revoke needs --name"));
    const Result<int> revoked = tokens.revoke(option(QStringLiteral("--name")));
    if (!revoked) {
        err() << "eol-registry: " << revoked.error().message << "\n";
        return 1;
    }
    if (revoked.value() == 0) {
        err() << "eol-registry: no valid token named \"" << option(QStringLiteral("--name"))
              << "\"\n";
        return 2;
    }
    out() << "revoked " << revoked.value() << " token(s) named \""
          << option(QStringLiteral("--name")) << "\"\n";
    return 0;
}

int RegistryCli::serve()
{
    const Result<DatabaseSpec> spec = DatabaseSpec::parse(dbArgument());
    if (!spec)
        return usage(spec.error().message);
    const QString listen = has(QStringLiteral("--listen")) ? option(QStringLiteral("--listen"))
                                                           : QStringLiteral("127.0.0.1");
    QHostAddress address;
    if (listen == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(listen))
        return usage(QString(QStringLiteral("--listen \"") % listen %
                             QStringLiteral("\" is not an IP address")));
    bool portOk = true;
    const int port =
        has(QStringLiteral("--port")) ? option(QStringLiteral("--port")).toInt(&portOk) : 8080;
    if (!portOk || port < 0 || port > 65535)
        return usage(QStringLiteral("--port must be 0..65535 (0 = any free port)"));
    const bool tls = has(QStringLiteral("--tls-cert")) || has(QStringLiteral("--tls-key"));
    if (tls && !(has(QStringLiteral("--tls-cert")) && has(QStringLiteral("--tls-key"))))
        return usage(QStringLiteral("TLS needs both --tls-cert and --tls-key"));
    if (!tls && !address.isLoopback() && !has(QStringLiteral("--allow-plain-http"))) {
        err() << "eol-registry: refusing to serve plain HTTP on " << listen
              << ": tokens and device identities would cross the network unencrypted. Give "
                 "--tls-cert and --tls-key, or --allow-plain-http if a TLS proxy sits in front.\n";
        return 2;
    }

    Database db;
    if (const Result<void> opened = db.open(spec.value()); !opened) {
        err() << "eol-registry: " << opened.error().message << "\n";
        return 1;
    }
    auto serverOwner = std::make_unique<RegistryServer>(db);
    RegistryServer& server = *serverOwner;
    if (tls) {
        QFile certFile(option(QStringLiteral("--tls-cert")));
        QFile keyFile(option(QStringLiteral("--tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err() << "eol-registry: cannot read the TLS certificate or key: "
                  << (certFile.isOpen() ? keyFile.errorString() : certFile.errorString()) << "\n";
            return 1;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (chain.isEmpty() || key.isNull()) {
            err() << "eol-registry: "
                  << (chain.isEmpty() ? "no PEM certificate in "
                                      : "no PEM "
                                        "RSA/EC key in ")
                  << (chain.isEmpty() ? certFile.fileName() : keyFile.fileName()) << "\n";
            return 1;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.sslSetup(config);
    }
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        err() << "eol-registry: cannot listen on " << listen << ":" << port
              << " (port in use, or not allowed)\n";
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QString(QLatin1Char('[') % address.toString() % QLatin1Char(']'))
                             : address.toString();
    out() << "listening on " << (tls ? "https" : "http") << "://" << host << ":" << bound << "\n";
    out().flush();
    qCInfo(lcRegistry, "serving %s on port %u (%s)", qPrintable(db.spec().describe()), bound,
           tls ? "TLS" : "plain HTTP");

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int signal) {
        qCInfo(lcRegistry, "signal %d: stopping", signal);
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    for (QTcpServer* s : server.servers())
        s->close();
    serverOwner.reset(); // its queries go before the connection does
    db.close();
    qCInfo(lcRegistry, "stopped");
    return code;
}

} // namespace eol::registry
