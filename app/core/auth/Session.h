#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Role.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eol::core::auth {

/// Who is logged in at the station, as what, since when and how ("pin", "badge", "cli").
/// A default-constructed Session is "nobody" (isValid() false) and allows nothing.
struct Session
{
    QString userName;
    QString displayName;
    Role role = Role::Operator;
    QDateTime sinceUtc;
    QString channel;

    bool isValid() const { return !userName.isEmpty(); }
    bool allows(Permission permission) const
    {
        return isValid() && AccessPolicy::allows(role, permission);
    }
    /// True when `lastActivityUtc` is at least `idleMinutes` before `nowUtc` (0 = never idle).
    static bool idleExpired(const QDateTime& lastActivityUtc, const QDateTime& nowUtc,
                            int idleMinutes)
    {
        return idleMinutes > 0 && lastActivityUtc.isValid() &&
               lastActivityUtc.secsTo(nowUtc) >= qint64(idleMinutes) * 60;
    }
};

} // namespace eol::core::auth

Q_DECLARE_METATYPE(eol::core::auth::Session)
