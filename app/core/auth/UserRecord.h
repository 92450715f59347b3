#pragma once

#include "auth/Role.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace eol::core::auth {

/// A station user as listed to admins and on the login screen. Never carries a secret: only
/// whether a PIN or badge is set.
struct UserRecord
{
    qint64 id = 0;
    QString name;        ///< login name, lower-case, unique
    QString displayName; ///< shown in the status bar and the login list
    Role role = Role::Operator;
    bool active = true;
    bool hasPin = false;
    bool hasBadge = false;
    int failedAttempts = 0;   ///< wrong PINs since the last good login
    QDateTime lockedUntilUtc; ///< invalid = not locked
    QDateTime lastLoginUtc;
    QDateTime createdUtc;
    QDateTime updatedUtc;

    bool isLocked(const QDateTime& nowUtc) const
    {
        return lockedUntilUtc.isValid() && lockedUntilUtc > nowUtc;
    }
};

} // namespace eol::core::auth

Q_DECLARE_METATYPE(eol::core::auth::UserRecord)
