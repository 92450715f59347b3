#pragma once

#include "auth/CredentialHash.h"
#include "auth/Session.h"
#include "auth/UserPolicy.h"
#include "auth/UserRecord.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace eol::core::store {
class RunStore;
}
namespace eol::core::audit {
class AuditLog;
}

namespace eol::core::auth {

/// The station's users (table users, resources/sql/005_auth_audit_plans.sql): add, change,
/// disable, set PIN and badge, and log in by name + PIN or by badge. Every change and every
/// login attempt is written to the audit trail in the same transaction.
///
/// PINs are stored only as CredentialHash (scrypt) strings, badge ids only as their digest.
/// After `maxFailedAttempts` wrong PINs in a row a user is locked for `lockoutMinutes`
/// (audited as user_locked); an admin can unlock earlier.
///
/// Works on the RunStore's connection and thread. The slow hash runs outside any transaction,
/// so a login never holds the database's write lock for the 0.1 s of scrypt.
class UserStore
{
public:
    using Policy = UserPolicy;

    /// What `add` needs. Empty `pin` / `badgeId` = none (a user needs at least one to log in).
    struct NewUser
    {
        QString name;
        QString displayName; ///< empty = the name
        Role role = Role::Operator;
        QString pin;
        QString badgeId;
    };

    UserStore(store::RunStore& store, audit::AuditLog& audit, Policy policy = {});

    const Policy& policy() const { return m_policy; }

    /// Active users (or all), by name.
    Result<QList<UserRecord>> list(bool includeInactive = true) const;
    Result<int> activeCount() const;
    /// One user by name (case-insensitive); error "auth_unknown_user" when there is none.
    Result<UserRecord> find(const QString& name) const;

    Result<UserRecord> add(const NewUser& user, const QString& actor);
    Result<void> setPin(const QString& name, const QString& pin, const QString& actor);
    /// Assigns a badge id; an empty id removes the badge.
    Result<void> setBadge(const QString& name, const QString& badgeId, const QString& actor);
    Result<void> setRole(const QString& name, Role role, const QString& actor);
    Result<void> setDisplayName(const QString& name, const QString& displayName,
                                const QString& actor);
    /// Disables or re-enables a user. The last active admin cannot be disabled.
    Result<void> setActive(const QString& name, bool active, const QString& actor);
    /// Clears a lockout and the wrong-PIN counter.
    Result<void> unlock(const QString& name, const QString& actor);

    /// Name + PIN. `channel` ("pin", "cli") is recorded in the audit row.
    Result<Session> authenticatePin(const QString& name, const QString& pin,
                                    const QString& channel = QStringLiteral("pin"));
    /// The badge id read from a badge QR (EOL1|B|<badge id>).
    Result<Session> authenticateBadge(const QString& badgeId,
                                      const QString& channel = QStringLiteral("badge"));
    /// Audits the end of a session ("logout", with why: "user", "idle", "replaced").
    Result<void> logout(const Session& session, const QString& reason);

    /// PIN rules (digits only, the policy's length); empty message = fine.
    static QString pinProblem(const QString& pin, const Policy& policy);
    QString pinProblem(const QString& pin) const { return pinProblem(pin, m_policy); }
    /// Badge id rules (8..64 of A-Z a-z 0-9 . _ -); empty message = fine.
    static QString badgeProblem(const QString& badgeId);
    /// Login name rules (1..32 of a-z 0-9 . _ -, starting with a letter or digit).
    static QString nameProblem(const QString& name);

private:
    Result<UserRecord> findBy(const char* whereSql, const QString& value) const;
    Result<void> update(const QString& name, const char* setSql, const QList<QString>& values,
                        const std::function<Result<void>()>& audit);
    Result<void> requireAnotherAdmin(const UserRecord& user, const QString& what) const;
    Result<Session> loginOk(const UserRecord& user, const QString& channel, const QString& rehash);

    store::RunStore& m_store;
    audit::AuditLog& m_audit;
    Policy m_policy;
};

} // namespace eol::core::auth
