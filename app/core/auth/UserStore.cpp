#include "auth/UserStore.h"

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "audit/SqlStatement.h"
#include "auth/AuthLog.h"
#include "store/RunStore.h"

#include <QRegularExpression>

namespace eol::core::auth {

using audit::AuditAction;
using audit::SqlStatement;

namespace {

constexpr const char* kColumns =
    "id, name, display_name, role, pin_hash IS NOT NULL, badge_hash IS NOT NULL, active, "
    "failed_attempts, locked_until_utc, last_login_utc, created_utc, updated_utc";

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseUtc(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

UserRecord readUser(const SqlStatement& s)
{
    UserRecord u;
    u.id = s.int64(0);
    u.name = s.text(1);
    u.displayName = s.text(2);
    u.role = roleFromName(s.text(3)).value_or(Role::Operator);
    u.hasPin = s.int64(4) != 0;
    u.hasBadge = s.int64(5) != 0;
    u.active = s.int64(6) != 0;
    u.failedAttempts = int(s.int64(7));
    u.lockedUntilUtc = parseUtc(s.text(8));
    u.lastLoginUtc = parseUtc(s.text(9));
    u.createdUtc = parseUtc(s.text(10));
    u.updatedUtc = parseUtc(s.text(11));
    return u;
}

Error refused(const QString& code, const QString& message)
{
    return makeError(code, message);
}

} // namespace

UserStore::UserStore(store::RunStore& store, audit::AuditLog& audit, Policy policy)
    : m_store(store), m_audit(audit), m_policy(policy)
{
}

QString UserStore::nameProblem(const QString& name)
{
    static const QRegularExpression ok(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,31}$"));
    if (!ok.match(name).hasMatch())
        return QStringLiteral("user name \"%1\" is not valid: use 1 to 32 lower-case letters, "
                              "digits, '.', '_' or '-', starting with a letter or digit")
            .arg(name.left(40));
    return {};
}

QString UserStore::pinProblem(const QString& pin, const Policy& policy)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(pin).hasMatch() || pin.size() < policy.minPinLength ||
        pin.size() > policy.maxPinLength)
        return QStringLiteral("a PIN is %1 to %2 digits (nothing else, so it can be typed on "
                              "the touch PIN pad)")
            .arg(policy.minPinLength)
            .arg(policy.maxPinLength);
    return {};
}

QString UserStore::badgeProblem(const QString& badgeId)
{
    static const QRegularExpression ok(QStringLiteral("^[A-Za-z0-9._-]{8,64}$"));
    if (!ok.match(badgeId).hasMatch())
        return QStringLiteral("a badge id is 8 to 64 letters, digits, '.', '_' or '-' — use a "
                              "long random one: whoever has the badge QR can log in with it");
    return {};
}

Result<UserRecord> UserStore::findBy(const char* whereSql, const QString& value) const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM users WHERE " + whereSql;
    auto stmt =
        SqlStatement::prepare(m_store.connection(), sql.constData(), QStringLiteral("read a user"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, value);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return refused(QStringLiteral("auth_unknown_user"),
                       QStringLiteral("no user named \"%1\"").arg(value.left(40)));
    return readUser(stmt.value());
}

Result<UserRecord> UserStore::find(const QString& name) const
{
    return findBy("name = ?1 COLLATE NOCASE", name.trimmed());
}

Result<QList<UserRecord>> UserStore::list(bool includeInactive) const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM users" +
                           (includeInactive ? "" : " WHERE active = 1") + " ORDER BY name";
    auto stmt =
        SqlStatement::prepare(m_store.connection(), sql.constData(), QStringLiteral("list users"));
    if (!stmt)
        return stmt.error();
    QList<UserRecord> out;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out << readUser(stmt.value());
    }
    return out;
}

Result<int> UserStore::activeCount() const
{
    auto stmt =
        SqlStatement::prepare(m_store.connection(), "SELECT count(*) FROM users WHERE active = 1",
                              QStringLiteral("count users"));
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return int(stmt->int64(0));
}

