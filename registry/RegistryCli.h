#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace eol::registry {

/// The eol-registry command line: serve, token create|list|revoke, migrate.
/// Exit codes: 0 ok, 1 runtime failure (database, port), 2 bad usage or refused configuration.
class RegistryCli
{
public:
    int run(const QStringList& arguments);

private:
    int serve();
    int token(const QString& action);
    int migrate();
    int usage(const QString& problem);

    bool has(const QString& option) const { return m_options.contains(option); }
    QString option(const QString& name) const { return m_options.value(name); }
    QString dbArgument() const;

    QMap<QString, QString> m_options; ///< "--port" -> "8080"; flags map to ""
    QStringList m_positional;
};

} // namespace eol::registry
