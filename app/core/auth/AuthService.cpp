#include "auth/AuthService.h"

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "auth/AuthLog.h"
#include "store/RunStore.h"

namespace eol::core::auth {

AuthService::AuthService(QString databasePath, QString stationId, UserStore::Policy policy)
    : m_databasePath(std::move(databasePath)), m_stationId(std::move(stationId)), m_policy(policy)
{
    qRegisterMetaType<eol::core::auth::Session>();
    qRegisterMetaType<eol::core::auth::UserRecord>();
    qRegisterMetaType<QList<eol::core::auth::UserRecord>>();
}

AuthService::~AuthService()
{
    // Members reference each other: users -> audit -> store, destroyed in that order.
    m_users.reset();
    m_audit.reset();
    m_store.reset();
}

void AuthService::open()
{
    if (m_store)
        return;
    auto store = store::RunStore::open(m_databasePath);
    if (!store) {
        qCWarning(lcAuth) << "logins unavailable:" << store.error().message;
        Q_EMIT problem(store.error().message);
        return;
    }
    m_store = std::move(store).value();
    m_audit = std::make_unique<audit::AuditLog>(*m_store, m_stationId);
    m_users = std::make_unique<UserStore>(*m_store, *m_audit, m_policy);
    refreshUsers();
}

bool AuthService::ready()
{
    if (!m_store)
        open();
    return m_users != nullptr;
}

void AuthService::refreshUsers()
{
    if (!ready())
        return;
    auto users = m_users->list(false);
    if (!users) {
        Q_EMIT problem(users.error().message);
        return;
    }
    Q_EMIT usersChanged(users.value());
}

void AuthService::loginWithPin(const QString& name, const QString& pin)
{
    if (!ready()) {
        Q_EMIT loginRefused(tr("The user database cannot be opened — call the line lead."));
        return;
    }
    auto session = m_users->authenticatePin(name, pin);
    if (!session) {
        Q_EMIT loginRefused(session.error().message);
        return;
    }
    Q_EMIT loggedIn(session.value());
}

void AuthService::loginWithBadge(const QString& badgeId)
{
    if (!ready()) {
        Q_EMIT loginRefused(tr("The user database cannot be opened — call the line lead."));
        return;
    }
    auto session = m_users->authenticateBadge(badgeId);
    if (!session) {
        Q_EMIT loginRefused(session.error().message);
        return;
    }
    Q_EMIT loggedIn(session.value());
}

void AuthService::logout(const Session& session, const QString& reason)
{
    if (!ready())
        return;
    if (auto r = m_users->logout(session, reason); !r)
        qCWarning(lcAuth) << "cannot audit a logout:" << r.error().message;
}

void AuthService::createFirstAdmin(const QString& name, const QString& displayName,
                                   const QString& pin)
{
    if (!ready()) {
        Q_EMIT loginRefused(tr("The user database cannot be opened — call the line lead."));
        return;
    }
    auto count = m_users->activeCount();
    if (!count) {
        Q_EMIT loginRefused(count.error().message);
        return;
    }
    if (count.value() > 0) {
        Q_EMIT loginRefused(tr("The station already has users: an administrator adds more."));
        return;
    }
    UserStore::NewUser user;
    user.name = name;
    user.displayName = displayName;
    user.role = Role::Admin;
    user.pin = pin;
    auto added = m_users->add(user, QStringLiteral("first-start"));
    if (!added) {
        Q_EMIT loginRefused(added.error().message);
        return;
    }
    refreshUsers();
    loginWithPin(added->name, pin);
}

void AuthService::recordDenied(const Session& session, const QString& what)
{
    if (!ready())
        return;
    const QString actor = session.isValid() ? session.userName : QStringLiteral("(nobody)");
    auto a =
        m_audit->append(actor, audit::AuditAction::kAccessDenied, what, {}, {},
                        {{QStringLiteral("role"),
                          session.isValid() ? roleName(session.role) : QStringLiteral("none")}});
    if (!a)
        qCWarning(lcAuth) << "cannot audit a refused action:" << a.error().message;
}

} // namespace eol::core::auth