Result<UserRecord> UserStore::add(const NewUser& user, const QString& actor)
{
    const QString name = user.name.trimmed().toLower();
    if (const QString p = nameProblem(name); !p.isEmpty())
        return refused(QStringLiteral("auth_bad_name"), p);
    const QString display =
        user.displayName.trimmed().isEmpty() ? name : user.displayName.trimmed();
    if (display.size() > 64)
        return refused(QStringLiteral("auth_bad_name"),
                       QStringLiteral("the display name is longer than 64 characters"));
    QString pinHash;
    if (!user.pin.isEmpty()) {
        if (const QString p = pinProblem(user.pin); !p.isEmpty())
            return refused(QStringLiteral("auth_bad_pin"), p);
        auto h = CredentialHash::hash(user.pin.toUtf8(), m_policy.kdf);
        if (!h)
            return h.error();
        pinHash = h.value();
    }
    QString badgeHash;
    if (!user.badgeId.isEmpty()) {
        if (const QString p = badgeProblem(user.badgeId); !p.isEmpty())
            return refused(QStringLiteral("auth_bad_badge"), p);
        badgeHash = CredentialHash::badgeDigest(user.badgeId);
    }
    if (auto existing = find(name); existing)
        return refused(QStringLiteral("auth_user_exists"),
                       QStringLiteral("a user named \"%1\" already exists (%2) — change that "
                                      "user instead")
                           .arg(name, existing->active ? QStringLiteral("active")
                                                       : QStringLiteral("disabled")));
    if (!badgeHash.isEmpty()) {
        if (auto other = findBy("badge_hash = ?1", badgeHash); other)
            return refused(
                QStringLiteral("auth_badge_taken"),
                QStringLiteral("this badge is already assigned to user \"%1\"").arg(other->name));
    }

    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    auto done = m_store.transaction([&]() -> Result<void> {
        auto stmt = SqlStatement::prepare(
            m_store.connection(),
            "INSERT INTO users (name, display_name, role, pin_hash, badge_hash, active, "
            "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            QStringLiteral("add user %1").arg(name));
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, name);
        stmt.value().bind(2, display);
        stmt.value().bind(3, roleName(user.role));
        stmt.value().bind(4, pinHash);
        stmt.value().bind(5, badgeHash);
        stmt.value().bind(6, now);
        stmt.value().bind(7, now);
        if (auto r = stmt.value().run(); !r)
            return r;
        QJsonObject details{{QStringLiteral("display_name"), display},
                            {QStringLiteral("pin"), !pinHash.isEmpty()},
                            {QStringLiteral("badge"), !badgeHash.isEmpty()}};
        auto a = m_audit.append(actor, AuditAction::kUserAdded, name, QString(),
                                roleName(user.role), details);
        if (!a)
            return a.error();
        return {};
    });
    if (!done)
        return done.error();
    qCInfo(lcAuth) << "user added:" << name << roleName(user.role) << "by" << actor;
    return find(name);
}

Result<void> UserStore::update(const QString& name, const char* setSql,
                               const QList<QString>& values,
                               const std::function<Result<void>()>& audit)
{
    return m_store.transaction([&]() -> Result<void> {
        const QByteArray sql = QByteArray("UPDATE users SET ") + setSql +
                               ", updated_utc = ? WHERE name = ? COLLATE NOCASE";
        auto stmt = SqlStatement::prepare(m_store.connection(), sql.constData(),
                                          QStringLiteral("change user %1").arg(name));
        if (!stmt)
            return stmt.error();
        int i = 1;
        for (const QString& v : values)
            stmt.value().bind(i++, v);
        stmt.value().bind(i++, isoUtc(QDateTime::currentDateTimeUtc()));
        stmt.value().bind(i, name);
        if (auto r = stmt.value().run(); !r)
            return r;
        if (stmt->changes() != 1)
            return refused(QStringLiteral("auth_unknown_user"),
                           QStringLiteral("no user named \"%1\"").arg(name));
        return audit ? audit() : Result<void>();
    });
}

