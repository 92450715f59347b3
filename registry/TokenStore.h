#pragma once

#include "common/Result.h"
#include "registry/TokenInfo.h"

#include <QList>
#include <QSqlDatabase>

namespace eol::registry {

/// Issues, lists, revokes and checks API tokens. A token is 32 random bytes, base64url without
/// padding; the database keeps only its SHA-256, so a leaked database leaks no usable token.
class TokenStore
{
public:
    explicit TokenStore(QSqlDatabase db) : m_db(std::move(db)) {}

    static QStringList roles();
    static QString hashOf(const QString& token);

    /// Returns the new token: the only time it is ever visible.
    Result<QString> create(const QString& name, const QString& role);
    Result<QList<TokenInfo>> list();
    /// Revokes every valid token of that name; returns how many.
    Result<int> revoke(const QString& name);
    /// The valid token matching `token`, or an error whose message says why not.
    Result<TokenInfo> authenticate(const QString& token);

private:
    QSqlDatabase m_db;
};

} // namespace eol::registry