Result<void> UserStore::requireAnotherAdmin(const UserRecord& user, const QString& what) const
{
    if (user.role != Role::Admin || !user.active)
        return {};
    auto stmt = SqlStatement::prepare(
        m_store.connection(),
        "SELECT count(*) FROM users WHERE active = 1 AND role = 'admin' AND id <> ?",
        QStringLiteral("count administrators"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, user.id);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (stmt->int64(0) == 0)
        return refused(QStringLiteral("auth_last_admin"),
                       QStringLiteral("cannot %1 \"%2\": it is the last active administrator — "
                                      "add another administrator first")
                           .arg(what, user.name));
    return {};
}

Result<void> UserStore::setPin(const QString& name, const QString& pin, const QString& actor)
{
    auto user = find(name);
    if (!user)
        return user.error();
    if (const QString p = pinProblem(pin); !p.isEmpty())
        return refused(QStringLiteral("auth_bad_pin"), p);
    auto h = CredentialHash::hash(pin.toUtf8(), m_policy.kdf);
    if (!h)
        return h.error();
    // A new PIN also lifts a lockout: the admin has just spoken to the user.
    return update(user->name, "pin_hash = ?, failed_attempts = 0, locked_until_utc = NULL",
                  {h.value()}, [&]() -> Result<void> {
                      auto a = m_audit.append(actor, AuditAction::kPinChanged, user->name,
                                              user->hasPin ? QStringLiteral("set")
                                                           : QStringLiteral("none"),
                                              QStringLiteral("set"));
                      return a ? Result<void>() : Result<void>(a.error());
                  });
}

Result<void> UserStore::setBadge(const QString& name, const QString& badgeId, const QString& actor)
{
    auto user = find(name);
    if (!user)
        return user.error();
    QString digest;
    if (!badgeId.isEmpty()) {
        if (const QString p = badgeProblem(badgeId); !p.isEmpty())
            return refused(QStringLiteral("auth_bad_badge"), p);
        digest = CredentialHash::badgeDigest(badgeId);
        if (auto other = findBy("badge_hash = ?1", digest); other && other->id != user->id)
            return refused(
                QStringLiteral("auth_badge_taken"),
                QStringLiteral("this badge is already assigned to user \"%1\"").arg(other->name));
    }
    return update(user->name, "badge_hash = ?", {digest}, [&]() -> Result<void> {
        auto a = m_audit.append(actor, AuditAction::kBadgeChanged, user->name,
                                user->hasBadge ? QStringLiteral("set") : QStringLiteral("none"),
                                digest.isEmpty() ? QStringLiteral("none") : QStringLiteral("set"));
        return a ? Result<void>() : Result<void>(a.error());
    });
}

Result<void> UserStore::setRole(const QString& name, Role role, const QString& actor)
{
    auto user = find(name);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    if (auto r = requireAnotherAdmin(user.value(), QStringLiteral("change the role of")); !r)
        return r;
    return update(user->name, "role = ?", {roleName(role)}, [&]() -> Result<void> {
        auto a =
            m_audit.append(actor, AuditAction::kUserChanged, user->name, roleName(user->role),
                           roleName(role), {{QStringLiteral("field"), QStringLiteral("role")}});
        return a ? Result<void>() : Result<void>(a.error());
    });
}

Result<void> UserStore::setDisplayName(const QString& name, const QString& displayName,
                                       const QString& actor)
{
    auto user = find(name);
    if (!user)
        return user.error();
    const QString display = displayName.trimmed();
    if (display.isEmpty() || display.size() > 64)
        return refused(QStringLiteral("auth_bad_name"),
                       QStringLiteral("a display name is 1 to 64 characters"));
    if (display == user->displayName)
        return {};
    return update(user->name, "display_name = ?", {display}, [&]() -> Result<void> {
        auto a =
            m_audit.append(actor, AuditAction::kUserChanged, user->name, user->displayName, display,
                           {{QStringLiteral("field"), QStringLiteral("display_name")}});
        return a ? Result<void>() : Result<void>(a.error());
    });
}

Result<void> UserStore::setActive(const QString& name, bool active, const QString& actor)
{
    auto user = find(name);
    if (!user)
        return user.error();
    if (user->active == active)
        return {};
    if (!active) {
        if (auto r = requireAnotherAdmin(user.value(), QStringLiteral("disable")); !r)
            return r;
    }
    return update(user->name, "active = ?", {active ? QStringLiteral("1") : QStringLiteral("0")},
                  [&]() -> Result<void> {
                      auto a = m_audit.append(
                          actor, active ? AuditAction::kUserEnabled : AuditAction::kUserDisabled,
                          user->name,
                          active ? QStringLiteral("disabled") : QStringLiteral("active"),
                          active ? QStringLiteral("active") : QStringLiteral("disabled"));
                      return a ? Result<void>() : Result<void>(a.error());
                  });
}

Result<void> UserStore::unlock(const QString& name, const QString& actor)
{
    auto user = find(name);
    if (!user)
        return user.error();
    return update(
        user->name, "failed_attempts = 0, locked_until_utc = NULL", {}, [&]() -> Result<void> {
            auto a = m_audit.append(actor, AuditAction::kUserChanged, user->name,
                                    user->isLocked(QDateTime::currentDateTimeUtc())
                                        ? QStringLiteral("locked")
                                        : QStringLiteral("%1 wrong PINs").arg(user->failedAttempts),
                                    QStringLiteral("unlocked"),
                                    {{QStringLiteral("field"), QStringLiteral("lockout")}});
            return a ? Result<void>() : Result<void>(a.error());
        });
}

Result<Session> UserStore::loginOk(const UserRecord& user, const QString& channel,
                                   const QString& rehash)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto done = m_store.transaction([&]() -> Result<void> {
        const char* sql = rehash.isEmpty()
                              ? "UPDATE users SET failed_attempts = 0, locked_until_utc = NULL, "
                                "last_login_utc = ?1 WHERE id = ?2"
                              : "UPDATE users SET failed_attempts = 0, locked_until_utc = NULL, "
                                "last_login_utc = ?1, pin_hash = ?3 WHERE id = ?2";
        auto stmt =
            SqlStatement::prepare(m_store.connection(), sql, QStringLiteral("record a login"));
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, isoUtc(now));
        stmt.value().bind(2, user.id);
        if (!rehash.isEmpty())
            stmt.value().bind(3, rehash);
        if (auto r = stmt.value().run(); !r)
            return r;
        QJsonObject details{{QStringLiteral("channel"), channel},
                            {QStringLiteral("role"), roleName(user.role)}};
        if (!rehash.isEmpty())
            details.insert(QStringLiteral("pin_rehashed"), true);
        auto a = m_audit.append(user.name, AuditAction::kLoginOk, user.name, {}, {}, details);
        return a ? Result<void>() : Result<void>(a.error());
    });
    if (!done)
        return done.error();
    Session s;
    s.userName = user.name;
    s.displayName = user.displayName;
    s.role = user.role;
    s.sinceUtc = now;
    s.channel = channel;
    qCInfo(lcAuth) << "login" << user.name << roleName(user.role) << "via" << channel;
    return s;
}

Result<Session> UserStore::authenticatePin(const QString& name, const QString& pin,
                                           const QString& channel)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto failed = [&](const QString& subject, const QString& reason,
                      const QString& message) -> Result<Session> {
        auto a = m_audit.append(
            subject, AuditAction::kLoginFailed, subject, {}, {},
            {{QStringLiteral("channel"), channel}, {QStringLiteral("reason"), reason}});
        if (!a)
            qCWarning(lcAuth) << "cannot audit a failed login:" << a.error().message;
        return refused(QStringLiteral("auth_refused"), message);
    };

    auto user = find(name);
    if (!user || !user->active) {
        // Same work as a real check, so the time taken does not tell whether the user exists.
        CredentialHash::verifyNothing(pin.toUtf8());
        if (!user)
            return failed(
                name.trimmed().toLower().left(40), QStringLiteral("unknown user"),
                QStringLiteral("no active user named \"%1\"").arg(name.trimmed().left(40)));
        return failed(
            user->name, QStringLiteral("user disabled"),
            QStringLiteral("user \"%1\" is disabled — ask an administrator").arg(user->name));
    }
    if (user->isLocked(now)) {
        return failed(user->name, QStringLiteral("locked"),
                      QStringLiteral("user \"%1\" is locked after %2 wrong PINs until %3 UTC — "
                                     "wait, or ask an administrator to unlock")
                          .arg(user->name)
                          .arg(m_policy.maxFailedAttempts)
                          .arg(user->lockedUntilUtc.toString(QStringLiteral("HH:mm"))));
    }

    QString pinHash;
    {
        auto stmt =
            SqlStatement::prepare(m_store.connection(), "SELECT pin_hash FROM users WHERE id = ?",
                                  QStringLiteral("read a PIN hash"));
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, user->id);
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        pinHash = stmt->text(0);
    }
    if (pinHash.isEmpty()) {
        CredentialHash::verifyNothing(pin.toUtf8());
        return failed(user->name, QStringLiteral("no PIN"),
                      QStringLiteral("user \"%1\" has no PIN — log in with the badge, or ask an "
                                     "administrator to set a PIN")
                          .arg(user->name));
    }

    if (CredentialHash::verify(pin.toUtf8(), pinHash)) {
        QString rehash;
        if (CredentialHash::needsRehash(pinHash, m_policy.kdf)) {
            // Parameters were raised since this PIN was set: store it at today's cost.
            if (auto h = CredentialHash::hash(pin.toUtf8(), m_policy.kdf); h)
                rehash = h.value();
        }
        return loginOk(user.value(), channel, rehash);
    }

    // Wrong PIN: count it (in SQL, so two stations on one database cannot lose a count) and
    // lock the user when the limit is reached.
    int attempts = 0;
    bool locked = false;
    QDateTime lockedUntil;
    auto counted = m_store.transaction([&]() -> Result<void> {
        auto inc = SqlStatement::prepare(
            m_store.connection(),
            "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?",
            QStringLiteral("count a wrong PIN"));
        if (!inc)
            return inc.error();
        inc.value().bind(1, user->id);
        if (auto r = inc.value().run(); !r)
            return r;
        auto read = SqlStatement::prepare(m_store.connection(),
                                          "SELECT failed_attempts FROM users WHERE id = ?",
                                          QStringLiteral("count a wrong PIN"));
        if (!read)
            return read.error();
        read.value().bind(1, user->id);
        if (auto row = read.value().step(); !row)
            return row.error();
        attempts = int(read->int64(0));
        QJsonObject details{{QStringLiteral("channel"), channel},
                            {QStringLiteral("reason"), QStringLiteral("wrong PIN")},
                            {QStringLiteral("attempt"), attempts}};
        if (auto a =
                m_audit.append(user->name, AuditAction::kLoginFailed, user->name, {}, {}, details);
            !a)
            return a.error();
        if (attempts < m_policy.maxFailedAttempts)
            return {};
        locked = true;
        lockedUntil = now.addSecs(qint64(m_policy.lockoutMinutes) * 60);
        auto lock = SqlStatement::prepare(
            m_store.connection(),
            "UPDATE users SET failed_attempts = 0, locked_until_utc = ? WHERE id = ?",
            QStringLiteral("lock a user"));
        if (!lock)
            return lock.error();
        lock.value().bind(1, isoUtc(lockedUntil));
        lock.value().bind(2, user->id);
        if (auto r = lock.value().run(); !r)
            return r;
        auto a = m_audit.append(QStringLiteral("station"), AuditAction::kUserLocked, user->name,
                                QStringLiteral("active"),
                                QStringLiteral("locked until %1").arg(isoUtc(lockedUntil)),
                                {{QStringLiteral("wrong_pins"), attempts},
                                 {QStringLiteral("minutes"), m_policy.lockoutMinutes}});
        return a ? Result<void>() : Result<void>(a.error());
    });
    if (!counted)
        return counted.error();
    if (locked) {
        qCWarning(lcAuth) << "user" << user->name << "locked after" << attempts << "wrong PINs";
        return refused(QStringLiteral("auth_refused"),
                       QStringLiteral("wrong PIN — user \"%1\" is now locked for %2 minutes "
                                      "after %3 wrong PINs (an administrator can unlock)")
                           .arg(user->name)
                           .arg(m_policy.lockoutMinutes)
                           .arg(m_policy.maxFailedAttempts));
    }
    const int left = m_policy.maxFailedAttempts - attempts;
    return refused(QStringLiteral("auth_refused"),
                   QStringLiteral("wrong PIN for \"%1\" (%2 more %3 before the user is locked)")
                       .arg(user->name)
                       .arg(left)
                       .arg(left == 1 ? QStringLiteral("try") : QStringLiteral("tries")));
}

Result<Session> UserStore::authenticateBadge(const QString& badgeId, const QString& channel)
{
    const QString digest = CredentialHash::badgeDigest(badgeId);
    auto user = findBy("badge_hash = ?1", digest);
    if (!user || !user->active) {
        const QString subject = user ? user->name : QStringLiteral("(unknown badge)");
        // The digest's first characters let an admin match repeated scans of one unknown badge
        // without the audit trail holding anything that logs in.
        auto a = m_audit.append(subject, AuditAction::kLoginFailed, subject, {}, {},
                                {{QStringLiteral("channel"), channel},
                                 {QStringLiteral("reason"), user ? QStringLiteral("user disabled")
                                                                 : QStringLiteral("unknown badge")},
                                 {QStringLiteral("badge_digest_prefix"), digest.left(8)}});
        if (!a)
            qCWarning(lcAuth) << "cannot audit a failed login:" << a.error().message;
        if (user)
            return refused(
                QStringLiteral("auth_refused"),
                QStringLiteral("user \"%1\" is disabled — ask an administrator").arg(user->name));
        return refused(QStringLiteral("auth_refused"),
                       QStringLiteral("this badge is not registered at this station — ask an "
                                      "administrator to assign it"));
    }
    // A PIN lockout does not stop the badge: the lockout is against guessing PINs, and the
    // badge is something the user has, not something that can be guessed.
    return loginOk(user.value(), channel, {});
}

Result<void> UserStore::logout(const Session& session, const QString& reason)
{
    if (!session.isValid())
        return {};
    auto a = m_audit.append(
        session.userName, AuditAction::kLogout, session.userName, {}, {},
        {{QStringLiteral("reason"), reason}, {QStringLiteral("since"), isoUtc(session.sinceUtc)}});
    if (!a)
        return a.error();
    qCInfo(lcAuth) << "logout" << session.userName << reason;
    return {};
}

} // namespace eol::core::auth
